/**
 * Implementation of the JSON-LD context loaders, the adapter to Titanium JSON-LD, normalisation helpers and
 * conversion between Jakarta JSON and Jackson trees. Not API: may change in any release.
 */
package dev.pharmatrace.epcis.jsonld.internal.ld;
