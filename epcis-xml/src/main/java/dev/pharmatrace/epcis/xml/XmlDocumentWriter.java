package dev.pharmatrace.epcis.xml;

import dev.pharmatrace.epcis.model.EpcisEvent;
import dev.pharmatrace.epcis.model.report.EpcisException;
import dev.pharmatrace.epcis.model.report.Finding;
import java.util.List;

/**
 * A streaming write of one EPCIS XML document: the header was written when it was opened; events follow one at a
 * time; {@link #finish()} writes the rest and flushes. Not thread-safe.
 */
public interface XmlDocumentWriter extends AutoCloseable {

  /**
   * Writes one event.
   *
   * @throws EpcisException if the event cannot be written in the target version (downgrade policy FAIL) or the
   *     output fails
   */
  void write(EpcisEvent event);

  /** Writes the end of the document (document-level extensions, closing tags) and flushes the output. */
  void finish();

  /** Warnings so far (e.g. EPCIS 2.0 content parked in 1.2 extension points). */
  List<Finding> warnings();

  /** Closes the writer without finishing (the output is incomplete) unless {@link #finish()} was called. */
  @Override
  void close();
}
