package dev.pharmatrace.epcis.model.hash;

import java.util.Locale;
import java.util.Optional;

/**
 * The digest algorithms of the event hash ID: the entries of the IANA "Named Information Hash Algorithm Registry"
 * (RFC 6920) that the JDK implements. The CBV 2.0 default is {@link #SHA_256}; truncated variants keep the leading
 * bits of SHA-256, as RFC 6920 §9.4 defines them.
 */
public enum HashAlgorithm {
  /** {@code sha-256}: the default. */
  SHA_256("sha-256", "SHA-256", 32),
  /** {@code sha-256-128}: SHA-256 truncated to 128 bits. */
  SHA_256_128("sha-256-128", "SHA-256", 16),
  /** {@code sha-256-120}: SHA-256 truncated to 120 bits. */
  SHA_256_120("sha-256-120", "SHA-256", 15),
  /** {@code sha-256-96}: SHA-256 truncated to 96 bits. */
  SHA_256_96("sha-256-96", "SHA-256", 12),
  /** {@code sha-256-64}: SHA-256 truncated to 64 bits. */
  SHA_256_64("sha-256-64", "SHA-256", 8),
  /** {@code sha-256-32}: SHA-256 truncated to 32 bits. */
  SHA_256_32("sha-256-32", "SHA-256", 4),
  /** {@code sha-384}. */
  SHA_384("sha-384", "SHA-384", 48),
  /** {@code sha-512}. */
  SHA_512("sha-512", "SHA-512", 64),
  /** {@code sha3-224}. */
  SHA3_224("sha3-224", "SHA3-224", 28),
  /** {@code sha3-256}. */
  SHA3_256("sha3-256", "SHA3-256", 32),
  /** {@code sha3-384}. */
  SHA3_384("sha3-384", "SHA3-384", 48),
  /** {@code sha3-512}. */
  SHA3_512("sha3-512", "SHA3-512", 64);

  private final String niName;
  private final String jcaName;
  private final int length;

  HashAlgorithm(String niName, String jcaName, int length) {
    this.niName = niName;
    this.jcaName = jcaName;
    this.length = length;
  }

  /** The hash name string of the registry, as it appears in the {@code ni} URI, e.g. {@code sha-256}. */
  public String niName() {
    return niName;
  }

  /** The JCA {@link java.security.MessageDigest} algorithm name, e.g. {@code SHA-256}. */
  public String jcaName() {
    return jcaName;
  }

  /** The digest length in bytes (after truncation). */
  public int length() {
    return length;
  }

  /** The algorithm for a registry name ({@code sha-256}, case-insensitive); empty when unknown or unsupported. */
  public static Optional<HashAlgorithm> fromNiName(String name) {
    if (name != null) {
      String n = name.strip().toLowerCase(Locale.ROOT);
      for (HashAlgorithm a : values()) {
        if (a.niName.equals(n)) {
          return Optional.of(a);
        }
      }
    }
    return Optional.empty();
  }
}
