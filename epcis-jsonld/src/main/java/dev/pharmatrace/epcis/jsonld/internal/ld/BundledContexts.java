package dev.pharmatrace.epcis.jsonld.internal.ld;

import dev.pharmatrace.epcis.jsonld.ContextLoader;
import dev.pharmatrace.epcis.jsonld.ContextLoaders;
import dev.pharmatrace.epcis.jsonld.JsonLdContexts;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The contexts shipped in the jar: our EPCIS 2.0 context (served for the ratified, the unversioned and, with the
 * one difference of that copy, the GitHub URL) and our DSCSA extension context. Parsed once, immutable.
 */
public final class BundledContexts implements ContextLoader {
  /** Class-path folder of the bundled contexts. */
  public static final String RESOURCE_FOLDER = "/dev/pharmatrace/epcis/jsonld/context/";
  /** Our EPCIS 2.0 context (equivalent to the ratified 2.0.0 context). */
  public static final String EPCIS_RESOURCE = RESOURCE_FOLDER + "epcis-context.jsonld";
  /** Our DSCSA extension context. */
  public static final String DSCSA_RESOURCE = RESOURCE_FOLDER + "dscsa-context.jsonld";

  /** The single instance. */
  public static final BundledContexts INSTANCE = new BundledContexts();

  private final Map<String, JsonStructure> byUrl;
  private final Set<String> epcisTerms;
  private final Set<String> epcisNamespaces;

  private BundledContexts() {
    JsonObject epcis = (JsonObject) read(EPCIS_RESOURCE);
    Map<String, JsonStructure> m = new LinkedHashMap<>();
    m.put(JsonLdContexts.EPCIS_2_0_0, epcis);
    m.put(JsonLdContexts.EPCIS_UNVERSIONED, epcis);
    m.put(JsonLdContexts.EPCIS_GITHUB, githubVariant(epcis));
    m.put(ContextLoaders.DSCSA_CONTEXT, read(DSCSA_RESOURCE));
    byUrl = Collections.unmodifiableMap(m);
    Set<String> terms = new LinkedHashSet<>();
    Set<String> namespaces = new LinkedHashSet<>();
    for (Map.Entry<String, JsonValue> e : epcis.getJsonObject("@context").entrySet()) {
      if (!e.getKey().startsWith("@")) {
        terms.add(e.getKey());
        if (e.getValue() instanceof JsonString s && !s.getString().startsWith("@")
            && ":/#".indexOf(s.getString().charAt(s.getString().length() - 1)) >= 0) {
          namespaces.add(s.getString());
        }
      }
    }
    epcisTerms = Collections.unmodifiableSet(terms);
    epcisNamespaces = Collections.unmodifiableSet(namespaces);
  }

  /** The top-level terms of the EPCIS context (which is protected: a document may not redefine them). */
  public Set<String> epcisTerms() {
    return epcisTerms;
  }

  /** The namespace IRIs of the EPCIS context's prefixes ({@code epcis}, {@code cbv}, {@code gs1}, ...). */
  public Set<String> epcisNamespaces() {
    return epcisNamespaces;
  }

  /**
   * The development copy at {@code https://gs1.github.io/EPCIS/epcis-context.jsonld} differs from the ratified
   * 2.0.0 context in one term only: {@code quantity} is typed {@code xsd:decimal} instead of {@code xsd:double}.
   * Documents naming that URL get that typing, as they would from the URL itself.
   */
  static JsonObject githubVariant(JsonObject epcis) {
    JsonObject ctx = epcis.getJsonObject("@context");
    JsonObject quantity = ctx.getJsonObject("quantity");
    JsonObject newQuantity = JsonTrees.PROVIDER.createObjectBuilder(quantity).add("@type", "xsd:decimal").build();
    JsonObject newCtx = JsonTrees.PROVIDER.createObjectBuilder(ctx).add("quantity", newQuantity).build();
    return JsonTrees.PROVIDER.createObjectBuilder(epcis).add("@context", newCtx).build();
  }

  private static JsonStructure read(String resource) {
    try (InputStream in = BundledContexts.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("bundled JSON-LD context missing from the class path: " + resource);
      }
      return JsonTrees.parse(in, resource);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The URLs served, in a stable order. */
  public Map<String, JsonStructure> contexts() {
    return byUrl;
  }

  @Override
  public Optional<JsonStructure> find(URI url) {
    return Optional.ofNullable(byUrl.get(url.toString()));
  }

  @Override
  public String description() {
    return "bundled contexts: EPCIS 2.0 (" + JsonLdContexts.EPCIS_2_0_0 + ", " + JsonLdContexts.EPCIS_UNVERSIONED
        + ", " + JsonLdContexts.EPCIS_GITHUB + ") and DSCSA (" + ContextLoaders.DSCSA_CONTEXT + ")";
  }
}
