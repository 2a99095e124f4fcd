package dev.pharmatrace.epcis.model.internal;

import dev.pharmatrace.epcis.model.EpcisDocument;
import dev.pharmatrace.epcis.model.report.EpcisException;
import dev.pharmatrace.epcis.model.report.Finding;
import dev.pharmatrace.epcis.model.report.SourceLocation;
import java.util.Objects;

/**
 * What a streaming writer can still write when it finishes: a streaming reader completes its document (extensions
 * after the event list or the body, header content after the body) only after the last event, when the writer has
 * written the header long ago. Shared by the XML and JSON-LD writers.
 */
public final class LateContent {
  /** A header that changed after it was written. */
  public static final String LATE_HEADER = "WRITE-LATE-HEADER";
  /** A name that the document's context, written before the events, cannot spell (JSON-LD). */
  public static final String LATE_NAME = "WRITE-LATE-NAME";

  private LateContent() {}

  /**
   * Refuses a completed document whose header is not the one the writer was opened with.
   *
   * @throws EpcisException rule {@link #LATE_HEADER}
   */
  public static void requireSameHeader(EpcisDocument opened, EpcisDocument completed) {
    if (!Objects.equals(completed.header(), opened.header())) {
      throw new EpcisException(Finding.error(LATE_HEADER, "the document's header changed after it was written "
          + "(header content after the events, as in our old pt:headerExtensions form after the body): open the "
          + "writer with the completed document", SourceLocation.UNKNOWN));
    }
  }
}
