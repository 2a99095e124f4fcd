/**
 * The EPCIS 2.0 domain model: the five event types, documents, header, master data and extensions, as immutable
 * values with builders. The model knows no syntax: the XML and JSON-LD modules read into it and write from it.
 *
 * <p>Identifiers are kept as given ({@code String}); {@code dev.pharmatrace.epcis.model.gs1} offers parsed views.
 * CBV values are typed ({@link dev.pharmatrace.epcis.model.cbv}) and remember their spelling. Times keep the offset
 * they were given.
 */
package dev.pharmatrace.epcis.model;
