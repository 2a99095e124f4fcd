package dev.pharmatrace.epcis.jsonld.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A second read of an input's top level (a file, read again from its start), to learn which members follow its
 * {@code epcisBody}. It is a byte scan, not a parse: it follows strings (with their escapes) and the nesting of
 * objects and arrays, and reads only the member names of the top-level object; nothing is decoded or kept. UTF-8
 * continuation bytes never look like JSON punctuation, so this is exact for well-formed JSON; for broken JSON the
 * answer does not matter (the real parse reports the problem). It lets the streaming reader read a body in place
 * when nothing it needs follows it, instead of setting the body aside; the scan costs a fraction of a parse.
 */
public final class TopLevelScan {
  /** Longest member name compared; longer names are none of those asked about. */
  private static final int MAX_NAME = 64;
  private static final byte[] BODY = "epcisBody".getBytes(StandardCharsets.US_ASCII);
  /** The UTF-8 byte order mark, which may precede the document. */
  private static final int[] BOM = {0xEF, 0xBB, 0xBF};

  private final Supplier<InputStream> reopen;

  /**
   * A scan of the input {@code reopen} opens.
   *
   * @param reopen opens the input again from its start (it may throw, e.g. {@link UncheckedIOException})
   */
  public TopLevelScan(Supplier<InputStream> reopen) {
    this.reopen = reopen;
  }

  /**
   * Whether one of {@code names} is a top-level member after the first {@code epcisBody}.
   *
   * @param names the member names asked about (ASCII, without escapes)
   * @return true or false, or null when the input cannot tell (it cannot be read, does not start with an object,
   *     ends early, has no body, or writes a top-level name with an escape): the caller then assumes the worst
   */
  public Boolean anyAfterBody(Set<String> names) {
    try (InputStream in = reopen.get()) {
      return scan(in, names);
    } catch (IOException | RuntimeException e) { // UncheckedIOException, EpcisException (I/O) of the supplier
      return null;
    }
  }

  /** The read buffer's size (a package-private seam, so that tests can put every boundary everywhere). */
  static final int BUFFER = 1 << 16;

  private static Boolean scan(InputStream in, Set<String> names) throws IOException {
    return scan(in, names, BUFFER);
  }

  static Boolean scan(InputStream in, Set<String> names, int bufferSize) throws IOException {
    byte[] buf = new byte[bufferSize];
    byte[] name = new byte[MAX_NAME];
    int nameLength = -1; // -1: not in a top-level name; beyond MAX_NAME: too long to matter
    int depth = 0;
    boolean inString = false;
    boolean escaped = false;
    boolean expectName = false;
    boolean body = false;
    int start = 0; // bytes of a byte order mark left to skip
    for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
      // the buffer as Latin-1 text (a copy: one char per byte, so quotes and backslashes are where they are in the
      // bytes; UTF-8 multi-byte sequences never contain them): String.indexOf finds them in the JDK's compiled,
      // vectorised code, even while this loop still runs in the interpreter at the start of the program
      String text = new String(buf, 0, n, StandardCharsets.ISO_8859_1);
      int backslash = -1; // the next backslash at or after the last search (n: none left in the buffer)
      for (int i = 0; i < n; i++) {
        byte b = buf[i];
        if (inString) {
          if (!escaped && nameLength < 0) {
            // inside a value string (nearly all of a document's bytes): on to its next quote or backslash
            if (backslash < i) {
              backslash = text.indexOf('\\', i);
              backslash = backslash < 0 ? n : backslash;
            }
            int quote = text.indexOf('"', i);
            i = Math.min(quote < 0 ? n : quote, backslash);
            if (i == n) {
              break;
            }
            b = buf[i];
          }
          if (escaped) {
            escaped = false;
          } else if (b == '\\') {
            if (nameLength >= 0) {
              return null; // an escaped top-level name: not worth decoding here
            }
            escaped = true;
          } else if (b == '"') {
            inString = false;
            if (nameLength >= 0) {
              if (body && nameLength <= MAX_NAME && names.contains(new String(name, 0, nameLength,
                  StandardCharsets.UTF_8))) {
                return Boolean.TRUE;
              }
              body |= nameLength == BODY.length && Arrays.equals(name, 0, nameLength, BODY, 0, BODY.length);
              nameLength = -1;
              expectName = false;
            }
          } else if (nameLength >= 0) {
            if (nameLength < MAX_NAME) {
              name[nameLength] = b;
            }
            nameLength++;
          }
          continue;
        }
        switch (b) {
          case '"' -> {
            inString = true;
            if (depth == 1 && expectName) {
              nameLength = 0;
            }
          }
          case '{', '[' -> {
            if (depth == 0 && b != '{') {
              return null;
            }
            depth++;
            expectName = depth == 1;
          }
          case '}', ']' -> {
            if (--depth == 0) {
              return body ? Boolean.FALSE : null;
            }
          }
          case ',' -> expectName = depth == 1;
          case ' ', '\t', '\r', '\n', ':' -> {
            // structure only
          }
          default -> {
            if (depth == 0) { // before the document: only a byte order mark
              if (start >= BOM.length || (b & 0xFF) != BOM[start]) {
                return null;
              }
              start++;
            }
          }
        }
      }
    }
    return null;
  }
}
