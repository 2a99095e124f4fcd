package dev.pharmatrace.epcis.jsonld.internal.ld;

import dev.pharmatrace.epcis.jsonld.ContextLoader;
import jakarta.json.JsonStructure;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A bounded least-recently-used cache in front of a loader. Concurrent requests for the same URL wait for one load
 * (the delegate is asked once per URL while it stays cached). Only successful loads are cached: a URL the delegate
 * does not serve, or a failure, is asked again next time.
 */
public final class CachingContextLoader implements ContextLoader {
  private final ContextLoader delegate;
  private final int maxEntries;
  private final LinkedHashMap<String, JsonStructure> lru;
  private final Map<String, CompletableFuture<Optional<JsonStructure>>> inFlight = new HashMap<>();

  /** A cache of at most {@code maxEntries} (at least 1) documents in front of {@code delegate}. */
  public CachingContextLoader(ContextLoader delegate, int maxEntries) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    if (maxEntries < 1) {
      throw new IllegalArgumentException("maxEntries must be at least 1, was " + maxEntries);
    }
    this.maxEntries = maxEntries;
    this.lru = new LinkedHashMap<>(16, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, JsonStructure> eldest) {
        return size() > CachingContextLoader.this.maxEntries;
      }
    };
  }

  @Override
  public Optional<JsonStructure> find(URI url) {
    String key = url.toString();
    CompletableFuture<Optional<JsonStructure>> pending;
    boolean owner = false;
    synchronized (this) {
      JsonStructure cached = lru.get(key);
      if (cached != null) {
        return Optional.of(cached);
      }
      pending = inFlight.get(key);
      if (pending == null) {
        pending = new CompletableFuture<>();
        inFlight.put(key, pending);
        owner = true;
      }
    }
    if (!owner) {
      try {
        return pending.join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof RuntimeException re) {
          throw re;
        }
        throw e;
      }
    }
    try {
      Optional<JsonStructure> found = delegate.find(url);
      synchronized (this) {
        found.ifPresent(doc -> lru.put(key, doc));
        inFlight.remove(key);
      }
      pending.complete(found);
      return found;
    } catch (RuntimeException | Error e) {
      synchronized (this) {
        inFlight.remove(key);
      }
      pending.completeExceptionally(e);
      throw e;
    }
  }

  /** The number of cached documents. */
  public synchronized int size() {
    return lru.size();
  }

  @Override
  public String description() {
    return "cache of " + delegate.description();
  }
}
