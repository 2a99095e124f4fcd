package dev.pharmatrace.epcis.jsonld.internal;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * The {@code epcisBody} of a document whose {@code @context} or {@code epcisHeader} may follow it: its tokens,
 * copied one by one from the parser (limits, duplicate keys and syntax are checked on the original input while
 * copying), kept in memory up to a threshold and then in a temporary file; beside them the original line and
 * column of every event of {@code eventList} and {@code queryResults/resultsBody/eventList}, in the order of the
 * input (9 bytes an event, spilled to a file the same way), so that findings point into the user's file. Closing
 * deletes the files.
 */
final class BodySpool implements Closeable {
  /** The event list of an EPCISDocument. */
  static final byte DOCUMENT_LIST = 0;
  /** The event list of an EPCISQueryDocument. */
  static final byte QUERY_LIST = 1;
  private static final List<String> DOCUMENT_PATH = List.of("", "eventList");
  private static final List<String> QUERY_PATH = List.of("", "queryResults", "resultsBody", "eventList");
  private static final String ITEM = "[";

  private final SpillBuffer tokens;
  private final SpillBuffer positions;
  private final DataOutputStream positionsOut;
  private final long[] counts = new long[2];
  private int bodyLine;
  private int bodyColumn;
  private DataInputStream positionsIn;
  private byte readList;

  BodySpool(Path directory, long memoryThreshold) {
    tokens = new SpillBuffer(directory, memoryThreshold, "epcis-body-");
    positions = new SpillBuffer(directory, memoryThreshold, "epcis-body-positions-");
    positionsOut = new DataOutputStream(positions);
  }

  /**
   * Copies the value the parser is on (the body's START_OBJECT) to the spool. Returns -1, or the list
   * ({@link #DOCUMENT_LIST}, {@link #QUERY_LIST}) whose event count passed {@code maxEvents}, the parser then being
   * on that event's START_OBJECT.
   */
  int copy(JsonParser p, JsonFactory factory, long maxEvents) {
    TokenStreamLocation start = p.currentTokenLocation();
    bodyLine = start.getLineNr();
    bodyColumn = start.getColumnNr();
    List<String> path = new ArrayList<>(); // the member name holding each open container, ITEM in arrays
    String name = "";
    try (JsonGenerator g = factory.createGenerator(ObjectWriteContext.empty(), tokens)) {
      JsonToken t = p.currentToken();
      do {
        switch (t) {
          case PROPERTY_NAME -> name = p.currentName();
          case START_OBJECT, START_ARRAY -> {
            if (t == JsonToken.START_OBJECT && ITEM.equals(name)) {
              int list = path.equals(DOCUMENT_PATH) ? DOCUMENT_LIST : path.equals(QUERY_PATH) ? QUERY_LIST : -1;
              if (list >= 0 && !record(list, p.currentTokenLocation(), maxEvents)) {
                return list;
              }
            }
            path.add(name);
            name = ITEM;
          }
          case END_OBJECT, END_ARRAY -> {
            path.remove(path.size() - 1);
            name = ITEM;
          }
          default -> {
            // a scalar
          }
        }
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
          g.writeNumber(p.getString()); // the number exactly as written
        } else {
          g.copyCurrentEvent(p);
        }
        if (path.isEmpty()) {
          break;
        }
        t = p.nextToken();
      } while (true);
    }
    try {
      positionsOut.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return -1;
  }

  private boolean record(int list, TokenStreamLocation at, long maxEvents) {
    if (++counts[list] > maxEvents) {
      return false;
    }
    try {
      positionsOut.writeByte(list);
      positionsOut.writeInt(at.getLineNr());
      positionsOut.writeInt(at.getColumnNr());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return true;
  }

  /** Line of the body's opening brace in the input. */
  int bodyLine() {
    return bodyLine;
  }

  /** Column of the body's opening brace in the input. */
  int bodyColumn() {
    return bodyColumn;
  }

  /**
   * A parser over the spooled body, on its START_OBJECT; the events of {@code list} will be located through
   * {@link #nextPosition()}.
   */
  JsonParser replay(JsonFactory factory, byte list) {
    readList = list;
    positionsIn = new DataInputStream(new BufferedInputStream(positions.input(), 1 << 12));
    JsonParser parser = factory.createParser(ObjectReadContext.empty(), tokens.input());
    parser.nextToken();
    return parser;
  }

  /** The original line and column of the next event of the replayed list (0, 0 past the recorded ones). */
  int[] nextPosition() {
    try {
      while (true) {
        byte list = positionsIn.readByte();
        int line = positionsIn.readInt();
        int column = positionsIn.readInt();
        if (list == readList) {
          return new int[] {line, column};
        }
      }
    } catch (EOFException e) {
      return new int[] {0, 0};
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    if (positionsIn != null) {
      try {
        positionsIn.close();
      } catch (IOException ignored) {
        // deleted below
      }
    }
    tokens.discard();
    positions.discard();
  }
}
