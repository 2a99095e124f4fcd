package dev.pharmatrace.epcis.xml;

import dev.pharmatrace.epcis.model.EpcisDocument;
import dev.pharmatrace.epcis.model.EpcisEvent;
import dev.pharmatrace.epcis.model.report.EpcisException;
import dev.pharmatrace.epcis.model.report.Finding;
import dev.pharmatrace.epcis.model.report.SourceLocation;
import java.util.Iterator;
import java.util.List;

/**
 * A streaming read of one EPCIS XML document: the {@linkplain #document() document without its events} first,
 * then the events one at a time. Memory use does not grow with the number of events.
 *
 * <p>Not thread-safe. Close it (try-with-resources) to release the input. Reading problems that stop the read
 * throw {@link EpcisException} with a located finding; problems the reader works around (a zone-less time, a
 * lower-case element name, ...) are collected as {@linkplain #warnings() warnings}.
 */
public interface XmlEventStream extends Iterator<EpcisEvent>, AutoCloseable {

  /**
   * The document without its events: root attributes, namespaces, header (SBDH, master data, header extensions),
   * query identification. Elements that follow the events (document-level extensions) are added once the last
   * event has been read.
   */
  EpcisDocument document();

  /** The XML syntax of the input. */
  XmlVersion version();

  /** Whether the input is a bare event (no document root) rather than a document. */
  boolean isBareEvent();

  /** Where the event last returned by {@link #next()} starts in the input. */
  SourceLocation lastEventLocation();

  /** Warnings so far, in input order. */
  List<Finding> warnings();

  /**
   * Whether another event follows.
   *
   * @throws EpcisException if the input cannot be read
   */
  @Override
  boolean hasNext();

  /**
   * The next event.
   *
   * @throws EpcisException if the input cannot be read or the event is malformed
   * @throws java.util.NoSuchElementException if there is none
   */
  @Override
  EpcisEvent next();

  /** Releases the input. */
  @Override
  void close();
}
