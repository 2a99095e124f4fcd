package dev.pharmatrace.epcis.jsonld;

import dev.pharmatrace.epcis.jsonld.internal.JsonDocumentWriterImpl;
import dev.pharmatrace.epcis.model.EpcisDocument;
import dev.pharmatrace.epcis.model.EpcisEvent;
import dev.pharmatrace.epcis.model.io.EpcisFiles;
import dev.pharmatrace.epcis.model.report.EpcisException;
import dev.pharmatrace.epcis.model.report.Finding;
import dev.pharmatrace.epcis.model.report.SourceLocation;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Objects;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes EPCIS 2.0 JSON-LD from the model, streaming, in the compact form of the standard EPCIS context: CBV values
 * as bare words, extension members as compact IRIs with their prefixes declared in {@code @context}, the SBDH in our
 * documented reversible form (see {@code docs/jsonld.md}).
 *
 * <p>Immutable and thread-safe; derive variants with {@link #newBuilder()}.
 */
public final class EpcisJsonWriter {
  private final boolean pretty;
  private final JsonFactory factory;

  private EpcisJsonWriter(Builder b) {
    this.pretty = b.pretty;
    // a bare factory, no ObjectMapper (whose construction loads hundreds of classes): the writer only streams
    this.factory = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
  }

  /** A builder with the defaults (pretty-printed). */
  public static Builder builder() {
    return new Builder();
  }

  /** A writer with the defaults. */
  public static EpcisJsonWriter create() {
    return builder().build();
  }

  /** A builder starting from this writer's settings. */
  public Builder newBuilder() {
    return new Builder().pretty(pretty);
  }

  /** Starts a streaming write; the caller owns {@code out}. */
  public JsonDocumentWriter open(OutputStream out, EpcisDocument header) {
    return new JsonDocumentWriterImpl(factory, Objects.requireNonNull(out, "out"), header, pretty);
  }

  /** Writes a whole document to {@code out}. */
  public void write(EpcisDocument document, OutputStream out) {
    try (JsonDocumentWriter writer = open(out, document)) {
      for (EpcisEvent event : document.events()) {
        writer.write(event);
      }
      writer.finish();
    }
  }

  /** Writes a whole document to a file, atomically (no partial file on failure). */
  public void write(EpcisDocument document, Path target) {
    EpcisFiles.writeAtomically(target, out -> write(document, out));
  }

  /** Builds an {@link EpcisJsonWriter}. */
  public static final class Builder {
    private boolean pretty = true;

    private Builder() {}

    /** Whether to indent the output (default true). */
    public Builder pretty(boolean value) {
      pretty = value;
      return this;
    }

    /** Builds the writer. */
    public EpcisJsonWriter build() {
      return new EpcisJsonWriter(this);
    }
  }
}
