package dev.pharmatrace.epcis.xml.internal.schema;

import dev.pharmatrace.epcis.model.report.Finding;
import dev.pharmatrace.epcis.model.report.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * Collects schema errors as findings and never throws, so that validation goes on and every error is reported. Keeps
 * the first {@code max} and counts the rest; {@link #findings()} then ends with a finding saying how many were left
 * out. Validator warnings are not findings (they never make a document invalid).
 */
public final class FindingCollector implements ErrorHandler {
  private final String systemId;
  private final int max;
  private final List<Finding> findings = new ArrayList<>();
  private long omitted;
  private SourceLocation firstOmitted;

  /** A collector for the document {@code systemId} keeping at most {@code max} schema findings. */
  public FindingCollector(String systemId, int max) {
    this.systemId = systemId;
    this.max = max;
  }

  @Override
  public void warning(SAXParseException e) {
    // not a validity error
  }

  @Override
  public void error(SAXParseException e) {
    XsdMessages.Readable r = XsdMessages.readable(e.getMessage());
    add(Finding.error(r.ruleId(), r.message(), at(e)));
  }

  @Override
  public void fatalError(SAXParseException e) {
    error(e);
  }

  /** Adds a schema finding, subject to the cap. */
  public void add(Finding finding) {
    if (findings.size() < max) {
      findings.add(finding);
    } else {
      if (omitted == 0) {
        firstOmitted = finding.location();
      }
      omitted++;
    }
  }

  /** Adds a finding that ends processing (parser or I/O error); never dropped by the cap. */
  public void addTerminal(Finding finding) {
    findings.add(finding);
  }

  /** The findings, ending with a note on omitted ones if the cap was reached. */
  public List<Finding> findings() {
    List<Finding> out = new ArrayList<>(findings);
    if (omitted > 0) {
      out.add(Finding.error("XSD", omitted + " more schema error" + (omitted == 1 ? " was" : "s were")
          + " omitted (only the first " + max + " are listed); the first omitted one is at this location",
          firstOmitted));
    }
    return List.copyOf(out);
  }

  private SourceLocation at(SAXParseException e) {
    return SourceLocation.of(systemId, Math.max(0, e.getLineNumber()), Math.max(0, e.getColumnNumber()));
  }
}
