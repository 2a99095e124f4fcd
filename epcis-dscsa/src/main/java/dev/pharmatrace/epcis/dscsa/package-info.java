/**
 * US DSCSA on the EPCIS model: the {@link dev.pharmatrace.epcis.dscsa.DscsaVocabulary vocabulary} DSCSA documents
 * use (GS1 US healthcare and CBV master-data names), a plain, immutable description of a shipment
 * ({@link dev.pharmatrace.epcis.dscsa.Shipment}: trading parties, products with their master data, lots, packing,
 * purchase order) and the {@link dev.pharmatrace.epcis.dscsa.T3Builder} that turns it into a complete DSCSA document
 * (transaction information, history and statement) whose events are produced lazily, so shipments of millions of
 * items are written in bounded memory.
 */
package dev.pharmatrace.epcis.dscsa;
