package dev.pharmatrace.epcis.rules;

import dev.pharmatrace.epcis.model.report.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * Reads trading-partner profiles from small text files, one {@code key=value} a line ({@code #} starts a comment):
 *
 * <pre>
 * # acme.properties: what ACME Wholesale demands on top of the DSCSA profile
 * extends=dscsa                 # a built-in profile (core, dscsa) or another file in the same directory
 * sender=0361234000006          # DSCSA-PARTNER: our GLN (or SGLN URN)
 * receiver=0398765000009        # DSCSA-PARTNER: the partner's GLN
 * DSCSA-TS-NOTICE=error         # RULE-ID=error|warning|off
 * EPCIS-TZ-MISMATCH=off
 * maxFindingsPerRule=200
 * clockSkew=PT10M               # ISO-8601 duration
 * </pre>
 *
 * The profile's name is the file name without {@code .properties} (or the {@code name} key). Unknown keys, unknown
 * rule ids and bad values are refused with the file and line, so a typo never silently weakens a profile.
 */
public final class ProfileFiles {
  /** The extension of profile files looked up by name. */
  public static final String EXTENSION = ".properties";

  private ProfileFiles() {}

  /**
   * A built-in profile ({@code core}, {@code dscsa}) or the file {@code <name>.properties} in {@code dir}.
   *
   * @param name the profile name
   * @param dir the directory of partner profiles, or null for built-in profiles only
   * @return the profile
   * @throws IllegalArgumentException if there is no such profile or the file is invalid
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Profile named(String name, Path dir) {
    return Profile.builtIn(name).orElseGet(() -> {
      if (dir == null || !Files.isRegularFile(dir.resolve(name + EXTENSION))) {
        throw new IllegalArgumentException("unknown profile '" + name + "': use core, dscsa"
            + (dir == null ? ", or a partner profile with --profile-file" : " or a file " + name + EXTENSION
                + " in " + dir));
      }
      return load(dir.resolve(name + EXTENSION));
    });
  }

  /**
   * Reads a profile file.
   *
   * @param file the file
   * @return the profile
   * @throws IllegalArgumentException if the file is invalid (message: {@code FILE:LINE: what})
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Profile load(Path file) {
    return load(file, new ArrayDeque<>());
  }

  private static Profile load(Path file, Deque<Path> loading) {
    Path normal = file.toAbsolutePath().normalize();
    if (loading.contains(normal)) {
      throw new IllegalArgumentException(file + ": profiles extend each other in a circle: " + loading);
    }
    loading.push(normal);
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read profile " + file + ": " + e.getMessage(), e);
    }
    String fileName = file.getFileName().toString();
    String name = fileName.endsWith(EXTENSION) ? fileName.substring(0, fileName.length() - EXTENSION.length())
        : fileName;
    List<String[]> entries = new java.util.ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      try {
        String[] kv = keyValue(lines.get(i));
        if (kv != null) {
          entries.add(new String[] {kv[0], kv[1], file + ":" + (i + 1) + ": "});
        }
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(file + ":" + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    Profile base = Profile.core();
    for (String[] kv : entries) {
      if (kv[0].equals("extends")) {
        Path other = file.toAbsolutePath().getParent().resolve(kv[1] + EXTENSION);
        base = Profile.builtIn(kv[1]).orElse(null);
        if (base == null && !Files.isRegularFile(other)) {
          throw new IllegalArgumentException(kv[2] + "extends=" + kv[1] + ": no built-in profile (core, dscsa) "
              + "and no file " + other);
        }
        if (base == null) {
          base = load(other, loading);
        }
      }
    }
    Profile.Builder b = base.toBuilder().name(name);
    String sender = base.sender().orElse(null);
    String receiver = base.receiver().orElse(null);
    for (String[] kv : entries) {
      String key = kv[0];
      String value = kv[1];
      String where = kv[2];
      if (key.equals("extends")) {
        continue;
      }
      try {
        switch (key) {
          case "name" -> b.name(value);
          case "sender" -> sender = value;
          case "receiver" -> receiver = value;
          case "maxFindingsPerRule" -> b.maxFindingsPerRule(Integer.parseInt(value));
          case "clockSkew" -> b.clockSkew(Duration.parse(value));
          default -> {
            if (Rules.find(key).isEmpty()) {
              throw new IllegalArgumentException("unknown key or rule id '" + key + "' (keys: extends, name, "
                  + "sender, receiver, maxFindingsPerRule, clockSkew, or a rule id from docs/rules.md)");
            }
            switch (value.toLowerCase(Locale.ROOT)) {
              case "error" -> b.severity(key, Severity.ERROR);
              case "warning" -> b.severity(key, Severity.WARNING);
              case "off" -> b.disable(key);
              default -> throw new IllegalArgumentException(key + "=" + value + ": use error, warning or off");
            }
          }
        }
      } catch (NumberFormatException | DateTimeParseException e) {
        throw new IllegalArgumentException(where + key + "=" + value + ": not a valid value (" + e.getMessage()
            + ")", e);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + e.getMessage(), e);
      }
    }
    loading.pop();
    return b.partners(sender, receiver).build();
  }

  /** {key, value} of a line, or null for a blank or comment line. */
  private static String[] keyValue(String line) {
    String s = line;
    int hash = s.indexOf('#');
    if (hash >= 0) {
      s = s.substring(0, hash);
    }
    s = s.strip();
    if (s.isEmpty() || s.startsWith("!")) {
      return null;
    }
    int eq = s.indexOf('=');
    if (eq <= 0) {
      throw new IllegalArgumentException("expected key=value, got '" + line.strip() + "'");
    }
    return new String[] {s.substring(0, eq).strip(), s.substring(eq + 1).strip()};
  }
}
