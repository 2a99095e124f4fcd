/**
 * Implementation details of {@link dev.pharmatrace.epcis.model.hash}: the pre-hash string builder, value
 * canonicalisation and the compact digest set. Public only because Java packages need it; not an API.
 */
package dev.pharmatrace.epcis.model.hash.internal;
