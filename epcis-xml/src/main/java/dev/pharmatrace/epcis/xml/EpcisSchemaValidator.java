package dev.pharmatrace.epcis.xml;

import dev.pharmatrace.epcis.model.report.Finding;
import dev.pharmatrace.epcis.model.report.SourceLocation;
import dev.pharmatrace.epcis.xml.internal.SecureStax;
import dev.pharmatrace.epcis.xml.internal.schema.BundledSchemas;
import dev.pharmatrace.epcis.xml.internal.schema.SchemaValidation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javax.xml.stream.XMLInputFactory;

/**
 * Validates EPCIS XML documents against the project's own XML schemas, whose verdict is the same as that of the
 * official GS1 XSDs (see {@code docs/xml-schemas.md}).
 *
 * <p>The schema is chosen from the root element:
 *
 * <ul>
 *   <li>{@code EPCISDocument}, {@code EPCISCaptureJob}, {@code EPCISException} in {@code urn:epcglobal:epcis:xsd:2},
 *       {@code EPCISQueryDocument} (and the other query messages) in {@code urn:epcglobal:epcis-query:xsd:2},
 *       {@code EPCISMasterDataDocument} in {@code urn:epcglobal:epcis-masterdata:xsd:2}: EPCIS 2.0;
 *   <li>the same roots in the {@code ...:xsd:1} namespaces (schemaVersion 1.0, 1.1 or 1.2): EPCIS 1.2, valid when
 *       the original GS1 1.2 XSD or the GS1-modified one (nillable {@code quantity}) accepts the document;
 *   <li>a bare EPCIS 2.0 event ({@code <ObjectEvent>} etc., without namespace) is validated as if it were the only
 *       event of an EPCIS 2.0 document; positions still refer to the input. A namespace-qualified bare event
 *       ({@code <epcis:ObjectEvent>}) is treated the same way and is reported, as by the official XSD, as invalid
 *       (EPCIS event elements are unqualified);
 *   <li>any other root: one finding with rule {@code XML-ROOT}.
 * </ul>
 *
 * <p>Documents are streamed through a hardened parser: no DTD is processed (an internal {@code <!DOCTYPE>} is
 * skipped; a reference to an entity it declares is an error), nothing external is ever fetched, and the
 * {@link XmlLimits} apply, so memory stays bounded even for gigabyte files. Only the bundled schemas are read.
 *
 * <p>Instances are immutable and thread-safe; the schemas are compiled once, on first use.
 */
public final class EpcisSchemaValidator {
  /** The most schema findings listed for one document; a last finding then says how many more there were. */
  public static final int MAX_FINDINGS = 1000;

  private final XmlLimits limits;
  private final XMLInputFactory factory;

  private EpcisSchemaValidator(XmlLimits limits) {
    this.limits = limits;
    this.factory = SecureStax.inputFactory(limits);
  }

  /**
   * A validator with the default limits ({@link XmlLimits#DEFAULTS}).
   *
   * @return the validator
   */
  public static EpcisSchemaValidator create() {
    return create(XmlLimits.DEFAULTS);
  }

  /**
   * Compiles the bundled schema of EPCIS documents of {@code version} now, if not done yet (once per JVM; validators
   * otherwise compile it on first use). For a program that can do it while it does something else: the command line
   * compiles it on a second thread while it parses its arguments, which is most of a small file's start-up.
   *
   * @param version the documents' version
   */
  public static void preload(XmlVersion version) {
    BundledSchemas.schema(version == XmlVersion.V1_2 ? BundledSchemas.Entry.CORE_1_2 : BundledSchemas.Entry.CORE_2_0);
  }

  /**
   * A validator with the given parser limits.
   *
   * @param limits the limits
   * @return the validator
   */
  public static EpcisSchemaValidator create(XmlLimits limits) {
    return new EpcisSchemaValidator(Objects.requireNonNull(limits, "limits"));
  }

  /**
   * The parser limits of this validator.
   *
   * @return the limits
   */
  public XmlLimits limits() {
    return limits;
  }

  /**
   * Validates a file.
   *
   * @param file the document
   * @return every finding, in document order (schema findings capped at {@link #MAX_FINDINGS}); empty when the
   *     document is valid. A file that cannot be read gives one finding with rule {@code IO}; a document that is not
   *     well-formed or exceeds a limit ends with the parser's finding ({@code XML-WELL-FORMED},
   *     {@code XML-LIMIT-...}, {@code XML-ENTITY}).
   */
  public List<Finding> validate(Path file) {
    Objects.requireNonNull(file, "file");
    String systemId = file.toString();
    try (InputStream in = Files.newInputStream(file)) {
      return validate(in, systemId);
    } catch (IOException e) {
      String reason = e.getClass().getSimpleName().replace("Exception", "")
          + (e.getMessage() == null ? "" : ": " + e.getMessage());
      return List.of(Finding.error("IO", "cannot read the file (" + reason + ")", SourceLocation.of(systemId, 0, 0)));
    }
  }

  /**
   * Validates a document read from a stream. The stream is read up to the end of the document (or the first fatal
   * error) and is not closed.
   *
   * @param in the document
   * @param systemId the name of the document in findings (e.g. a file name); may be null
   * @return every finding, as for {@link #validate(Path)}
   */
  public List<Finding> validate(InputStream in, String systemId) {
    Objects.requireNonNull(in, "in");
    return SchemaValidation.validate(factory, in, systemId, limits, MAX_FINDINGS);
  }
}
