package dev.pharmatrace.epcis.model.sbdh;

import dev.pharmatrace.epcis.model.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The UN/CEFACT Standard Business Document Header (SBDH) carried in the EPCIS header: who sends the document to
 * whom, and what it is. DSCSA requires exactly one sender and one receiver, identified by GLN or SGLN.
 *
 * <p>The SBDH has no standard JSON-LD form; the JSON-LD module defines a reversible representation.
 *
 * @param headerVersion e.g. {@code 1.0}
 * @param senders senders, in order (the schema requires at least one)
 * @param receivers receivers, in order (the schema requires at least one)
 * @param documentIdentification the document identification, or null if absent
 * @param manifest the manifest, or null
 * @param businessScope the business scopes, in order
 */
public record StandardBusinessDocumentHeader(
    String headerVersion,
    List<Partner> senders,
    List<Partner> receivers,
    DocumentIdentification documentIdentification,
    Manifest manifest,
    List<Scope> businessScope) {

  /** The SBDH namespace. */
  public static final String NAMESPACE =
      "http://www.unece.org/cefact/namespaces/StandardBusinessDocumentHeader";

  /** Copies the lists. */
  public StandardBusinessDocumentHeader {
    senders = Checks.copy(senders, "Sender");
    receivers = Checks.copy(receivers, "Receiver");
    businessScope = Checks.copy(businessScope, "Scope");
  }

  /** The first sender, if any. */
  public Optional<Partner> sender() {
    return senders.isEmpty() ? Optional.empty() : Optional.of(senders.get(0));
  }

  /** The first receiver, if any. */
  public Optional<Partner> receiver() {
    return receivers.isEmpty() ? Optional.empty() : Optional.of(receivers.get(0));
  }

  /** An empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this header. */
  public Builder toBuilder() {
    Builder b = new Builder().headerVersion(headerVersion).documentIdentification(documentIdentification)
        .manifest(manifest);
    b.senders.addAll(senders);
    b.receivers.addAll(receivers);
    b.businessScope.addAll(businessScope);
    return b;
  }

  /** Builds a {@link StandardBusinessDocumentHeader}. */
  public static final class Builder {
    private String headerVersion = "1.0";
    private final List<Partner> senders = new ArrayList<>();
    private final List<Partner> receivers = new ArrayList<>();
    private DocumentIdentification documentIdentification;
    private Manifest manifest;
    private final List<Scope> businessScope = new ArrayList<>();

    private Builder() {}

    /** Sets the header version (default {@code 1.0}). */
    public Builder headerVersion(String value) {
      headerVersion = value;
      return this;
    }

    /** Adds a sender. */
    public Builder addSender(Partner value) {
      senders.add(Checks.required(value, "Sender"));
      return this;
    }

    /** Adds a receiver. */
    public Builder addReceiver(Partner value) {
      receivers.add(Checks.required(value, "Receiver"));
      return this;
    }

    /** Sets the document identification. */
    public Builder documentIdentification(DocumentIdentification value) {
      documentIdentification = value;
      return this;
    }

    /** Sets the manifest. */
    public Builder manifest(Manifest value) {
      manifest = value;
      return this;
    }

    /** Adds a business scope. */
    public Builder addScope(Scope value) {
      businessScope.add(Checks.required(value, "Scope"));
      return this;
    }

    /** Builds the header. */
    public StandardBusinessDocumentHeader build() {
      return new StandardBusinessDocumentHeader(
          headerVersion, senders, receivers, documentIdentification, manifest, businessScope);
    }
  }
}
