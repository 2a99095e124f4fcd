package dev.pharmatrace.epcis.jsonld;

import dev.pharmatrace.epcis.jsonld.internal.ld.BundledContexts;
import dev.pharmatrace.epcis.jsonld.internal.ld.CachingContextLoader;
import dev.pharmatrace.epcis.jsonld.internal.ld.ChainContextLoader;
import dev.pharmatrace.epcis.jsonld.internal.ld.HttpContextLoader;
import dev.pharmatrace.epcis.jsonld.internal.ld.MapContextLoader;
import dev.pharmatrace.epcis.model.report.EpcisException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The usual {@link ContextLoader}s. Only {@link #http()} / {@link #http(HttpContextLoaderOptions)} ever use the
 * network; everything else is served from memory.
 *
 * <pre>{@code
 * // offline (the default of JsonLdProcessing): EPCIS 2.0 + our DSCSA context
 * ContextLoader offline = ContextLoaders.bundled();
 * // plus a partner's extension context from a file
 * ContextLoader withPartner = ContextLoaders.chain(ContextLoaders.bundled(),
 *     ContextLoaders.fromMap(Map.of("https://partner.example/ctx.jsonld", Path.of("ctx.jsonld"))));
 * // last resort: download what is still missing over HTTPS, once per URL
 * ContextLoader online = ContextLoaders.chain(withPartner, ContextLoaders.cached(ContextLoaders.http()));
 * }</pre>
 */
public final class ContextLoaders {
  /** URL of our DSCSA extension context (prefixes {@code gs1ushc}, {@code cbvmdaxml}, {@code sbdh}). */
  public static final String DSCSA_CONTEXT = "https://pharmatrace.dev/ns/epcis/dscsa-context.jsonld";

  /** Default number of documents {@link #cached(ContextLoader)} keeps. */
  public static final int DEFAULT_CACHE_SIZE = 64;

  private ContextLoaders() {}

  /**
   * The contexts shipped in this jar, offline: our EPCIS 2.0 context for {@link JsonLdContexts#EPCIS_2_0_0} and
   * {@link JsonLdContexts#EPCIS_UNVERSIONED} (equivalent to the ratified 2.0.0 context), the same with {@code
   * quantity} typed {@code xsd:decimal} for {@link JsonLdContexts#EPCIS_GITHUB} (the one difference of that
   * development copy), and our DSCSA extension context for {@link #DSCSA_CONTEXT}. Any other URL is not served.
   *
   * @return the shared, immutable loader
   */
  public static ContextLoader bundled() {
    return BundledContexts.INSTANCE;
  }

  /**
   * The URLs {@link #bundled()} serves.
   *
   * @return the URLs
   */
  public static Set<String> bundledUrls() {
    return BundledContexts.INSTANCE.contexts().keySet();
  }

  /**
   * Contexts supplied by the caller, keyed by the URL documents name them by. Every entry is read and parsed now,
   * so a broken one is reported here rather than in the middle of processing.
   *
   * @param contexts URL to content: a {@code byte[]} (JSON, any Unicode encoding), a {@link java.nio.file.Path} (a
   *     JSON file), a {@code String} (JSON text) or a {@code jakarta.json.JsonStructure}; each a context document,
   *     i.e. a JSON object with an {@code @context} member
   * @return an immutable loader serving exactly these URLs
   * @throws IllegalArgumentException if a URL is not absolute or a value of another type
   * @throws EpcisException if a content is not a context document ({@code JSONLD-CONTEXT-INVALID}) or a file
   *     cannot be read ({@code JSONLD-CONTEXT-UNAVAILABLE})
   */
  public static ContextLoader fromMap(Map<String, ?> contexts) {
    return new MapContextLoader(contexts);
  }

  /**
   * Downloads contexts over HTTPS with the default settings ({@link HttpContextLoaderOptions#defaults()}). Only
   * this loader opens network connections, and only when a document names a context no earlier loader serves;
   * wrap it in {@link #cached(ContextLoader)} so that each URL is fetched once.
   *
   * @return a new downloading loader
   */
  public static ContextLoader http() {
    return http(HttpContextLoaderOptions.defaults());
  }

  /**
   * Downloads contexts with the given settings (timeouts, size limit, allowed hosts, own {@code HttpClient}).
   *
   * @param options the settings
   * @return a new downloading loader
   */
  public static ContextLoader http(HttpContextLoaderOptions options) {
    return new HttpContextLoader(Objects.requireNonNull(options, "options"));
  }

  /**
   * Asks {@code loaders} in order; the first that serves a URL answers. An error of a loader (e.g. a failed
   * download) is reported, not skipped.
   *
   * @param loaders the loaders, at least one
   * @return the chain
   */
  public static ContextLoader chain(ContextLoader... loaders) {
    return chain(Arrays.asList(loaders));
  }

  /**
   * Asks {@code loaders} in order; see {@link #chain(ContextLoader...)}.
   *
   * @param loaders the loaders, at least one
   * @return the chain
   */
  public static ContextLoader chain(List<ContextLoader> loaders) {
    if (loaders.isEmpty()) {
      throw new IllegalArgumentException("a chain needs at least one loader");
    }
    loaders.forEach(l -> Objects.requireNonNull(l, "loader"));
    return new ChainContextLoader(loaders);
  }

  /**
   * Keeps the last {@link #DEFAULT_CACHE_SIZE} documents {@code delegate} delivered.
   *
   * @param delegate the loader to cache
   * @return the caching loader
   */
  public static ContextLoader cached(ContextLoader delegate) {
    return cached(delegate, DEFAULT_CACHE_SIZE);
  }

  /**
   * Keeps the last {@code maxEntries} documents {@code delegate} delivered (least recently used evicted first).
   * Thread-safe; concurrent requests for one URL cause one load. Only successful loads are kept.
   *
   * @param delegate the loader to cache
   * @param maxEntries at least 1
   * @return the caching loader
   */
  public static ContextLoader cached(ContextLoader delegate, int maxEntries) {
    return new CachingContextLoader(delegate, maxEntries);
  }
}
