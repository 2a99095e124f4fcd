package dev.pharmatrace.epcis.jsonld.internal.schema;

import com.networknt.schema.Error;
import com.networknt.schema.ValidationLimitExceededException;
import dev.pharmatrace.epcis.jsonld.internal.schema.LocatedNodes.LEventList;
import dev.pharmatrace.epcis.model.report.Finding;
import dev.pharmatrace.epcis.model.report.SourceLocation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import tools.jackson.databind.JsonNode;

/**
 * Validates the items of event lists as the streaming reader hands them over, each against the schema's event
 * definition, and keeps their findings with their list, in document order: the first {@code keep} findings and
 * how many there were.
 *
 * <p>With an executor, events are validated on its threads and on the reading thread, in batches of
 * {@value #BATCH} (one task each, so that handing over costs little): at most {@value #WINDOW} events (and
 * {@value #WINDOW_CHARS} characters of them) are in flight; when the window is full the reading thread runs the
 * waiting batches itself until the oldest is done, and results are taken in document order, so the findings do not
 * depend on the number of threads. One instance serves one document, on one reading thread.
 *
 * <p>Each event is first offered to the {@link EventFastPath} on the reading thread: an event it finds certainly
 * valid has no findings and is neither validated by the engine nor handed over (unless the fast path is turned
 * off with the system property {@value EventFastPath#PROPERTY}).
 */
public final class StreamedEvents implements LocatedTreeReader.EventListHandler {
  /** Events validated by one task. */
  static final int BATCH = 16;
  /** The most events validated or waiting at once. */
  static final int WINDOW = 64;
  /** The most characters of events validated or waiting at once (beyond one event). */
  static final long WINDOW_CHARS = 1L << 20;

  private final BundledJsonSchema bundled;
  private final String systemId;
  private final int maxRawErrors;
  private final int keep;
  private final Executor executor;
  private final EventFastPath fastPath;
  private final ArrayDeque<Pending> pending = new ArrayDeque<>();
  private long pendingChars;
  private List<Item> batch = new ArrayList<>(BATCH);
  private long batchChars;

  /**
   * A validation of one document's events.
   *
   * @param bundled the schema
   * @param systemId the document's name in findings, may be null
   * @param maxRawErrors the most engine errors kept for one event; more are counted as dropped
   * @param keep how many findings to keep per event list (the rest are counted)
   * @param executor where events are validated besides the reading thread; null for the reading thread only
   */
  public StreamedEvents(BundledJsonSchema bundled, String systemId, int maxRawErrors, int keep, Executor executor) {
    this.bundled = bundled;
    this.systemId = systemId;
    this.maxRawErrors = maxRawErrors;
    this.keep = keep;
    this.executor = executor;
    this.fastPath = EventFastPath.enabledByProperty() ? bundled.fastPath() : null;
  }

  /** The findings of one event list's items. */
  public static final class EventFindings {
    private final List<Finding> first = new ArrayList<>();
    private long count;
    private long dropped;
    private Finding stopped;

    /**
     * The first findings, in document order.
     *
     * @return the findings kept
     */
    public List<Finding> first() {
      return first;
    }

    /**
     * How many findings there were in all.
     *
     * @return the count
     */
    public long count() {
      return count;
    }

    /**
     * How many engine errors were dropped without becoming findings (more than the raw limit in one event).
     *
     * @return the count
     */
    public long dropped() {
      return dropped;
    }

    /**
     * The finding that stopped validation (an engine evaluation limit), or null.
     *
     * @return the finding
     */
    public Finding stopped() {
      return stopped;
    }
  }

  /**
   * The findings collected for a list, empty if none of its items had any.
   *
   * @param list the list
   * @return its findings
   */
  public static EventFindings findingsOf(LEventList list) {
    return list.state() instanceof EventFindings f ? f : new EventFindings();
  }

  /** The result of one event: null when it is valid. */
  private record Result(List<Finding> findings, long dropped, Finding stopped) {}

  private record Item(LEventList list, int index, JsonNode event) {}

  private record Pending(List<Item> items, FutureTask<List<Result>> task, long chars) {}

  @Override
  public void item(LEventList list, int index, JsonNode item, long chars) {
    if (fastPath != null && fastPath.certainlyValid(item)) {
      return; // the engine would find nothing (EventFastPath is sound): no findings, nothing to hand over
    }
    if (executor == null) {
      add(list, validate(list, index, item));
      return;
    }
    batch.add(new Item(list, index, item));
    batchChars += chars;
    if (batch.size() == BATCH || batchChars > WINDOW_CHARS / 4) {
      submit();
    }
  }

