package dev.pharmatrace.epcis.model.sbdh;

/**
 * The SBDH {@code DocumentIdentification}. All fields are kept as written; the SBDH schema requires all but
 * {@code multipleType}, which validation checks.
 *
 * @param standard e.g. {@code EPCglobal}
 * @param typeVersion e.g. {@code 1.0}
 * @param instanceIdentifier the document's identifier, unique per sender (DSCSA: UUID recommended)
 * @param type e.g. {@code Events}
 * @param multipleType whether the document has several types, or null
 * @param creationDateAndTime creation time, lexical {@code xs:dateTime} as written (the zone may be absent)
 */
public record DocumentIdentification(
    String standard,
    String typeVersion,
    String instanceIdentifier,
    String type,
    Boolean multipleType,
    String creationDateAndTime) {}
