package dev.pharmatrace.epcis.model.sbdh;

/**
 * An item of the SBDH {@code Manifest}.
 *
 * @param mimeTypeQualifierCode the item's MIME type
 * @param uniformResourceIdentifier the item's URI
 * @param description a description, or null
 * @param languageCode the language code, or null
 */
public record ManifestItem(
    String mimeTypeQualifierCode, String uniformResourceIdentifier, String description, String languageCode) {}
