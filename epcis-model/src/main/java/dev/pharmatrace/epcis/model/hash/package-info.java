/**
 * The CBV 2.0 event hash ID: a content-derived event identifier ({@code ni:///sha-256;…?ver=CBV2.0}) that is the
 * same for an event in EPCIS 1.2 XML, 2.0 XML and 2.0 JSON-LD.
 *
 * <ul>
 *   <li>{@link dev.pharmatrace.epcis.model.hash.EventHashGenerator}: pre-hash string, digest and hash ID of an
 *       event; fills missing eventIDs.</li>
 *   <li>{@link dev.pharmatrace.epcis.model.hash.EventHashChecker}: over the events of a document, in order, reports
 *       declared hash eventIDs that do not match the content ({@code EVENT-HASH-MISMATCH}) and duplicate events
 *       ({@code EVENT-DUPLICATE}), in bounded memory.</li>
 *   <li>{@link dev.pharmatrace.epcis.model.hash.EventHashId}: parses {@code ni:///} URIs;
 *       {@link dev.pharmatrace.epcis.model.hash.HashAlgorithm}: the supported algorithms.</li>
 * </ul>
 *
 * <p>docs/hash.md lists what is hashed and the choices made where the standard's text leaves room.
 */
package dev.pharmatrace.epcis.model.hash;
