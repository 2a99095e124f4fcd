package dev.pharmatrace.epcis.jsonld.internal.schema;

import java.math.BigDecimal;
import java.math.BigInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.BigIntegerNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.DecimalNode;
import tools.jackson.databind.node.DoubleNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.LongNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Jackson tree nodes that remember where they were read. They behave exactly like the plain Jackson nodes they
 * extend (equality, type, value), so a schema validator sees no difference; every node is a fresh instance (no
 * shared {@code TRUE}/{@code NULL} singletons), so the position belongs to one place in one document.
 */
public final class LocatedNodes {
  private LocatedNodes() {}

  /**
   * Where a value, and the member name in front of it (if it is an object member), start in the source. Lines and
   * columns are 1-based, 0 when unknown; columns count bytes for byte input, as Jackson reports them.
   *
   * @param line the line of the value's first character
   * @param column the column of the value's first character
   * @param nameLine the line of the member name, or 0 for array items and the root
   * @param nameColumn the column of the member name, or 0
   */
  public record Position(int line, int column, int nameLine, int nameColumn) {
    /** Unknown position. */
    public static final Position UNKNOWN = new Position(0, 0, 0, 0);
  }

  /** A node that knows its {@link Position}. */
  public interface Located {
    /**
     * The position of this node.
     *
     * @return the position
     */
    Position position();
  }

  /**
   * The position of a node, if it is {@link Located}.
   *
   * @param node a node, may be null
   * @return its position, or {@link Position#UNKNOWN}
   */
  public static Position positionOf(JsonNode node) {
    return node instanceof Located located ? located.position() : Position.UNKNOWN;
  }

  static final class LObject extends ObjectNode implements Located {
    private final Position position;

    LObject(Position position) {
      super(JsonNodeFactory.instance);
      this.position = position;
    }

    @Override
    public Position position() {
      return position;
    }
  }

  static final class LArray extends ArrayNode implements Located {
    private final Position position;

    LArray(Position position) {
      super(JsonNodeFactory.instance);
      this.position = position;
    }

    @Override
    public Position position() {
      return position;
    }
  }

  /**
   * An event list whose items were not kept in the tree: the streaming reader hands each item to a
   * {@link LocatedTreeReader.EventListHandler} and leaves this array empty. Which of the document's event lists
   * was kept (a repeated member name replaces an earlier one) is seen from the finished tree; {@link #state()}
   * holds what the handler collected for this list.
   */
  public static final class LEventList extends ArrayNode implements Located {
    private static final long serialVersionUID = 1L;
    private final Position position;
    private final EventListKind kind;
    private transient Object state;

    LEventList(Position position, EventListKind kind) {
      super(JsonNodeFactory.instance);
      this.position = position;
      this.kind = kind;
    }

    @Override
    public Position position() {
      return position;
    }

    /**
     * Where in the document this list is.
     *
     * @return the kind
     */
    public EventListKind kind() {
      return kind;
    }

    /**
     * What the handler attached to this list, or null.
     *
     * @return the state
     */
    public Object state() {
      return state;
    }

    /**
     * Attaches the handler's state to this list.
     *
     * @param value the state
     */
    public void state(Object value) {
      this.state = value;
    }
  }

  /** The two places of an event list that the schema validates item by item. */
  public enum EventListKind {
    /** {@code /epcisBody/eventList} of an {@code EPCISDocument}. */
    DOCUMENT("/epcisBody/eventList", "EPCISDocument"),
    /** {@code /epcisBody/queryResults/resultsBody/eventList} of an {@code EPCISQueryDocument}. */
    QUERY("/epcisBody/queryResults/resultsBody/eventList", "EPCISQueryDocument");

    private final String pointer;
    private final String documentType;

    EventListKind(String pointer, String documentType) {
      this.pointer = pointer;
      this.documentType = documentType;
    }

    /**
     * The JSON pointer of the list.
     *
     * @return the pointer
     */
    public String pointer() {
      return pointer;
    }

    /**
     * The top-level {@code type} of the documents whose schema validates the items of this list as events.
     *
     * @return the document type
     */
    public String documentType() {
      return documentType;
    }
  }

  static final class LString extends StringNode implements Located {
    private final Position position;

    LString(String value, Position position) {
      super(value);
      this.position = position;
    }

    @Override
    public Position position() {
      return position;
    }
  }

  static final class LInt extends IntNode implements Located {
    private final Position position;

    LInt(int value, Position position) {
      super(value);
      this.position = position;
    }

    @Override
    public Position position() {
      return position;
    }
  }

  static final class LLong extends LongNode implements Located {
    private final Position position;

    LLong(long value, Position position) {
      super(value);
      this.position = position;
    }

    @Override
    public Position position() {
      return position;
    }
  }

  static final class LBigInteger extends BigIntegerNode implements Located {
    private final Position position;

    LBigInteger(BigInteger value, Position position) {
      super(value);
      this.position = position;
    }

    @Override
    public Position position() {
      return position;
    }
  }

  static final class LDouble extends DoubleNode implements Located {
    private final Position position;

    LDouble(double value, Position position) {
      super(value);
      this.position = position;
    }

    @Override
    public Position position() {
      return position;
    }
  }

  static final class LDecimal extends DecimalNode implements Located {
    private final Position position;

    LDecimal(BigDecimal value, Position position) {
      super(value);
      this.position = position;
    }

    @Override
    public Position position() {
      return position;
    }
  }

  static final class LBoolean extends BooleanNode implements Located {
    private final Position position;

    LBoolean(boolean value, Position position) {
      super(value);
      this.position = position;
    }

    @Override
    public Position position() {
      return position;
    }
  }

  static final class LNull extends NullNode implements Located {
    private final Position position;

    LNull(Position position) {
      this.position = position;
    }

    @Override
    public Position position() {
      return position;
    }
  }
}
