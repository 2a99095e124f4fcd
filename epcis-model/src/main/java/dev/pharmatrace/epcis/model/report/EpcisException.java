package dev.pharmatrace.epcis.model.report;

import java.util.List;

/**
 * A document could not be read, written or converted. Carries the findings that explain why (at least one, each
 * with a rule id and a location); {@link #getMessage()} is the first one in the CLI's text form.
 */
public class EpcisException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<Finding> findings;

  /** An exception for one finding. */
  public EpcisException(Finding finding) {
    this(List.of(finding), null);
  }

  /** An exception for one finding, caused by {@code cause}. */
  public EpcisException(Finding finding, Throwable cause) {
    this(List.of(finding), cause);
  }

  /** An exception for several findings (at least one). */
  public EpcisException(List<Finding> findings, Throwable cause) {
    super(findings.isEmpty() ? "no finding" : findings.get(0).toString(), cause);
    if (findings.isEmpty()) {
      throw new IllegalArgumentException("an EpcisException needs at least one finding");
    }
    this.findings = List.copyOf(findings);
  }

  /** The findings, the first being the one that stopped processing. */
  public List<Finding> findings() {
    return findings;
  }

  /** The first finding. */
  public Finding finding() {
    return findings.get(0);
  }
}
