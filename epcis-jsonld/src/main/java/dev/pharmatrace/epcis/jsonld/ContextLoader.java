package dev.pharmatrace.epcis.jsonld;

import dev.pharmatrace.epcis.jsonld.internal.ld.LdErrors;
import dev.pharmatrace.epcis.model.report.EpcisException;
import jakarta.json.JsonStructure;
import java.net.URI;
import java.util.Optional;

/**
 * Supplies JSON-LD context documents by URL, so that a JSON-LD processor never has to fetch them itself.
 *
 * <p>Every JSON-LD operation of this library ({@link JsonLdProcessing}, {@link RdfExporter}) resolves the remote
 * contexts a document names ({@code "@context": "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"})
 * through a {@code ContextLoader} and through nothing else. The factories in {@link ContextLoaders} build the usual
 * ones: {@link ContextLoaders#bundled() bundled} (offline, the default), {@link ContextLoaders#fromMap(java.util.Map)
 * user-supplied}, {@link ContextLoaders#http() HTTPS} (network access only when explicitly chosen), and the
 * combinators {@link ContextLoaders#chain(ContextLoader...) chain} and {@link ContextLoaders#cached(ContextLoader)
 * cached}.
 *
 * <p>Implementations must be thread-safe. A loader answers {@link Optional#empty()} for a URL it does not serve
 * (so that a chain can ask the next one) and throws an {@link EpcisException} when it serves the URL but cannot
 * deliver it (network failure, size limit, content that is not JSON).
 */
@FunctionalInterface
public interface ContextLoader {

  /**
   * The context document published at {@code url}: a JSON object whose {@code @context} member holds the context.
   * The returned value is immutable and may be shared.
   *
   * @param url the absolute URL of the context, exactly as the document names it
   * @return the document, or empty if this loader does not serve {@code url}
   * @throws EpcisException if this loader serves {@code url} but cannot deliver it (rule {@code
   *     JSONLD-CONTEXT-UNAVAILABLE}, {@code JSONLD-CONTEXT-TOO-LARGE} or {@code JSONLD-CONTEXT-INVALID})
   */
  Optional<JsonStructure> find(URI url);

  /**
   * The context document published at {@code url}, or a clear error.
   *
   * @param url the absolute URL of the context
   * @return the document
   * @throws EpcisException with rule {@code JSONLD-CONTEXT-UNAVAILABLE} naming the URL and how to supply the
   *     context if this loader does not serve it, or any error of {@link #find(URI)}
   */
  default JsonStructure load(URI url) {
    return find(url).orElseThrow(() -> LdErrors.contextUnavailable(url, this, null));
  }

  /**
   * Where this loader looks, in a few words, for error messages (e.g. {@code "bundled EPCIS 2.0 contexts"}).
   *
   * @return a short description
   */
  default String description() {
    return getClass().getSimpleName();
  }
}
