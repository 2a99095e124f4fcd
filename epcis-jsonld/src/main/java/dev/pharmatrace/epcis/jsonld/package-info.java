/**
 * EPCIS 2.0 JSON / JSON-LD. This release fixes the context URLs; the streaming reader, writer and validator arrive
 * with the JSON-LD issue.
 */
package dev.pharmatrace.epcis.jsonld;
