package dev.pharmatrace.epcis.xml.internal.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The project's own XSDs, bundled as class-path resources, and their compiled {@link Schema}s: one per entry point,
 * compiled once per JVM on first use. Imports are served from the bundle only; nothing is ever read from the network
 * or the file system.
 */
public final class BundledSchemas {
  private BundledSchemas() {}

  /** Class-path folder of the XSDs. */
  public static final String RESOURCE_DIR = "/dev/pharmatrace/epcis/xml/schema/";

  /** System-id prefix of bundled files (a scheme nothing can fetch). */
  static final String SYSTEM_ID_PREFIX = "pharmatrace-bundled:/";

  /** Every bundled file; imports naming anything else are refused. */
  static final Set<String> FILES = Set.of("epcglobal.xsd", "sbdh.xsd", "epcis-2.0.xsd", "epcis-query-2.0.xsd",
      "epcis-masterdata-2.0.xsd", "epcis-1.2.xsd", "epcis-query-1.2.xsd", "epcis-masterdata-1.2.xsd");

  /** An entry point: the schema set used for one kind of root element. */
  public enum Entry {
    /** EPCIS 2.0 core: EPCISDocument, EPCISCaptureJob, EPCISException. */
    CORE_2_0("epcis-2.0.xsd", false),
    /** EPCIS 2.0 query messages. */
    QUERY_2_0("epcis-query-2.0.xsd", false),
    /** EPCIS 2.0 master-data document. */
    MASTER_DATA_2_0("epcis-masterdata-2.0.xsd", false),
    /** EPCIS 1.x core. */
    CORE_1_2("epcis-1.2.xsd", true),
    /** EPCIS 1.x query messages. */
    QUERY_1_2("epcis-query-1.2.xsd", true),
    /** EPCIS 1.x master-data document. */
    MASTER_DATA_1_2("epcis-masterdata-1.2.xsd", true);

    private final String file;
    private final boolean version12;

    Entry(String file, boolean version12) {
      this.file = file;
      this.version12 = version12;
    }

    /** The entry file name. */
    public String file() {
      return file;
    }

    /** Whether this is a 1.x schema (union of the two official 1.2 schemas, see epcis-1.2.xsd). */
    public boolean isVersion12() {
      return version12;
    }
  }

  private static final Map<Entry, Schema> COMPILED = new EnumMap<>(Entry.class);

  /** The compiled schema of an entry point, compiled on first use. Thread-safe. */
  public static Schema schema(Entry entry) {
    synchronized (COMPILED) {
      return COMPILED.computeIfAbsent(entry, BundledSchemas::compile);
    }
  }

  private static Schema compile(Entry entry) {
    SchemaFactory factory = newFactory();
    try (InputStream in = open(entry.file())) {
      return factory.newSchema(new StreamSource(in, SYSTEM_ID_PREFIX + entry.file()));
    } catch (SAXException e) {
      throw new IllegalStateException("bundled schema " + entry.file() + " does not compile: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("bundled schema " + entry.file() + " cannot be read", e);
    }
  }

  /**
   * The JDK's own schema factory (never one found on the class path), with secure processing on, external DTD and
   * schema access off, and a resolver serving only bundled files.
   */
  private static SchemaFactory newFactory() {
    SchemaFactory f = SchemaFactory.newDefaultInstance();
    try {
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      f.setProperty("http://apache.org/xml/properties/locale", Locale.ENGLISH);
    } catch (SAXException e) {
      throw new IllegalStateException("the JDK schema factory refuses a hardening setting", e);
    }
    f.setResourceResolver(BUNDLED_ONLY);
    f.setErrorHandler(THROWING);
    return f;
  }

  private static InputStream open(String file) {
    InputStream in = BundledSchemas.class.getResourceAsStream(RESOURCE_DIR + file);
    if (in == null) {
      throw new IllegalStateException("bundled schema missing from the class path: " + RESOURCE_DIR + file);
    }
    return in;
  }

  /** Serves the bundled files by their (relative) name; refuses everything else. */
  private static final LSResourceResolver BUNDLED_ONLY = (type, namespace, publicId, systemId, baseUri) -> {
    String name = systemId == null ? "" : systemId.substring(systemId.lastIndexOf('/') + 1);
    boolean relative = systemId != null && !systemId.contains(":") && !systemId.startsWith("/");
    if (!FILES.contains(name) || !(relative || systemId.equals(SYSTEM_ID_PREFIX + name))) {
      throw new IllegalStateException("bundled schema refers to a resource outside the bundle: " + systemId);
    }
    return new BundledInput(SYSTEM_ID_PREFIX + name, open(name));
  };

  private static final ErrorHandler THROWING = new ErrorHandler() {
    @Override
    public void warning(SAXParseException e) {
      // schema warnings (none expected) do not stop compilation
    }

    @Override
    public void error(SAXParseException e) throws SAXException {
      throw e;
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
      throw e;
    }
  };

  /** A minimal LSInput over a byte stream. */
  private static final class BundledInput implements LSInput {
    private final String systemId;
    private InputStream bytes;

    BundledInput(String systemId, InputStream bytes) {
      this.systemId = systemId;
      this.bytes = bytes;
    }

    @Override
    public Reader getCharacterStream() {
      return null;
    }

    @Override
    public void setCharacterStream(Reader characterStream) {
      throw new UnsupportedOperationException();
    }

    @Override
    public InputStream getByteStream() {
      return bytes;
    }

    @Override
    public void setByteStream(InputStream byteStream) {
      this.bytes = byteStream;
    }

    @Override
    public String getStringData() {
      return null;
    }

    @Override
    public void setStringData(String stringData) {
      throw new UnsupportedOperationException();
    }

    @Override
    public String getSystemId() {
      return systemId;
    }

    @Override
    public void setSystemId(String id) {
      throw new UnsupportedOperationException();
    }

    @Override
    public String getPublicId() {
      return null;
    }

    @Override
    public void setPublicId(String publicId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public String getBaseURI() {
      return null;
    }

    @Override
    public void setBaseURI(String baseUri) {
      throw new UnsupportedOperationException();
    }

    @Override
    public String getEncoding() {
      return null;
    }

    @Override
    public void setEncoding(String encoding) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean getCertifiedText() {
      return false;
    }

    @Override
    public void setCertifiedText(boolean certifiedText) {
      throw new UnsupportedOperationException();
    }
  }
}
