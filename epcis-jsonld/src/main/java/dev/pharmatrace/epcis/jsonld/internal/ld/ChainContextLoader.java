package dev.pharmatrace.epcis.jsonld.internal.ld;

import dev.pharmatrace.epcis.jsonld.ContextLoader;
import jakarta.json.JsonStructure;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Asks each loader in turn; the first that serves the URL answers. An error of a loader is not skipped. */
public final class ChainContextLoader implements ContextLoader {
  private final List<ContextLoader> loaders;

  /** A chain of {@code loaders} (none null), asked in this order. */
  public ChainContextLoader(List<ContextLoader> loaders) {
    this.loaders = List.copyOf(loaders);
  }

  @Override
  public Optional<JsonStructure> find(URI url) {
    for (ContextLoader l : loaders) {
      Optional<JsonStructure> found = l.find(url);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  @Override
  public String description() {
    return loaders.stream().map(ContextLoader::description).collect(Collectors.joining("; then ", "", ""));
  }
}