  /** Hands the current batch to the executor, then takes results while the window is over full. */
  private void submit() {
    List<Item> items = batch;
    FutureTask<List<Result>> task = new FutureTask<>(() -> {
      List<Result> results = new ArrayList<>(items.size());
      for (Item i : items) {
        results.add(validate(i.list, i.index, i.event));
      }
      return results;
    });
    pending.add(new Pending(items, task, batchChars));
    pendingChars += batchChars;
    batch = new ArrayList<>(BATCH);
    batchChars = 0;
    try {
      executor.execute(task);
    } catch (RejectedExecutionException e) {
      task.run();
    }
    while ((pending.size() + 1) * BATCH > WINDOW || (pendingChars > WINDOW_CHARS && !pending.isEmpty())) {
      takeOldest();
    }
  }

  /** Waits for the events still in flight and takes their findings; call after the document was read. */
  public void finish() {
    if (!batch.isEmpty()) {
      submit();
    }
    while (!pending.isEmpty()) {
      takeOldest();
    }
  }

  /** Drops the events still in flight (after an input problem ended the reading). */
  public void cancel() {
    for (Pending p : pending) {
      p.task.cancel(false);
    }
    pending.clear();
    pendingChars = 0;
    batch.clear();
    batchChars = 0;
  }

  private void takeOldest() {
    Pending oldest = pending.peekFirst();
    for (Pending p : pending) {
      if (oldest.task.isDone()) {
        break;
      }
      p.task.run(); // returns at once if a worker has started (or finished) it
    }
    pending.removeFirst();
    pendingChars -= oldest.chars;
    List<Result> results = join(oldest.task);
    for (int i = 0; i < results.size(); i++) {
      add(oldest.items.get(i).list, results.get(i));
    }
  }

  private static List<Result> join(FutureTask<List<Result>> task) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return task.get();
        } catch (InterruptedException e) {
          interrupted = true; // the validation is short and must finish for the findings to be complete
        } catch (ExecutionException e) {
          if (e.getCause() instanceof RuntimeException r) {
            throw r;
          }
          if (e.getCause() instanceof java.lang.Error err) {
            throw err;
          }
          throw new IllegalStateException(e.getCause());
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void add(LEventList list, Result result) {
    if (result == null) {
      return;
    }
    EventFindings found = list.state() instanceof EventFindings f ? f : null;
    if (found == null) {
      found = new EventFindings();
      list.state(found);
    }
    if (found.stopped != null) {
      return;
    }
    if (result.stopped != null) {
      found.stopped = result.stopped;
      return;
    }
    found.count += result.findings.size();
    found.dropped += result.dropped;
    for (int i = 0; i < result.findings.size() && found.first.size() < keep; i++) {
      found.first.add(result.findings.get(i));
    }
  }

  /** Validates one event; thread-safe (the schema is, and the event belongs to this call). */
  private Result validate(LEventList list, int index, JsonNode item) {
    CappedErrors capped = new CappedErrors(maxRawErrors);
    List<Error> errors;
    try {
      errors = bundled.eventSchema().validate(item, ctx -> ctx.setErrors(capped));
    } catch (ValidationLimitExceededException e) {
      return new Result(List.of(), 0, evaluationLimit(e, systemId));
    }
    if (errors.isEmpty()) {
      return null;
    }
    List<Object> at = new ArrayList<>(SchemaFindings.elements(list.kind().pointer()));
    at.add(index);
    List<Finding> findings = new SchemaFindings(bundled.schemaNode(), item, at, bundled.eventPath(list.kind()),
        systemId).translate(errors);
    findings.sort(SchemaFindings.BY_POSITION);
    return new Result(findings, capped.dropped(), null);
  }

  /**
   * The finding for a document whose validation passed an evaluation limit of the engine.
   *
   * @param e the engine's exception
   * @param systemId the document's name, may be null
   * @return the finding, rule {@code JSON-LIMIT-EVALUATION}
   */
  public static Finding evaluationLimit(ValidationLimitExceededException e, String systemId) {
    return Finding.error("JSON-LIMIT-EVALUATION", "schema validation stopped: the document needs more "
        + "evaluation than allowed (" + e.getLimitKind() + " limit " + e.getLimit() + ")",
        SourceLocation.ofPointer(systemId, "", 0, 0));
  }
}
