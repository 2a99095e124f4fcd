/**
 * Serial numbers for commissioning: {@link dev.pharmatrace.epcis.model.serial.SerialNumberGenerator} issues
 * random, unpredictable, per-GTIN unique serials (GS1 AI 21) and records them in an
 * {@link dev.pharmatrace.epcis.model.serial.IssuedSerialStore}.
 *
 * <h2>Unpredictability (EU FMD)</h2>
 * Commission Delegated Regulation (EU) 2016/161, article 4(b): the probability that a serial number can be
 * guessed must be negligible and in any case lower than one in ten thousand. With serials drawn uniformly and
 * independently from an alphabet of {@code A} characters at length {@code L}, and {@code N} serials issued for a
 * GTIN, a guess of one string hits an issued serial with probability {@code N / A^L}. The generator is built with
 * the planned volume {@code N} and a bound (default {@code 1e-4}), refuses a configuration where
 * {@code N / A^L} exceeds the bound, and refuses to issue more than {@code N} serials for a GTIN.
 */
package dev.pharmatrace.epcis.model.serial;
