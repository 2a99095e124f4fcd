package dev.pharmatrace.epcis.model.hash;

import dev.pharmatrace.epcis.model.EpcisEvent;
import dev.pharmatrace.epcis.model.hash.internal.DigestSet;
import dev.pharmatrace.epcis.model.report.Finding;
import dev.pharmatrace.epcis.model.report.SourceLocation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks the events of one document, in document order, against their event hash IDs:
 *
 * <ul>
 *   <li>{@value #MISMATCH} (error): the event declares an eventID {@code ni:///…?ver=CBV2.0} whose digest is not
 *       the digest of the event's content (computed with the algorithm the ID names);</li>
 *   <li>{@value #UNVERIFIABLE} (warning): the eventID starts with {@code ni:///} but cannot be checked (malformed,
 *       an algorithm the Java runtime lacks, or another CBV version whose rules differ);</li>
 *   <li>{@value #DUPLICATE} (warning): the event has the same content hash as an earlier event of the document
 *       (a resent or repeated event); the finding names the earlier event.</li>
 * </ul>
 *
 * <p>Duplicate detection keeps a 128-bit fingerprint per event in a compact primitive table: at most 54 bytes per
 * event (about 5 MB for 100,000 events, 54 MB for a million), whatever the events' size. The checker is immutable
 * and thread-safe; a {@link Session} (one per document) is not.
 *
 * <pre>{@code
 * EventHashChecker.Session hashes = EventHashChecker.create().newSession("shipment.xml");
 * while (in.hasNext()) {
 *   findings.addAll(hashes.check(in.next()));
 * }
 * }</pre>
 */
public final class EventHashChecker {
  /** Rule id: a declared hash eventID does not match the event's content. */
  public static final String MISMATCH = "EVENT-HASH-MISMATCH";
  /** Rule id: a declared {@code ni:///} eventID cannot be verified. */
  public static final String UNVERIFIABLE = "EVENT-HASH-UNVERIFIABLE";
  /** Rule id: the event repeats an earlier event of the document. */
  public static final String DUPLICATE = "EVENT-DUPLICATE";

  private final EventHashGenerator generator;
  private final boolean verifyDeclared;
  private final boolean detectDuplicates;

  private EventHashChecker(EventHashGenerator generator, boolean verifyDeclared, boolean detectDuplicates) {
    this.generator = generator;
    this.verifyDeclared = verifyDeclared;
    this.detectDuplicates = detectDuplicates;
  }

  /** A checker that verifies declared hash IDs and detects duplicates (SHA-256 fingerprints). */
  public static EventHashChecker create() {
    return new EventHashChecker(EventHashGenerator.create(), true, true);
  }

  /** This checker with declared-ID verification switched on or off. */
  public EventHashChecker verifyDeclaredIds(boolean on) {
    return new EventHashChecker(generator, on, detectDuplicates);
  }

  /** This checker with duplicate detection switched on or off. */
  public EventHashChecker detectDuplicates(boolean on) {
    return new EventHashChecker(generator, verifyDeclared, on);
  }

  /** A session for one document; {@code file} names it in findings (may be null). */
  public Session newSession(String file) {
    return new Session(file);
  }

  /** The checks of one document: feed its events in document order. Not thread-safe. */
  public final class Session {
    private final String file;
    private final DigestSet seen = new DigestSet();
    private final Map<HashAlgorithm, EventHashGenerator> others = new EnumMap<>(HashAlgorithm.class);
    private int next;

    private Session(String file) {
      this.file = file;
    }

    /** The number of events checked so far. */
    public int eventsChecked() {
      return next;
    }

    /** Checks the next event (its index is the number of events checked before it); returns its findings. */
    public List<Finding> check(EpcisEvent event) {
      int eventIndex = next++;
      String preHash = generator.preHashString(event);
      byte[] digest = generator.digest(preHash);
      List<Finding> findings = new ArrayList<>(0);
      String declared = verifyDeclared ? event.eventId().orElse(null) : null;
      if (declared != null && EventHashId.isHashId(declared)) {
        verify(declared, preHash, digest, eventIndex, findings);
      }
      if (detectDuplicates) {
        int first = seen.addIfAbsent(digest, eventIndex);
        if (first >= 0) {
          findings.add(Finding.warning(DUPLICATE, "event " + eventIndex + " repeats event " + first
              + ": same content, same event hash ID " + generator.hashId(digest), at(eventIndex, null)));
        }
      }
      return findings;
    }

    private void verify(String declared, String preHash, byte[] digest, int eventIndex, List<Finding> findings) {
      Optional<EventHashId> parsed = EventHashId.parse(declared);
      if (parsed.isEmpty()) {
        findings.add(Finding.warning(UNVERIFIABLE, "eventID '" + declared.strip() + "' starts with ni:/// but is "
            + "not an event hash ID (ni:///algorithm;hex-digest?ver=CBV2.0)", at(eventIndex, "eventID")));
        return;
      }
      EventHashId id = parsed.get();
      Optional<HashAlgorithm> algorithm = HashAlgorithm.fromNiName(id.algorithm());
      if (algorithm.isEmpty()) {
        findings.add(Finding.warning(UNVERIFIABLE, "eventID " + declared.strip() + ": algorithm '" + id.algorithm()
            + "' is not supported, cannot verify", at(eventIndex, "eventID")));
        return;
      }
      if (!id.version().isEmpty() && !id.version().equals(EventHashGenerator.CBV_2_0)) {
        findings.add(Finding.warning(UNVERIFIABLE, "eventID " + declared.strip() + ": version '" + id.version()
            + "' is not " + EventHashGenerator.CBV_2_0 + ", whose rules this library implements; not verified",
            at(eventIndex, "eventID")));
        return;
      }
      EventHashGenerator g = algorithm.get() == generator.algorithm() ? generator
          : others.computeIfAbsent(algorithm.get(), a -> EventHashGenerator.builder().algorithm(a).build());
      byte[] actual = g == generator ? digest : g.digest(preHash);
      String expected = g.hashId(actual);
      if (!EventHashId.parse(expected).orElseThrow().digestHex().equals(id.digestHex())) {
        findings.add(Finding.error(MISMATCH, "eventID " + declared.strip() + " does not match the event's content,"
            + " whose hash ID is " + expected, at(eventIndex, "eventID")));
      }
    }

    private SourceLocation at(int eventIndex, String field) {
      return new SourceLocation(file, 0, 0, null, eventIndex, field);
    }
  }
}
