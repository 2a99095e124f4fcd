package dev.pharmatrace.epcis.model.hash;

import java.util.Locale;
import java.util.Optional;

/**
 * A parsed event hash ID, {@code ni:///<algorithm>;<digest>?ver=<CBV version>} (RFC 6920 named information with
 * the CBV 2.0 version query), e.g. {@code ni:///sha-256;4f14…?ver=CBV2.0}.
 *
 * <p>The digest is kept in lower case: the CBV text writes it as lower-case hexadecimal, and a digest is compared
 * by value, so an upper-case declaration is accepted as the same digest.
 *
 * @param algorithm the algorithm's registry name as written, lower-cased (it may be one this library lacks)
 * @param digestHex the digest in lower-case hexadecimal
 * @param version the version after {@code ver=}, e.g. {@code CBV2.0}; empty when the URI has no version
 */
public record EventHashId(String algorithm, String digestHex, String version) {
  /** The prefix of every hash ID. */
  public static final String SCHEME_PREFIX = "ni:///";

  /** Whether a string looks like an event hash ID (starts with {@code ni:///}, any case). */
  public static boolean isHashId(String value) {
    return value != null && value.strip().regionMatches(true, 0, SCHEME_PREFIX, 0, SCHEME_PREFIX.length());
  }

  /**
   * Parses a hash ID; empty when the value is not of the form {@code ni:///alg;hex[?ver=V]} with a non-empty,
   * hexadecimal digest.
   */
  public static Optional<EventHashId> parse(String value) {
    if (!isHashId(value)) {
      return Optional.empty();
    }
    String v = value.strip().substring(SCHEME_PREFIX.length());
    int semi = v.indexOf(';');
    if (semi <= 0) {
      return Optional.empty();
    }
    int q = v.indexOf('?', semi);
    String digest = v.substring(semi + 1, q < 0 ? v.length() : q);
    if (digest.isEmpty() || !isHex(digest)) {
      return Optional.empty();
    }
    String version = "";
    if (q >= 0) {
      for (String param : v.substring(q + 1).split("&")) {
        if (param.startsWith("ver=")) {
          version = param.substring(4);
        }
      }
    }
    return Optional.of(new EventHashId(v.substring(0, semi).toLowerCase(Locale.ROOT),
        digest.toLowerCase(Locale.ROOT), version));
  }

  /** The URI: {@code ni:///algorithm;digest?ver=version} ({@code ?ver=} left out when there is no version). */
  public String toUri() {
    return SCHEME_PREFIX + algorithm + ';' + digestHex + (version.isEmpty() ? "" : "?ver=" + version);
  }

  private static boolean isHex(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
        return false;
      }
    }
    return true;
  }

  /** The URI. */
  @Override
  public String toString() {
    return toUri();
  }
}
