package dev.pharmatrace.epcis.cli.internal;

import dev.pharmatrace.epcis.xml.EpcisSchemaValidator;
import dev.pharmatrace.epcis.xml.XmlVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compiles the XSD a {@code validate} command line will need on a second thread while the command line is parsed:
 * on a small file, compiling the schema and parsing the arguments are most of the command's time, and they do not
 * depend on each other. Best effort: it peeks at the first file named, and anything it cannot tell or read is left
 * to the validation itself (which reports it); the validator waits for a compilation in progress instead of
 * compiling twice.
 */
public final class SchemaPreload {
  private static final int PEEK_BYTES = 4096;

  private SchemaPreload() {}

  /** Starts the compilation for {@code epcis validate ...} arguments; does nothing for other commands. */
  public static void start(String[] args) {
    int command = -1;
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("-")) {
        command = i;
        break;
      }
    }
    if (command < 0 || !args[command].equals("validate")) {
      return;
    }
    for (int i = command + 1; i < args.length; i++) {
      String a = args[i];
      if (!a.startsWith("-") && Files.isRegularFile(Path.of(a))) {
        XmlVersion version = version(Path.of(a));
        if (version != null) {
          Thread t = new Thread(() -> compile(version), "epcis-schema-preload");
          t.setDaemon(true);
          t.start();
        }
        return;
      }
    }
  }

  private static void compile(XmlVersion version) {
    try {
      EpcisSchemaValidator.preload(version);
    } catch (RuntimeException e) {
      // the validation compiles it again and reports any problem
    }
  }

  /** The EPCIS XML version a file's first bytes declare, or null (JSON, unreadable, no EPCIS namespace). */
  static XmlVersion version(Path file) {
    byte[] head = new byte[PEEK_BYTES];
    int n = 0;
    try (InputStream in = Files.newInputStream(file)) {
      for (int r; n < head.length && (r = in.read(head, n, head.length - n)) > 0; ) {
        n += r;
      }
    } catch (IOException | RuntimeException e) {
      return null;
    }
    String text = new String(head, 0, n, StandardCharsets.ISO_8859_1);
    boolean v12 = text.contains("urn:epcglobal:epcis:xsd:1") || text.contains("urn:epcglobal:epcis-query:xsd:1");
    boolean v20 = text.contains("urn:epcglobal:epcis:xsd:2") || text.contains("urn:epcglobal:epcis-query:xsd:2");
    return v12 == v20 ? null : v12 ? XmlVersion.V1_2 : XmlVersion.V2_0;
  }
}
