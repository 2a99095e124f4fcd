package dev.pharmatrace.epcis.xml;

import dev.pharmatrace.epcis.model.EpcisDocument;
import dev.pharmatrace.epcis.model.EpcisEvent;
import dev.pharmatrace.epcis.model.io.EpcisFiles;
import dev.pharmatrace.epcis.model.report.EpcisException;
import dev.pharmatrace.epcis.model.report.Finding;
import dev.pharmatrace.epcis.model.report.SourceLocation;
import dev.pharmatrace.epcis.xml.internal.SecureStax;
import dev.pharmatrace.epcis.xml.internal.StaxEventStream;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads EPCIS 2.0 and 1.2 XML documents (and bare events) into the model, streaming.
 *
 * <p>Immutable and thread-safe: build one, share it. Parsing is hardened (no DTD processing, no entity expansion,
 * no external fetching) and bounded by {@link XmlLimits}. Input is read leniently (see {@link XmlEventStream});
 * schema validation is separate ({@link EpcisSchemaValidator}).
 *
 * <pre>{@code
 * EpcisXmlReader reader = EpcisXmlReader.builder().build();
 * try (XmlEventStream events = reader.open(Files.newInputStream(file), file.toString())) {
 *   EpcisDocument header = events.document();
 *   while (events.hasNext()) {
 *     EpcisEvent event = events.next();
 *     ...
 *   }
 * }
 * }</pre>
 */
public final class EpcisXmlReader {
  private final XmlLimits limits;
  private final ZoneOffset zonelessOffset;
  private final XMLInputFactory factory;

  private EpcisXmlReader(Builder b) {
    this.limits = b.limits;
    this.zonelessOffset = b.zonelessOffset;
    this.factory = SecureStax.inputFactory(limits);
  }

  /** A reader with default limits. */
  public static EpcisXmlReader create() {
    return builder().build();
  }

  /** A builder with the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this reader's settings. */
  public Builder newBuilder() {
    return new Builder().limits(limits).zonelessOffset(zonelessOffset);
  }

  /** The limits. */
  public XmlLimits limits() {
    return limits;
  }

  /**
   * Opens a streaming read of {@code in}; the stream owns and closes it.
   *
   * @param systemId the name used in findings (usually the file name)
   * @throws EpcisException if the input does not start as an EPCIS document
   */
  public XmlEventStream open(InputStream in, String systemId) {
    Objects.requireNonNull(in, "in");
    InputStream buffered = in instanceof BufferedInputStream ? in : new BufferedInputStream(in, 1 << 16);
    XMLStreamReader reader;
    try {
      reader = factory.createXMLStreamReader(systemId, buffered);
    } catch (XMLStreamException e) {
      closeQuietly(buffered);
      throw new EpcisException(SecureStax.toFinding(e, systemId, limits), e);
    }
    return new StaxEventStream(reader, buffered, systemId, limits, zonelessOffset);
  }

  /**
   * Opens a streaming read of a file.
   *
   * @throws EpcisException if the file cannot be opened (rule {@code IO}) or does not start as an EPCIS document
   */
  public XmlEventStream open(Path file) {
    return open(EpcisFiles.open(file), file.toString());
  }

  /**
   * Reads a whole document into memory: the convenience form for documents that fit.
   *
   * @throws EpcisException if the input cannot be read
   */
  public EpcisDocument read(InputStream in, String systemId) {
    try (XmlEventStream stream = open(in, systemId)) {
      return collect(stream);
    }
  }

  /** Reads a whole file into memory. */
  public EpcisDocument read(Path file) {
    try (XmlEventStream stream = open(file)) {
      return collect(stream);
    }
  }

  private static EpcisDocument collect(XmlEventStream stream) {
    List<EpcisEvent> events = new ArrayList<>();
    while (stream.hasNext()) {
      events.add(stream.next());
    }
    return stream.document().withEvents(events);
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException ignored) {
      // already failing
    }
  }

  /** Builds an {@link EpcisXmlReader}. */
  public static final class Builder {
    private XmlLimits limits = XmlLimits.DEFAULTS;
    private ZoneOffset zonelessOffset;

    private Builder() {}

    /** Sets the parser limits (default {@link XmlLimits#DEFAULTS}). */
    public Builder limits(XmlLimits value) {
      limits = Objects.requireNonNull(value, "limits");
      return this;
    }

    /**
     * Sets the offset applied to zone-less times (allowed in EPCIS 1.2, not in 2.0). By default (null) an event's
     * times take the event's {@code eventTimeZoneOffset}, and other times UTC. Either way a warning is reported.
     */
    public Builder zonelessOffset(ZoneOffset value) {
      zonelessOffset = value;
      return this;
    }

    /** Builds the reader. */
    public EpcisXmlReader build() {
      return new EpcisXmlReader(this);
    }
  }
}
