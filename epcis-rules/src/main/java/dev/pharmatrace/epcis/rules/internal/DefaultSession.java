package dev.pharmatrace.epcis.rules.internal;

import dev.pharmatrace.epcis.model.Action;
import dev.pharmatrace.epcis.model.AggregationEvent;
import dev.pharmatrace.epcis.model.EpcisDocument;
import dev.pharmatrace.epcis.model.EpcisEvent;
import dev.pharmatrace.epcis.model.ObjectEvent;
import dev.pharmatrace.epcis.model.TransformationEvent;
import dev.pharmatrace.epcis.model.cbv.BizStep;
import dev.pharmatrace.epcis.model.report.SourceLocation;
import dev.pharmatrace.epcis.rules.Profile;
import dev.pharmatrace.epcis.rules.ValidationResult;
import dev.pharmatrace.epcis.rules.ValidationSession;

/** The validation of one document: per-event rules, the traceability index, the DSCSA rules. */
public final class DefaultSession implements ValidationSession {
  private final Reporter reporter;
  private final EventRules eventRules;
  private final Trace trace;
  private final DscsaRules dscsa;
  private long events;
  private boolean finished;

  /**
   * Starts a session; header rules run now.
   *
   * @param profile the rules
   * @param header the document without events
   * @param systemId the name findings give the input, or null
   */
  public DefaultSession(Profile profile, EpcisDocument header, String systemId) {
    this.reporter = new Reporter(profile, systemId);
    this.eventRules = new EventRules(reporter, header.creationDate());
    this.trace = new Trace(reporter);
    this.dscsa = DscsaRules.wanted(profile) ? new DscsaRules(reporter, header) : null;
  }

  @Override
  public void accept(EpcisEvent event, SourceLocation where) {
    if (finished) {
      throw new IllegalStateException("the session is finished");
    }
    long index = events++;
    SourceLocation base = where == null ? SourceLocation.of(reporter.file(), 0, 0)
        : where.file() == null ? where.withFile(reporter.file()) : where;
    Trace.At at = field -> base.withEvent(index, field);
    eventRules.check(event, at);
    long t = event.eventTime().toInstant().toEpochMilli();
    if (event.errorDeclaration().isPresent()) {
      // the event declares an earlier one erroneous: it does not change the state of the objects
    } else if (event instanceof ObjectEvent o) {
      if (o.action() == Action.ADD && o.bizStep().filter(BizStep.COMMISSIONING::equals).isPresent()) {
        trace.commission(o.epcList(), t, "epcList", at);
      } else if (o.bizStep().filter(BizStep.SHIPPING::equals).isPresent()) {
        trace.ship(o.epcList(), t, at);
      }
    } else if (event instanceof AggregationEvent a && a.parentId() != null && !a.parentId().isBlank()) {
      if (a.action() == Action.ADD) {
        trace.pack(a.parentId(), a.childEpcs(), t, at);
      } else if (a.action() == Action.DELETE) {
        trace.unpack(a.parentId(), a.childEpcs(), at);
      }
    } else if (event instanceof TransformationEvent x) {
      trace.commission(x.outputEpcList(), t, "outputEPCList", at);
    }
    if (dscsa != null) {
      dscsa.check(event, at);
    }
  }

  @Override
  public ValidationResult finish() {
    if (finished) {
      throw new IllegalStateException("the session is finished");
    }
    finished = true;
    if (dscsa != null) {
      dscsa.finish();
    }
    return new ValidationResult(reporter.finish(), trace, events);
  }
}
