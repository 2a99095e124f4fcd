package dev.pharmatrace.epcis.xml;

import dev.pharmatrace.epcis.model.EpcisDocument;
import dev.pharmatrace.epcis.model.EpcisEvent;
import dev.pharmatrace.epcis.model.io.EpcisFiles;
import dev.pharmatrace.epcis.model.report.EpcisException;
import dev.pharmatrace.epcis.model.report.Finding;
import dev.pharmatrace.epcis.model.report.SourceLocation;
import dev.pharmatrace.epcis.xml.internal.SecureStax;
import dev.pharmatrace.epcis.xml.internal.StaxDocumentWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Objects;
import javax.xml.stream.XMLOutputFactory;

/**
 * Writes EPCIS 2.0 or 1.2 XML from the model, streaming. Output is strict: schema-valid for valid content,
 * elements in schema order, CBV values in the form the version expects.
 *
 * <p>Immutable and thread-safe; derive variants with {@link #newBuilder()}.
 *
 * <pre>{@code
 * EpcisXmlWriter writer = EpcisXmlWriter.builder().version(XmlVersion.V1_2).build();
 * writer.write(document, Path.of("shipment.xml"));          // atomic: all or nothing
 * try (XmlDocumentWriter out = writer.open(stream, header)) { // streaming
 *   events.forEach(out::write);
 *   out.finish();
 * }
 * }</pre>
 */
public final class EpcisXmlWriter {
  private final XmlVersion version;
  private final CbvXmlForm cbvForm;
  private final DowngradePolicy downgradePolicy;
  private final boolean indent;
  private final XMLOutputFactory factory;

  private EpcisXmlWriter(Builder b) {
    this.version = b.version;
    this.cbvForm = b.cbvForm;
    this.downgradePolicy = b.downgradePolicy;
    this.indent = b.indent;
    this.factory = SecureStax.outputFactory();
  }

  /** A builder with the defaults: EPCIS 2.0, CBV spelling as given, park 2.0 content in 1.2, indented. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this writer's settings. */
  public Builder newBuilder() {
    return new Builder().version(version).cbvForm(cbvForm).downgradePolicy(downgradePolicy).indent(indent);
  }

  /** The version written. */
  public XmlVersion version() {
    return version;
  }

  /**
   * Starts a streaming write: writes the document's header (its events, if any, are not written: pass them to
   * {@link XmlDocumentWriter#write(EpcisEvent)}). The caller owns {@code out}.
   */
  public XmlDocumentWriter open(OutputStream out, EpcisDocument header) {
    return new StaxDocumentWriter(factory, Objects.requireNonNull(out, "out"), header, version, cbvForm,
        downgradePolicy, indent);
  }

  /** Writes a whole document to {@code out}. */
  public void write(EpcisDocument document, OutputStream out) {
    try (XmlDocumentWriter writer = open(out, document)) {
      for (EpcisEvent event : document.events()) {
        writer.write(event);
      }
      writer.finish();
    }
  }

  /**
   * Writes a whole document to a file, atomically: on failure the target is left as it was and no partial file
   * remains.
   */
  public void write(EpcisDocument document, Path target) {
    EpcisFiles.writeAtomically(target, out -> write(document, out));
  }

  /** Builds an {@link EpcisXmlWriter}. */
  public static final class Builder {
    private XmlVersion version = XmlVersion.V2_0;
    private CbvXmlForm cbvForm = CbvXmlForm.AS_GIVEN;
    private DowngradePolicy downgradePolicy = DowngradePolicy.PARK_IN_EXTENSION;
    private boolean indent = true;

    private Builder() {}

    /** Sets the version to write (default 2.0). */
    public Builder version(XmlVersion value) {
      version = Objects.requireNonNull(value, "version");
      return this;
    }

    /** Sets the spelling of CBV values in 2.0 output (default {@link CbvXmlForm#AS_GIVEN}). */
    public Builder cbvForm(CbvXmlForm value) {
      cbvForm = Objects.requireNonNull(value, "cbvForm");
      return this;
    }

    /** Sets what 1.2 output does with 2.0-only content (default {@link DowngradePolicy#PARK_IN_EXTENSION}). */
    public Builder downgradePolicy(DowngradePolicy value) {
      downgradePolicy = Objects.requireNonNull(value, "downgradePolicy");
      return this;
    }

    /** Whether to indent the output (default true). */
    public Builder indent(boolean value) {
      indent = value;
      return this;
    }

    /** Builds the writer. */
    public EpcisXmlWriter build() {
      return new EpcisXmlWriter(this);
    }
  }
}
