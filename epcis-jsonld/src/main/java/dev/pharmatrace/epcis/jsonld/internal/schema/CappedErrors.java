package dev.pharmatrace.epcis.jsonld.internal.schema;

import com.networknt.schema.Error;
import java.util.ArrayList;
import java.util.Collection;

/** The engine's error list, keeping the first {@code max} errors and counting the rest. */
public final class CappedErrors extends ArrayList<Error> {
  private static final long serialVersionUID = 1L;
  private final int max;
  private long dropped;

  /**
   * An empty list.
   *
   * @param max the most errors kept
   */
  public CappedErrors(int max) {
    this.max = max;
  }

  @Override
  public boolean add(Error e) {
    if (size() < max) {
      return super.add(e);
    }
    dropped++;
    return true;
  }

  @Override
  public boolean addAll(Collection<? extends Error> c) {
    for (Error e : c) {
      add(e);
    }
    return !c.isEmpty();
  }

  /**
   * How many errors were not kept.
   *
   * @return the count
   */
  public long dropped() {
    return dropped;
  }
}
