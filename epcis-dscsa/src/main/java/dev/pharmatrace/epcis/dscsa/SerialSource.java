package dev.pharmatrace.epcis.dscsa;

import dev.pharmatrace.epcis.dscsa.internal.ScrambledSerials;
import dev.pharmatrace.epcis.model.gs1.Gtin;

/**
 * Gives the serial number (GS1 AI 21) of the {@code index}-th unit of a GTIN in a shipment, so the
 * {@link T3Builder} can produce item and case EPCs lazily instead of holding millions of serials. An implementation
 * must return distinct serials for distinct indexes of one GTIN and the same serial for the same index every time;
 * serials are valid AI 21 values (1 to 20 characters of GS1 character set 82).
 *
 * <p>Real shipments answer from the serialization system's records (e.g. an indexed list of the serials packed
 * for the order); {@link #scrambled(long)} and {@link #sequential(long)} make test and demo data.
 */
@FunctionalInterface
public interface SerialSource {

  /**
   * The serial of the {@code index}-th unit (from 0) of {@code gtin} in this shipment.
   *
   * @param gtin the item's or case's GTIN
   * @param index the unit's position among the shipment's units of that GTIN, from 0
   * @return the serial
   */
  String serial(Gtin gtin, long index);

  /**
   * Serials {@code first}, {@code first + 1}, ... as decimal numbers (predictable: for tests and examples only).
   *
   * @param first the first serial, at least 1
   */
  static SerialSource sequential(long first) {
    Values.positive(first, "first");
    return (gtin, index) -> Long.toString(first + index);
  }

  /**
   * Random-looking serials of 10 characters from {@link dev.pharmatrace.epcis.model.serial.SerialAlphabet#UNAMBIGUOUS},
   * computed from the key, the GTIN and the index by a keyed permutation of the 2^50 serials, so they are unique per
   * GTIN without any record of the serials issued and the same key gives the same serials. Anyone knowing the key
   * can compute them: for generated test data, not for production serialization (use
   * {@link dev.pharmatrace.epcis.model.serial.SerialNumberGenerator} there).
   *
   * @param key the key (e.g. the generator's seed)
   */
  static SerialSource scrambled(long key) {
    return new ScrambledSerials(key);
  }
}
