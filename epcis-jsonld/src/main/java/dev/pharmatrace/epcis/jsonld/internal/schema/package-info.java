/**
 * Internals of {@link dev.pharmatrace.epcis.jsonld.EpcisJsonSchemaValidator}: a JSON tree reader that keeps the
 * source position of every value and member name, the bundled schema, and the translation of JSON Schema errors
 * into findings. Not API: may change in any release.
 */
package dev.pharmatrace.epcis.jsonld.internal.schema;
