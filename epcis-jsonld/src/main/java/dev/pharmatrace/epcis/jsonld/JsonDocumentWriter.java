package dev.pharmatrace.epcis.jsonld;

import dev.pharmatrace.epcis.model.EpcisEvent;
import dev.pharmatrace.epcis.model.report.EpcisException;
import dev.pharmatrace.epcis.model.report.Finding;
import java.util.List;

/**
 * A streaming write of one EPCIS JSON-LD document: the header was written when it was opened; events follow one at
 * a time; {@link #finish()} closes the document. Not thread-safe.
 */
public interface JsonDocumentWriter extends AutoCloseable {

  /**
   * Writes one event.
   *
   * @throws EpcisException if the output fails
   */
  void write(EpcisEvent event);

  /** Writes the end of the document and flushes the output. */
  void finish();

  /** Warnings so far. */
  List<Finding> warnings();

  /** Closes the writer; the output is incomplete unless {@link #finish()} was called. */
  @Override
  void close();
}
