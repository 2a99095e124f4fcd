package dev.pharmatrace.epcis.xml;

import dev.pharmatrace.epcis.model.EpcisDocument;
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

  /**
   * Writes the end of the document with the body and document-level extensions of {@code completed}, and flushes
   * the output. A streaming reader learns of what follows the events (extensions after the event list or the body)
   * only once it has read them: pass its document as completed after the last event, or that content is lost.
   *
   * @param completed the document as it was opened, completed after its events (its header must be the one the
   *     writer was opened with)
   * @throws EpcisException if {@code completed} holds what cannot be written any more: a header that differs from
   *     the one written (rule {@code WRITE-LATE-HEADER}); or if the output fails
   */
  void finish(EpcisDocument completed);

  /** Warnings so far (e.g. EPCIS 2.0 content parked in 1.2 extension points). */
  List<Finding> warnings();

  /** Closes the writer without finishing (the output is incomplete) unless {@link #finish()} was called. */
  @Override
  void close();
}
