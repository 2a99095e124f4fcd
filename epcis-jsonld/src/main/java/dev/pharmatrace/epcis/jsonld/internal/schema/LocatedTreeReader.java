package dev.pharmatrace.epcis.jsonld.internal.schema;

import dev.pharmatrace.epcis.jsonld.JsonLimits;
import dev.pharmatrace.epcis.jsonld.internal.JsonLimitErrors;
import dev.pharmatrace.epcis.jsonld.internal.schema.LocatedNodes.LArray;
import dev.pharmatrace.epcis.jsonld.internal.schema.LocatedNodes.LBigInteger;
import dev.pharmatrace.epcis.jsonld.internal.schema.LocatedNodes.LBoolean;
import dev.pharmatrace.epcis.jsonld.internal.schema.LocatedNodes.LDecimal;
import dev.pharmatrace.epcis.jsonld.internal.schema.LocatedNodes.LDouble;
import dev.pharmatrace.epcis.jsonld.internal.schema.LocatedNodes.LInt;
import dev.pharmatrace.epcis.jsonld.internal.schema.LocatedNodes.LLong;
import dev.pharmatrace.epcis.jsonld.internal.schema.LocatedNodes.LNull;
import dev.pharmatrace.epcis.jsonld.internal.schema.LocatedNodes.LObject;
import dev.pharmatrace.epcis.jsonld.internal.schema.LocatedNodes.LString;
import dev.pharmatrace.epcis.jsonld.internal.schema.LocatedNodes.Position;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads one JSON document into a Jackson tree of {@link LocatedNodes} (every value and member name keeps its line
 * and column), with hard limits: document size in bytes, nesting depth, string, number and member-name length.
 * Numbers become the node types Jackson's default tree reader produces (int, long, big integer, double), so
 * validators see the same tree. A streaming read ({@link #read(InputStream, EventListHandler)}) hands the items of
 * the event lists over one at a time instead of keeping them, and bounds the part held in memory.
 *
 * <p>Duplicate member names are detected here rather than with Jackson's {@code STRICT_DUPLICATE_DETECTION}, which
 * would abort parsing at the first one: every duplicate is reported ({@link Result#duplicates()}) and, as with
 * Jackson's default tree reader, the last value wins, so the rest of the document can still be validated.
 *
 * <p>Input is UTF-8 (RFC 8259 requires it for exchanged JSON; a byte order mark is skipped), decoded strictly:
 * malformed bytes are a syntax error, never replaced. Columns count characters, as editors do.
 *
 * <p>Immutable and thread-safe; {@link #read} may be called concurrently.
 */
public final class LocatedTreeReader {
  private final JsonLimits limits;
  private final long maxPartChars;
  private final JsonFactory factory;

  /**
   * A reader with these limits ({@link JsonLimits#maxEvents()} does not apply: the size limit bounds the tree).
   *
   * @param limits the limits
   * @param maxPartChars the largest part held in memory by a streaming read (an event list item, or the rest of
   *     the document), in characters
   */
  public LocatedTreeReader(JsonLimits limits, long maxPartChars) {
    this.limits = limits;
    this.maxPartChars = maxPartChars;
    this.factory = JsonFactory.builder().streamReadConstraints(JsonLimitErrors.constraints(limits)).build();
  }

  /**
   * A repeated member name.
   *
   * @param name the member name
   * @param pointer the JSON pointer of the member
   * @param line the line of the repeated name
   * @param column the column of the repeated name
   */
  public record Duplicate(String name, String pointer, long line, long column) {}

  /**
   * A parsed document.
   *
   * @param root the root node, every node {@link LocatedNodes.Located}
   * @param duplicates the repeated member names, in document order (the last value was kept), at most
   *     {@link #MAX_DUPLICATES}
   * @param duplicatesOmitted how many more repeated member names there were
   */
  public record Result(JsonNode root, List<Duplicate> duplicates, long duplicatesOmitted) {}

  /** The most duplicates listed; more are only counted (hostile input could repeat a name millions of times). */
  public static final int MAX_DUPLICATES = 10_000;

  /**
   * Receives the items of the event lists that a streaming {@link #read(InputStream, EventListHandler) read}
   * leaves out of the tree, one at a time, in document order.
   */
  @FunctionalInterface
  public interface EventListHandler {
    /**
     * One item of an event list.
     *
     * @param list the (empty) list node in the tree
     * @param index the item's index in the list
     * @param item the item, every node {@link LocatedNodes.Located}; not referenced by the tree
     * @param chars the item's length in the document, in characters
     */
    void item(LocatedNodes.LEventList list, int index, JsonNode item, long chars);
  }

  /**
   * Reads a document into one tree. The stream is read to the end of the document (and the whitespace after it)
   * and not closed.
   *
   * @param in the document, in UTF-8
   * @return the tree and the duplicate member names
   * @throws JsonInputProblem if the input is not one well-formed JSON value within the limits, or cannot be read
   */
  public Result read(InputStream in) throws JsonInputProblem {
    return read(in, null);
  }

  /**
   * Reads a document, handing the items of its event lists ({@link LocatedNodes.EventListKind}) to
   * {@code handler} one at a time instead of keeping them: the tree holds everything else, with an empty
   * {@link LocatedNodes.LEventList} in place of each event list. Memory is bounded by the largest item and the
   * rest of the document, each limited to {@code maxPartChars} characters.
   *
   * @param in the document, in UTF-8
   * @param handler receives the event list items; null to keep them in the tree (as {@link #read(InputStream)})
   * @return the tree and the duplicate member names (of the whole document, items included)
   * @throws JsonInputProblem if the input is not one well-formed JSON value within the limits, or cannot be read
   */
  public Result read(InputStream in, EventListHandler handler) throws JsonInputProblem {
    CountingInput counted = new CountingInput(in, limits.maxDocumentBytes());
    JsonParser parser = null;
    try {
      parser = factory.createParser(ObjectReadContext.empty(), utf8(counted));
      Reading reading = new Reading(parser, handler);
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new JsonInputProblem("JSON-SYNTAX", "the document is empty: expected a JSON object", 1, 1, null);
      }
      JsonNode root = reading.value(first, 0);
      JsonToken after = parser.nextToken();
      if (after != null) {
        TokenStreamLocation at = parser.currentTokenLocation();
        throw new JsonInputProblem("JSON-SYNTAX",
            "unexpected content after the end of the JSON document (" + describe(after)
                + "): a document is exactly one JSON value", at.getLineNr(), at.getColumnNr(), null);
      }
      return new Result(root, List.copyOf(reading.duplicates), reading.omitted);
    } catch (IOException e) {
      throw new JsonInputProblem("IO", "cannot read the document (" + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", 0, 0, null);
    } catch (JacksonException e) {
      throw translate(e, parser, counted);
    } finally {
      if (parser != null) {
        try {
          parser.close();
        } catch (JacksonException ignored) {
          // closing a parser over a stream we do not own; nothing to report
        }
      }
    }
  }

  /** A strict UTF-8 reader over the input, after an optional byte order mark. */
  private static Reader utf8(InputStream in) throws IOException {
    PushbackInputStream pushback = new PushbackInputStream(in, 3);
    byte[] head = new byte[3];
    int n = 0;
    while (n < 3) {
      int r = pushback.read(head, n, 3 - n);
      if (r < 0) {
        break;
      }
      n += r;
    }
    boolean bom = n == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
    if (!bom && n > 0) {
      pushback.unread(head, 0, n);
    }
    return new StrictUtf8Reader(pushback);
  }

  /**
   * Decodes UTF-8 strictly and, unlike an {@code InputStreamReader}, delivers every character before a malformed
   * byte before it reports the error: the parser then stands at the bad byte, so the finding has its line and column.
   */
  private static final class StrictUtf8Reader extends Reader {
    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 13).flip();
    private CharacterCodingException pending;
    private boolean eof;

    StrictUtf8Reader(InputStream in) {
      this.in = in;
    }

    @Override
    public int read(char[] buffer, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      CharBuffer out = CharBuffer.wrap(buffer, off, len);
      while (true) {
        if (pending != null) {
          throw pending;
        }
        CoderResult result = decoder.decode(bytes, out, eof);
        if (result.isError()) {
          pending = new MalformedInputException(result.length());
        }
        if (out.position() > off) {
          return out.position() - off;
        }
        if (pending == null && eof) {
          return -1;
        }
        if (pending == null) {
          bytes.compact();
          int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
          if (n < 0) {
            eof = true;
          } else {
            bytes.position(bytes.position() + n);
          }
          bytes.flip();
        }
      }
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  /** One read: the parser, the duplicates found, and the characters left out of the tree so far. */
  private final class Reading {
    private final JsonParser p;
    private final EventListHandler handler;
    private final List<Duplicate> duplicates = new ArrayList<>();
    private long omitted;
    /** Characters of event list items handed to the handler (not in the tree). */
    private long handedOut;

    Reading(JsonParser p, EventListHandler handler) {
      this.p = p;
      this.handler = handler;
    }

    /**
     * Reads the value starting at token {@code t}: the document (from offset 0) or an event list item (from
     * {@code start}, its first character).
     */
    JsonNode value(JsonToken t, long start) throws JsonInputProblem {
      Deque<JsonNode> open = new ArrayDeque<>();
      boolean item = start > 0;
      String name = null;
      int nameLine = 0;
      int nameColumn = 0;
      JsonNode root = null;
      while (true) {
        if (t == JsonToken.PROPERTY_NAME) {
          name = p.currentName();
          TokenStreamLocation at = p.currentTokenLocation();
          nameLine = at.getLineNr();
          nameColumn = at.getColumnNr();
        } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          if (handler != null) {
            checkPart(p.currentTokenLocation(), item, start);
          }
          open.pop();
          if (open.isEmpty()) {
            return root;
          }
        } else {
          TokenStreamLocation at = p.currentTokenLocation();
          if (handler != null) {
            checkPart(at, item, start);
          }
          Position pos = new Position(at.getLineNr(), at.getColumnNr(), nameLine, nameColumn);
          LocatedNodes.EventListKind list = t == JsonToken.START_ARRAY && handler != null && !item
              && "eventList".equals(name) ? eventListKind(p.streamReadContext()) : null;
          JsonNode node = list != null ? new LocatedNodes.LEventList(pos, list) : switch (t) {
            case START_OBJECT -> new LObject(pos);
            case START_ARRAY -> new LArray(pos);
            case VALUE_STRING -> new LString(p.getString(), pos);
            case VALUE_NUMBER_INT -> integer(p, pos);
            case VALUE_NUMBER_FLOAT -> floating(p, pos);
            case VALUE_TRUE -> new LBoolean(true, pos);
            case VALUE_FALSE -> new LBoolean(false, pos);
            case VALUE_NULL -> new LNull(pos);
            default -> throw new JsonInputProblem("JSON-SYNTAX", "unexpected JSON token " + t, at.getLineNr(),
                at.getColumnNr(), null);
          };
          JsonNode parent = open.peek();
          if (parent == null) {
            root = node;
          } else if (parent instanceof ObjectNode object) {
            if (object.has(name)) {
              if (duplicates.size() < MAX_DUPLICATES) {
                duplicates.add(new Duplicate(name, pointer(p), nameLine, nameColumn));
              } else {
                omitted++;
              }
            }
            object.set(name, node);
          } else {
            ((ArrayNode) parent).add(node);
          }
          if (list != null) {
            items((LocatedNodes.LEventList) node);
          } else if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
            open.push(node);
          } else if (parent == null) {
            return root;
          }
          nameLine = 0;
          nameColumn = 0;
        }
        t = next();
      }
    }

    /**
     * Reads the items of an event list up to its end, handing each to the handler. Everything between the list's
     * brackets (items, commas, white space) counts as handed out, not as part of the tree.
     */
    private void items(LocatedNodes.LEventList list) throws JsonInputProblem {
      int index = 0;
      long from = p.currentLocation().getCharOffset();
      for (JsonToken t = next(); t != JsonToken.END_ARRAY; t = next()) {
        long start = Math.max(1, p.currentTokenLocation().getCharOffset());
        JsonNode item = value(t, start);
        long end = p.currentLocation().getCharOffset();
        handedOut += end - from;
        from = end;
        handler.item(list, index++, item, end - start);
      }
      handedOut += p.currentTokenLocation().getCharOffset() - from;
    }

    private JsonToken next() throws JsonInputProblem {
      JsonToken t = p.nextToken();
      if (t == null) {
        TokenStreamLocation at = p.currentLocation();
        throw new JsonInputProblem("JSON-SYNTAX", "unexpected end of input: the JSON document is incomplete",
            at.getLineNr(), at.getColumnNr(), pointer(p));
      }
      return t;
    }

    /** Fails when the part being read (an item, or the document outside its items) passes the limit at {@code at}. */
    private void checkPart(TokenStreamLocation at, boolean item, long start) throws JsonInputProblem {
      long inTree = item ? at.getCharOffset() - start : at.getCharOffset() - handedOut;
      if (inTree <= maxPartChars) {
        return;
      }
      throw new JsonInputProblem("JSON-LIMIT-SIZE", (item ? "an event of the event list"
          : "the document outside its event list") + " is larger than the limit of " + maxPartChars
          + " characters: schema validation holds one event at a time, and the rest of the document, in memory;"
          + " split it or raise the limit with EpcisJsonSchemaValidator.withMaxPartChars(long)", at.getLineNr(),
          at.getColumnNr(), pointer(p));
    }
  }

  /**
   * The kind of event list an array just started is, from the parser's context, or null if the array is not at
   * one of the two event list places.
   */
  private static LocatedNodes.EventListKind eventListKind(TokenStreamContext array) {
    TokenStreamContext body = array.getParent();
    if (body == null || !body.inObject()) {
      return null;
    }
    TokenStreamContext up = body.getParent();
    if (isRootMember(up, "epcisBody")) {
      return LocatedNodes.EventListKind.DOCUMENT;
    }
    TokenStreamContext results = up;
    TokenStreamContext queryBody = results == null ? null : results.getParent();
    if (results != null && "resultsBody".equals(results.currentName()) && queryBody != null
        && "queryResults".equals(queryBody.currentName()) && isRootMember(queryBody.getParent(), "epcisBody")) {
      return LocatedNodes.EventListKind.QUERY;
    }
    return null;
  }

  /** Whether {@code ctx} is the document's top-level object, currently at member {@code name}. */
  private static boolean isRootMember(TokenStreamContext ctx, String name) {
    return ctx != null && ctx.inObject() && name.equals(ctx.currentName()) && ctx.getParent() != null
        && ctx.getParent().inRoot();
  }

  private static JsonNode integer(JsonParser p, Position pos) {
    return switch (p.getNumberType()) {
      case INT -> new LInt(p.getIntValue(), pos);
      case LONG -> new LLong(p.getLongValue(), pos);
      default -> new LBigInteger(p.getBigIntegerValue(), pos);
    };
  }

  private static JsonNode floating(JsonParser p, Position pos) throws JsonInputProblem {
    if (p.getNumberType() == JsonParser.NumberType.BIG_DECIMAL) {
      return new LDecimal(p.getDecimalValue(), pos);
    }
    double value = p.getDoubleValue();
    if (Double.isInfinite(value)) { // e.g. 1e999999: a validator would see "Infinity"
      throw new JsonInputProblem("JSON-NUMBER", "the number " + abbreviate(p.getString()) + " is out of range: "
          + "JSON numbers must be finite (at most about 1.8e308)", pos.line(), pos.column(), pointer(p));
    }
    return new LDouble(value, pos);
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }

  private JsonInputProblem translate(JacksonException e, JsonParser parser, CountingInput counted) {
    String where = pointer(parser);
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof SizeExceeded) {
        return sizeProblem(parser);
      }
    }
    TokenStreamLocation at = e.getLocation();
    long[] fallback = at == null ? position(parser) : null;
    long line = at == null ? fallback[0] : at.getLineNr();
    long column = at == null ? fallback[1] : at.getColumnNr();
    String original = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
    if (e instanceof StreamConstraintsException limit) {
      if (String.valueOf(limit.getOriginalMessage()).contains("getMaxDocumentLength")) {
        return sizeProblem(parser);
      }
      JsonLimitErrors.Problem p = JsonLimitErrors.of(limit, limits);
      return new JsonInputProblem(p.ruleId(), p.message(), line, column, where);
    }
    for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
      if (c instanceof CharacterCodingException) {
        return new JsonInputProblem("JSON-SYNTAX", "not valid UTF-8: JSON documents must be encoded in UTF-8"
            + " (RFC 8259)", position(parser)[0], position(parser)[1], where);
      }
      if (c instanceof IOException io) {
        return new JsonInputProblem("IO", "cannot read the document (" + io.getClass().getSimpleName()
            + (io.getMessage() == null ? "" : ": " + io.getMessage()) + ")", line, column, where);
      }
    }
    return new JsonInputProblem("JSON-SYNTAX", "not well-formed JSON: " + firstLine(original), line, column, where);
  }

  private static String pointer(JsonParser parser) {
    if (parser == null) {
      return null;
    }
    try {
      TokenStreamContext ctx = parser.streamReadContext();
      return ctx == null ? null : shorten(ctx.pathAsPointer().toString());
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The longest pointer reported as it is: a hostile document may nest thousands of levels. */
  static final int MAX_POINTER = 200;

  /** A pointer cut after {@link #MAX_POINTER} characters, at a segment boundary, marked with {@code /...}. */
  static String shorten(String pointer) {
    if (pointer.length() <= MAX_POINTER) {
      return pointer;
    }
    int cut = pointer.lastIndexOf('/', MAX_POINTER);
    return pointer.substring(0, cut) + "/...";
  }

  private static long[] position(JsonParser parser) {
    if (parser != null) {
      try {
        TokenStreamLocation at = parser.currentLocation();
        return new long[] {at.getLineNr(), at.getColumnNr()};
      } catch (RuntimeException ignored) {
        // position is best effort
      }
    }
    return new long[] {0, 0};
  }

  private JsonInputProblem sizeProblem(JsonParser parser) {
    long[] at = position(parser);
    return sizeProblem(limits.maxDocumentBytes(), at[0], at[1]);
  }

  /**
   * The finding for a document larger than the size limit.
   *
   * @param maxDocumentBytes the limit
   * @param line the line where reading stopped, 0 when unknown
   * @param column the column, 0 when unknown
   * @return the problem, rule {@code JSON-LIMIT-SIZE}
   */
  public static JsonInputProblem sizeProblem(long maxDocumentBytes, long line, long column) {
    JsonLimitErrors.Problem p = JsonLimitErrors.size(maxDocumentBytes);
    return new JsonInputProblem(p.ruleId(), p.message(), line, column, null);
  }

  private static String firstLine(String message) {
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  private static String describe(JsonToken t) {
    return switch (t) {
      case START_OBJECT -> "another object";
      case START_ARRAY -> "an array";
      default -> "another value";
    };
  }

  /** Thrown by {@link CountingInput} when the document grows past the size limit. */
  private static final class SizeExceeded extends IOException {
    private static final long serialVersionUID = 1L;

    SizeExceeded() {
      super("document size limit exceeded", null);
    }
  }

  /** Counts the bytes read and stops at the size limit; never closes the wrapped stream. */
  private static final class CountingInput extends FilterInputStream {
    private final long max;
    private long count;

    CountingInput(InputStream in, long max) {
      super(in);
      this.max = max;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        add(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        add(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long s = super.skip(n);
      add(s);
      return s;
    }

    private void add(long n) throws SizeExceeded {
      count += n;
      if (count > max) {
        throw new SizeExceeded();
      }
    }

    @Override
    public void close() {
      // the caller owns the stream
    }
  }
}
