package dev.pharmatrace.epcis.model.report;

import java.util.Optional;

/**
 * Where in an input something was found: the file (or other system id), a line and column (1-based, 0 when
 * unknown), a JSON pointer for JSON input, and, where known, the index of the event (0-based) and the field.
 *
 * @param file the file name or system id, or null
 * @param line the line, 1-based; 0 when unknown
 * @param column the column, 1-based; 0 when unknown
 * @param jsonPointer an RFC 6901 JSON pointer, or null
 * @param eventIndex the 0-based index of the event in the document, or -1
 * @param field the field (e.g. {@code epcList/epc[3]}, {@code bizStep}), or null
 */
public record SourceLocation(String file, long line, long column, String jsonPointer, long eventIndex, String field) {

  /** No location known. */
  public static final SourceLocation UNKNOWN = new SourceLocation(null, 0, 0, null, -1, null);

  /** A position in a text file. */
  public static SourceLocation of(String file, long line, long column) {
    return new SourceLocation(file, line, column, null, -1, null);
  }

  /** A position in a JSON document. */
  public static SourceLocation ofPointer(String file, String jsonPointer, long line, long column) {
    return new SourceLocation(file, line, column, jsonPointer, -1, null);
  }

  /** This location with the event index and field. */
  public SourceLocation withEvent(long index, String fieldName) {
    return new SourceLocation(file, line, column, jsonPointer, index, fieldName);
  }

  /** This location in another file. */
  public SourceLocation withFile(String fileName) {
    return new SourceLocation(fileName, line, column, jsonPointer, eventIndex, field);
  }

  /** The file, if known. */
  public Optional<String> fileValue() {
    return Optional.ofNullable(file);
  }

  /**
   * The location as {@code FILE:LINE:COL}, followed by the JSON pointer and the event and field where known, e.g.
   * {@code shipment.xml:12:7} or {@code shipment.json:3:15 /epcisBody/eventList/0/action}.
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(file == null ? "-" : file);
    s.append(':').append(line).append(':').append(column);
    if (jsonPointer != null) {
      s.append(' ').append(jsonPointer.isEmpty() ? "/" : jsonPointer);
    }
    if (eventIndex >= 0) {
      s.append(" event ").append(eventIndex);
    }
    if (field != null) {
      s.append(' ').append(field);
    }
    return s.toString();
  }
}
