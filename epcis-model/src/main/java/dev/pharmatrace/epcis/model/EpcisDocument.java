package dev.pharmatrace.epcis.model;

import dev.pharmatrace.epcis.model.internal.Checks;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An EPCIS document held in memory: an {@code EPCISDocument}, an {@code EPCISQueryDocument} or an {@code
 * EPCISMasterDataDocument}, with its header, events and master data.
 *
 * <p>Streaming readers deliver the document {@linkplain #withoutEvents() without its events} first, then the events
 * one at a time; this class is the convenience form for documents that fit in memory.
 *
 * @param type the kind of document
 * @param schemaVersion the schema version as written (e.g. {@code 2.0}, {@code 1.2})
 * @param creationDate when the document was created, or null if the document lacks it
 * @param documentId the document's identifier (JSON-LD {@code id}), or null
 * @param namespaces extension namespaces by preferred prefix, in declaration order (XML {@code xmlns:p}, JSON-LD
 *     inline context)
 * @param contexts JSON-LD context URLs other than the standard EPCIS context, in order
 * @param header the EPCIS header, or null
 * @param queryResults the query identification of a query document, or null
 * @param events the events, in document order
 * @param masterData master data in the body (master-data documents, vocabulary query results), or null
 * @param bodyExtensions extension elements of the body, in order
 * @param extensions document-level extension elements, in order
 * @param otherAttributes non-standard attributes of the root element, in order
 */
public record EpcisDocument(
    DocumentType type,
    String schemaVersion,
    OffsetDateTime creationDate,
    String documentId,
    Map<String, String> namespaces,
    List<String> contexts,
    EpcisHeader header,
    QueryResults queryResults,
    List<EpcisEvent> events,
    MasterData masterData,
    List<Extension> bodyExtensions,
    List<Extension> extensions,
    List<ExtensionAttribute> otherAttributes) {

  /** The EPCIS 2.0 schema version. */
  public static final String VERSION_2_0 = "2.0";
  /** The EPCIS 1.2 schema version. */
  public static final String VERSION_1_2 = "1.2";

  /** Validates the required parts and copies the collections. */
  public EpcisDocument {
    Checks.required(type, "type");
    Checks.requiredText(schemaVersion, "schemaVersion");
    namespaces = namespaces == null || namespaces.isEmpty()
        ? Map.of()
        : Collections.unmodifiableMap(new LinkedHashMap<>(namespaces));
    contexts = Checks.copy(contexts, "contexts");
    events = Checks.copy(events, "events");
    bodyExtensions = Checks.copy(bodyExtensions, "bodyExtensions");
    extensions = Checks.copy(extensions, "extensions");
    otherAttributes = Checks.copy(otherAttributes, "otherAttributes");
    if (queryResults != null && type != DocumentType.EPCIS_QUERY_DOCUMENT) {
      throw new IllegalArgumentException("queryResults belong to an EPCISQueryDocument, not " + type);
    }
  }

  /** The header, if any. */
  public Optional<EpcisHeader> headerValue() {
    return Optional.ofNullable(header);
  }

  /** The creation date, if any. */
  public Optional<OffsetDateTime> creationDateValue() {
    return Optional.ofNullable(creationDate);
  }

  /** This document with other events. */
  public EpcisDocument withEvents(List<EpcisEvent> newEvents) {
    return new EpcisDocument(type, schemaVersion, creationDate, documentId, namespaces, contexts, header,
        queryResults, newEvents, masterData, bodyExtensions, extensions, otherAttributes);
  }

  /** This document without its events: what a streaming reader delivers before the events. */
  public EpcisDocument withoutEvents() {
    return withEvents(List.of());
  }

  /** A builder for an {@code EPCISDocument} of schema version 2.0. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this document. */
  public Builder toBuilder() {
    Builder b = new Builder()
        .type(type)
        .schemaVersion(schemaVersion)
        .creationDate(creationDate)
        .documentId(documentId)
        .header(header)
        .queryResults(queryResults)
        .masterData(masterData);
    b.namespaces.putAll(namespaces);
    b.contexts.addAll(contexts);
    b.events.addAll(events);
    b.bodyExtensions.addAll(bodyExtensions);
    b.extensions.addAll(extensions);
    b.otherAttributes.addAll(otherAttributes);
    return b;
  }

  /** Builds an {@link EpcisDocument}. */
  public static final class Builder {
    private DocumentType type = DocumentType.EPCIS_DOCUMENT;
    private String schemaVersion = VERSION_2_0;
    private OffsetDateTime creationDate;
    private String documentId;
    private final Map<String, String> namespaces = new LinkedHashMap<>();
    private final List<String> contexts = new ArrayList<>();
    private EpcisHeader header;
    private QueryResults queryResults;
    private final List<EpcisEvent> events = new ArrayList<>();
    private MasterData masterData;
    private final List<Extension> bodyExtensions = new ArrayList<>();
    private final List<Extension> extensions = new ArrayList<>();
    private final List<ExtensionAttribute> otherAttributes = new ArrayList<>();

    private Builder() {}

    /** Sets the document type (default {@code EPCISDocument}). */
    public Builder type(DocumentType value) {
      type = value;
      return this;
    }

    /** Sets the schema version (default {@code 2.0}). */
    public Builder schemaVersion(String value) {
      schemaVersion = value;
      return this;
    }

    /** Sets the creation date. */
    public Builder creationDate(OffsetDateTime value) {
      creationDate = value;
      return this;
    }

    /** Sets the document identifier (JSON-LD {@code id}). */
    public Builder documentId(String value) {
      documentId = value;
      return this;
    }

    /** Declares an extension namespace with its preferred prefix. */
    public Builder namespace(String prefix, String namespaceIri) {
      namespaces.put(Checks.required(prefix, "prefix"), Checks.required(namespaceIri, "namespace"));
      return this;
    }

    /** Adds a JSON-LD context URL. */
    public Builder context(String url) {
      contexts.add(Checks.required(url, "context"));
      return this;
    }

    /** Sets the header. */
    public Builder header(EpcisHeader value) {
      header = value;
      return this;
    }

    /** Sets the query identification (query documents only). */
    public Builder queryResults(QueryResults value) {
      queryResults = value;
      return this;
    }

    /** Adds an event. */
    public Builder addEvent(EpcisEvent event) {
      events.add(Checks.required(event, "event"));
      return this;
    }

    /** Adds events. */
    public Builder addEvents(List<? extends EpcisEvent> values) {
      for (EpcisEvent event : values) {
        addEvent(event);
      }
      return this;
    }

    /** Sets the body master data. */
    public Builder masterData(MasterData value) {
      masterData = value;
      return this;
    }

    /** Adds a body extension element. */
    public Builder addBodyExtension(Extension value) {
      bodyExtensions.add(Checks.required(value, "bodyExtension"));
      return this;
    }

    /** Adds a document-level extension element. */
    public Builder addExtension(Extension value) {
      extensions.add(Checks.required(value, "extension"));
      return this;
    }

    /** Adds a non-standard attribute of the root element. */
    public Builder addOtherAttribute(ExtensionAttribute value) {
      otherAttributes.add(Checks.required(value, "otherAttribute"));
      return this;
    }

    /** Builds the document. */
    public EpcisDocument build() {
      return new EpcisDocument(type, schemaVersion, creationDate, documentId, namespaces, contexts, header,
          queryResults, events, masterData, bodyExtensions, extensions, otherAttributes);
    }
  }
}
