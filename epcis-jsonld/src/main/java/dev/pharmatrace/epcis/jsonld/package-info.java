/**
 * EPCIS 2.0 JSON / JSON-LD: the streaming reader ({@link dev.pharmatrace.epcis.jsonld.EpcisJsonReader}) and writer
 * ({@link dev.pharmatrace.epcis.jsonld.EpcisJsonWriter}) onto the model, our own JSON Schema and its validator
 * ({@link dev.pharmatrace.epcis.jsonld.EpcisJsonSchemaValidator}), our own EPCIS context served offline
 * ({@link dev.pharmatrace.epcis.jsonld.ContextLoaders}), JSON-LD expansion and compaction
 * ({@link dev.pharmatrace.epcis.jsonld.JsonLdProcessing}) and N-Quads export
 * ({@link dev.pharmatrace.epcis.jsonld.RdfExporter}).
 */
package dev.pharmatrace.epcis.jsonld;
