package dev.pharmatrace.epcis.jsonld.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.function.Supplier;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * A second read of an input's top level (a file, read again from its start), to learn which members follow its {@code epcisBody}: member names only, every
 * value skipped unread ({@link JsonParser#skipChildren()}: tokens are scanned, nothing is decoded or kept), stopping
 * at the first member asked about. It lets the streaming reader read a body in place when nothing it needs
 * follows, instead of setting it aside.
 */
public final class TopLevelScan {
  private final Supplier<InputStream> reopen;
  private final JsonMapper mapper;

  /**
   * A scan of the input {@code reopen} opens, parsed with {@code mapper}'s limits.
   *
   * @param reopen opens the input again from its start (it may throw, e.g. {@link UncheckedIOException})
   * @param mapper the reader's mapper
   */
  public TopLevelScan(Supplier<InputStream> reopen, JsonMapper mapper) {
    this.reopen = reopen;
    this.mapper = mapper;
  }

  /**
   * Whether one of {@code names} is a top-level member after the first {@code epcisBody}.
   *
   * @param names the member names asked about
   * @return true or false, or null when the input cannot tell (it cannot be read, is not a well-formed object, or
   *     has no body): the caller then assumes the worst
   */
  public Boolean anyAfterBody(Set<String> names) {
    try (InputStream in = reopen.get(); JsonParser p = mapper.createParser(in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      boolean body = false;
      JsonToken t;
      while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        if (body && names.contains(name)) {
          return true;
        }
        body |= name.equals("epcisBody");
        p.nextToken();
        p.skipChildren();
      }
      return t == JsonToken.END_OBJECT && body ? Boolean.FALSE : null;
    } catch (IOException | RuntimeException e) { // JacksonException, UncheckedIOException, EpcisException (I/O)
      return null;
    }
  }
}
