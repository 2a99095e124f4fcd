package dev.pharmatrace.epcis.jsonld;

import dev.pharmatrace.epcis.model.EpcisDocument;
import dev.pharmatrace.epcis.model.EpcisEvent;
import dev.pharmatrace.epcis.model.report.EpcisException;
import dev.pharmatrace.epcis.model.report.Finding;
import dev.pharmatrace.epcis.model.report.SourceLocation;
import java.util.Iterator;
import java.util.List;

/**
 * A streaming read of one EPCIS JSON-LD document: the {@linkplain #document() document without its events} first,
 * then the events one at a time, each parsed on its own (memory does not grow with the number of events).
 *
 * <p>Not thread-safe; close it. Problems that stop the read throw {@link EpcisException} with a finding located by
 * JSON pointer, line and column.
 */
public interface JsonEventStream extends Iterator<EpcisEvent>, AutoCloseable {

  /**
   * The document without its events, complete before the first event: its {@code @context} and
   * {@code epcisHeader} are read first even when they follow {@code epcisBody} in the input (the body is then set
   * aside, see {@link EpcisJsonReader}). Other members that follow {@code epcisBody} in a document whose
   * {@code @context} and {@code epcisHeader} precede it, or (for a file) do not follow it, are added once the last
   * event has been read (document extensions).
   */
  EpcisDocument document();

  /** Whether the input is a bare event rather than a document. */
  boolean isBareEvent();

  /** Where the event last returned by {@link #next()} is. */
  SourceLocation lastEventLocation();

  /** Warnings so far. */
  List<Finding> warnings();

  @Override
  boolean hasNext();

  @Override
  EpcisEvent next();

  @Override
  void close();
}
