/**
 * Internals of {@link dev.pharmatrace.epcis.jsonld.EpcisJsonSchemaValidator}: a JSON tree reader that keeps the
 * source position of every value and member name (whole, or streaming the event lists item by item), the bundled
 * schema and its event definition, the validation of streamed events, and the translation of JSON Schema errors
 * into findings. Not API: may change in any release.
 */
package dev.pharmatrace.epcis.jsonld.internal.schema;
