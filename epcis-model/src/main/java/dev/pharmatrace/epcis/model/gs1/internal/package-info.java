/**
 * Implementation details of {@link dev.pharmatrace.epcis.model.gs1}: the AI table, validators, codecs and
 * parsers. Public only because Java packages need it; not an API, may change without notice.
 */
package dev.pharmatrace.epcis.model.gs1.internal;
