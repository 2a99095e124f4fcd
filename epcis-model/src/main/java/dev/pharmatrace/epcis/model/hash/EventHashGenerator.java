package dev.pharmatrace.epcis.model.hash;

import dev.pharmatrace.epcis.model.EpcisEvent;
import dev.pharmatrace.epcis.model.hash.internal.PreHashBuilder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Objects;

/**
 * Computes the CBV 2.0 event hash ID of an event: {@code ni:///sha-256;<hex>?ver=CBV2.0}, a content-derived
 * identifier that is the same whether the event was read from EPCIS 1.2 XML, 2.0 XML or 2.0 JSON-LD.
 *
 * <p>The event is rendered as its canonical pre-hash string (see {@link #preHashString(EpcisEvent)} and
 * docs/hash.md for the rules and the interpretation choices), encoded in UTF-8 and digested. recordTime, eventID and
 * errorDeclaration are not hashed, so a hash eventID stays valid when a repository adds a record time or a partner
 * declares the event erroneous.
 *
 * <pre>{@code
 * EventHashGenerator hashes = EventHashGenerator.create();          // sha-256, CBV2.0
 * String id = hashes.hashId(event);                                  // ni:///sha-256;…?ver=CBV2.0
 * EpcisEvent withId = hashes.withMissingEventId(event);              // eventID filled when absent
 * }</pre>
 *
 * <p>Immutable and thread-safe: each thread uses its own {@link MessageDigest} and buffers.
 */
public final class EventHashGenerator {
  /** The version suffix of hash IDs computed by this algorithm. */
  public static final String CBV_2_0 = "CBV2.0";
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final HashAlgorithm algorithm;
  private final String cbvVersion;
  private final ThreadLocal<State> state;

  private EventHashGenerator(Builder b) {
    this.algorithm = b.algorithm;
    this.cbvVersion = CBV_2_0;
    try {
      MessageDigest.getInstance(algorithm.jcaName());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalArgumentException("HASH-ALGORITHM: this Java runtime has no " + algorithm.jcaName(), e);
    }
    HashAlgorithm a = algorithm;
    this.state = ThreadLocal.withInitial(() -> new State(a));
  }

  /** A generator with the defaults: {@link HashAlgorithm#SHA_256}, version {@value #CBV_2_0}. */
  public static EventHashGenerator create() {
    return builder().build();
  }

  /** A builder with the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** The digest algorithm. */
  public HashAlgorithm algorithm() {
    return algorithm;
  }

  /** The version written after {@code ?ver=}: {@value #CBV_2_0}, the rules this generator implements. */
  public String cbvVersion() {
    return cbvVersion;
  }

  /**
   * The canonical pre-hash string of an event: its fields in the CBV canonical order, {@code name=value} pairs
   * concatenated without separators, list members sorted, values canonicalised (UTC millisecond timestamps,
   * numbers without trailing zeros, CBV Web URIs, canonical GS1 Digital Links, expanded compact IRIs).
   */
  public String preHashString(EpcisEvent event) {
    Objects.requireNonNull(event, "event");
    return state.get().builder.build(event);
  }

  /** The digest of the event's pre-hash string (UTF-8), truncated as the algorithm says. */
  public byte[] digest(EpcisEvent event) {
    State s = state.get();
    return s.digest(s.builder.build(Objects.requireNonNull(event, "event")));
  }

  /** The digest of a pre-hash string (as {@link #preHashString(EpcisEvent)} returns it), encoded in UTF-8. */
  public byte[] digest(String preHashString) {
    return state.get().digest(Objects.requireNonNull(preHashString, "preHashString"));
  }

  /** The event hash ID, e.g. {@code ni:///sha-256;…?ver=CBV2.0}. */
  public String hashId(EpcisEvent event) {
    return hashId(digest(event));
  }

  /** The event hash ID of a digest computed by this generator. */
  public String hashId(byte[] digest) {
    StringBuilder s = new StringBuilder(24 + digest.length * 2 + cbvVersion.length())
        .append(EventHashId.SCHEME_PREFIX).append(algorithm.niName()).append(';');
    for (byte b : digest) {
      s.append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
    }
    return s.append("?ver=").append(cbvVersion).toString();
  }

  /** The event with its hash ID as eventID when it has no eventID; otherwise the event unchanged. */
  public EpcisEvent withMissingEventId(EpcisEvent event) {
    return event.eventId().filter(id -> !id.isBlank()).isPresent() ? event : event.withEventId(hashId(event));
  }

  /** Per-thread state: the pre-hash builder (with its caches) and a reusable digest. */
  private static final class State {
    final PreHashBuilder builder = new PreHashBuilder();
    final MessageDigest md;
    final int length;

    State(HashAlgorithm a) {
      try {
        md = MessageDigest.getInstance(a.jcaName());
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
      length = a.length();
    }

    byte[] digest(String preHash) {
      byte[] d = md.digest(preHash.getBytes(StandardCharsets.UTF_8));
      return d.length == length ? d : Arrays.copyOf(d, length);
    }
  }

  /** Builds an {@link EventHashGenerator}. */
  public static final class Builder {
    private HashAlgorithm algorithm = HashAlgorithm.SHA_256;

    private Builder() {}

    /** The digest algorithm (default {@link HashAlgorithm#SHA_256}). */
    public Builder algorithm(HashAlgorithm value) {
      algorithm = Objects.requireNonNull(value, "algorithm");
      return this;
    }

    /** Builds the generator. */
    public EventHashGenerator build() {
      return new EventHashGenerator(this);
    }
  }
}
