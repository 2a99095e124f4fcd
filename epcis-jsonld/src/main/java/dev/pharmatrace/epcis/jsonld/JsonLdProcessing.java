package dev.pharmatrace.epcis.jsonld;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.http.media.MediaType;
import dev.pharmatrace.epcis.jsonld.internal.ld.BundledContexts;
import dev.pharmatrace.epcis.jsonld.internal.ld.JsonTrees;
import dev.pharmatrace.epcis.jsonld.internal.ld.LdErrors;
import dev.pharmatrace.epcis.jsonld.internal.ld.Normalizer;
import dev.pharmatrace.epcis.jsonld.internal.ld.TitaniumLoader;
import dev.pharmatrace.epcis.model.report.EpcisException;
import dev.pharmatrace.epcis.model.report.Finding;
import dev.pharmatrace.epcis.model.report.SourceLocation;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * JSON-LD processing of EPCIS documents with Titanium JSON-LD: expansion, compaction and normalisation to the
 * standard compact form. Immutable and thread-safe; build it once and share it.
 *
 * <p>Remote contexts are resolved only through the configured {@link ContextLoader}; the default, {@link
 * ContextLoaders#bundled()}, serves the EPCIS 2.0 context and our DSCSA extension context from the jar and never
 * touches the network:
 *
 * <pre>{@code
 * JsonLdProcessing ld = JsonLdProcessing.offline();
 * JsonArray expanded = ld.expand(in, "shipment.jsonld");
 * JsonObject normal = ld.normalize(in2, "partner.jsonld");
 * }</pre>
 *
 * <p>Every error is an {@link EpcisException} with one {@link dev.pharmatrace.epcis.model.report.Finding}: rule
 * {@code JSONLD-SYNTAX} (not JSON; with line and column), {@code JSONLD-CONTEXT-UNAVAILABLE} (a context the loader
 * does not serve or cannot fetch; the message names the URL and how to supply it), {@code JSONLD-CONTEXT-INVALID},
 * {@code JSONLD-CONTEXT-TOO-LARGE}, {@code JSONLD-PROTECTED-TERM} (the document redefines an EPCIS term), {@code
 * JSONLD-UNDEFINED-TERM} (only with {@link Builder#failOnUndefinedTerms(boolean)}), {@code JSONLD-INVALID} (any
 * other JSON-LD error; the message names the JSON-LD error code) or {@code JSONLD-IO}. The location names the file
 * (the {@code sourceName} given).
 */
public final class JsonLdProcessing {
  private final ContextLoader loader;
  private final String standardContext;
  private final URI base;
  private final boolean failOnUndefinedTerms;

  private JsonLdProcessing(Builder b) {
    this.loader = b.loader;
    this.standardContext = b.standardContext;
    this.base = b.base;
    this.failOnUndefinedTerms = b.failOnUndefinedTerms;
  }

  /**
   * Processing with the bundled contexts only: no network access.
   *
   * @return an instance using {@link ContextLoaders#bundled()}
   */
  public static JsonLdProcessing offline() {
    return builder().build();
  }

  /**
   * Processing that resolves contexts with {@code loader}, other settings default.
   *
   * @param loader the context loader
   * @return a new instance
   */
  public static JsonLdProcessing withLoader(ContextLoader loader) {
    return builder().loader(loader).build();
  }

  /**
   * A builder with the defaults: bundled contexts, {@link JsonLdContexts#EPCIS_2_0_0} as standard context, no base
   * IRI, undefined terms dropped (as JSON-LD specifies).
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this instance's settings.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.loader = loader;
    b.standardContext = standardContext;
    b.base = base;
    b.failOnUndefinedTerms = failOnUndefinedTerms;
    return b;
  }

  /**
   * The context loader.
   *
   * @return the loader every remote context is resolved with
   */
  public ContextLoader loader() {
    return loader;
  }

  /**
   * The context URL normalisation compacts against when a document names no EPCIS context.
   *
   * @return the URL
   */
  public String standardContext() {
    return standardContext;
  }

  // ---------------------------------------------------------------------------------------------------- parsing

  /**
   * Parses a JSON document (a JSON object or array; UTF-8, UTF-16 or UTF-32, with or without byte order mark).
   * The stream is read to its end and closed.
   *
   * @param json the document
   * @param sourceName the file name or other system id for error locations, or null
   * @return the document as a Jakarta JSON structure
   * @throws EpcisException {@code JSONLD-SYNTAX} with line and column, or {@code JSONLD-IO}
   */
  public static JsonStructure parse(InputStream json, String sourceName) {
    Objects.requireNonNull(json, "json");
    return JsonTrees.parse(json, sourceName);
  }

  // -------------------------------------------------------------------------------------------------- expansion

  /**
   * Expands a JSON-LD document read from a stream (closed afterwards).
   *
   * @param json the document
   * @param sourceName the file name or other system id for error locations, or null
   * @return the expanded form: an array of node objects with full IRIs
   * @throws EpcisException if the input is not JSON or not valid JSON-LD, or a context is not available
   */
  public JsonArray expand(InputStream json, String sourceName) {
    return expand(parse(json, sourceName), sourceName);
  }

  /**
   * Expands a JSON-LD document read from a stream (closed afterwards); errors carry no file name.
   *
   * @param json the document
   * @return the expanded form
   * @throws EpcisException if the input is not JSON or not valid JSON-LD, or a context is not available
   */
  public JsonArray expand(InputStream json) {
    return expand(json, null);
  }

  /**
   * Expands a JSON-LD file.
   *
   * @param file the file
   * @return the expanded form
   * @throws EpcisException if the file cannot be read ({@code JSONLD-IO}), is not JSON, not valid JSON-LD, or a
   *     context is not available
   */
  public JsonArray expand(Path file) {
    return expand(read(file), file.toString());
  }

  /**
   * Expands a JSON-LD document given as a Jakarta JSON structure.
   *
   * @param document the document
   * @return the expanded form
   * @throws EpcisException if the document is not valid JSON-LD or a context is not available
   */
  public JsonArray expand(JsonStructure document) {
    return expand(document, null);
  }

  /**
   * Expands a JSON-LD document given as a Jakarta JSON structure.
   *
   * @param document the document
   * @param sourceName the file name or other system id for error locations, or null
   * @return the expanded form
   * @throws EpcisException if the document is not valid JSON-LD or a context is not available
   */
  public JsonArray expand(JsonStructure document, String sourceName) {
    Objects.requireNonNull(document, "document");
    TitaniumLoader adapter = new TitaniumLoader(loader);
    try {
      return JsonLd.expand(JsonDocument.of(MediaType.JSON_LD, document)).options(options(adapter)).get();
    } catch (JsonLdError e) {
      throw LdErrors.fromJsonLd(e, "expansion", LdErrors.at(sourceName), adapter.failure());
    } catch (EpcisException e) {
      throw LdErrors.relocate(e, LdErrors.at(sourceName));
    } catch (RuntimeException e) {
      throw internal(e, "expansion", sourceName);
    }
  }

  /**
   * Expands a JSON-LD document given as a Jackson 3 tree.
   *
   * @param document the document (an object or array node)
   * @return the expanded form
   * @throws EpcisException if the document is not valid JSON-LD or a context is not available
   */
  public JsonArray expand(JsonNode document) {
    return expand(structure(document), null);
  }

  // ------------------------------------------------------------------------------------------------- compaction

  /**
   * Compacts a JSON-LD document (typically an expanded one) against a context.
   *
   * @param document the document, in expanded or any other form
   * @param context the context: a context document (an object with an {@code @context} member) or the value of
   *     {@code @context} itself (a term map, or an array of URLs and term maps)
   * @return the compacted document, with {@code @context} as given
   * @throws EpcisException if the document or context is not valid JSON-LD or a context is not available
   */
  public JsonObject compact(JsonStructure document, JsonStructure context) {
    Objects.requireNonNull(context, "context");
    JsonStructure ctxDoc = context instanceof JsonObject o && o.containsKey("@context")
        ? context
        : JsonTrees.PROVIDER.createObjectBuilder().add("@context", context).build();
    return compactWith(document, (JsonObject) ctxDoc, null);
  }

  /**
   * Compacts a JSON-LD document against the context published at {@code contextUrl} (resolved by the loader).
   *
   * @param document the document, in expanded or any other form
   * @param contextUrl the context URL, e.g. {@link JsonLdContexts#EPCIS_2_0_0}
   * @return the compacted document, with {@code "@context": contextUrl}
   * @throws EpcisException if the document is not valid JSON-LD or the context is not available
   */
  public JsonObject compact(JsonStructure document, String contextUrl) {
    Objects.requireNonNull(contextUrl, "contextUrl");
    return compactWith(document,
        JsonTrees.PROVIDER.createObjectBuilder().add("@context", contextUrl).build(), null);
  }

  private JsonObject compactWith(JsonStructure document, JsonObject contextDoc, String sourceName) {
    Objects.requireNonNull(document, "document");
    TitaniumLoader adapter = new TitaniumLoader(loader);
    try {
      return JsonLd.compact(JsonDocument.of(MediaType.JSON_LD, document),
          JsonDocument.of(MediaType.JSON_LD, contextDoc)).options(options(adapter)).get();
    } catch (JsonLdError e) {
      throw LdErrors.fromJsonLd(e, "compaction", LdErrors.at(sourceName), adapter.failure());
    } catch (EpcisException e) {
      throw LdErrors.relocate(e, LdErrors.at(sourceName));
    } catch (RuntimeException e) {
      throw internal(e, "compaction", sourceName);
    }
  }

  // ---------------------------------------------------------------------------------------------- normalisation

  /**
   * Brings a document into the standard EPCIS compact form: expands it, then compacts it against the EPCIS
   * context it names (else {@link #standardContext()}), its other remote contexts, and the prefixes of its inline
   * contexts, so that full IRIs, other prefixes or aliases of EPCIS terms become the standard terms ({@code
   * "https://ref.gs1.org/epcis/bizStep": {"@id": "https://ref.gs1.org/cbv/BizStep-shipping"}} becomes {@code
   * "bizStep": "shipping"}). Members the EPCIS JSON schema requires as arrays ({@code eventList}, {@code
   * sensorReport}, ...) stay arrays.
   *
   * <p>As with any JSON-LD processing, members whose terms the contexts do not define are dropped (see {@link
   * Builder#failOnUndefinedTerms(boolean)} to refuse them instead).
   *
   * @param json the document (the stream is closed afterwards)
   * @param sourceName the file name or other system id for error locations, or null
   * @return the normalised document
   * @throws EpcisException if the input is not JSON or not valid JSON-LD, or a context is not available
   */
  public JsonObject normalize(InputStream json, String sourceName) {
    return normalize(parse(json, sourceName), sourceName);
  }

  /**
   * Normalises a JSON-LD file; see {@link #normalize(InputStream, String)}.
   *
   * @param file the file
   * @return the normalised document
   * @throws EpcisException if the file cannot be read, is not JSON or not valid JSON-LD, or a context is not
   *     available
   */
  public JsonObject normalize(Path file) {
    return normalize(read(file), file.toString());
  }

  /**
   * Normalises a document given as a Jakarta JSON structure; see {@link #normalize(InputStream, String)}.
   *
   * @param document the document
   * @param sourceName the file name or other system id for error locations, or null
   * @return the normalised document
   * @throws EpcisException if the document is not valid JSON-LD or a context is not available
   */
  public JsonObject normalize(JsonStructure document, String sourceName) {
    JsonArray expanded = expand(document, sourceName);
    BundledContexts bundled = BundledContexts.INSTANCE;
    JsonValue context = Normalizer.compactionContext(document, standardContext, bundled.epcisTerms(),
        bundled.epcisNamespaces());
    JsonObject compacted =
        compactWith(expanded, JsonTrees.PROVIDER.createObjectBuilder().add("@context", context).build(), sourceName);
    return Normalizer.wrapArrays(compacted);
  }

  /**
   * Normalises a document given as a Jackson 3 tree; see {@link #normalize(InputStream, String)}.
   *
   * @param document the document
   * @return the normalised document as a Jackson tree
   * @throws EpcisException if the document is not valid JSON-LD or a context is not available
   */
  public JsonNode normalize(JsonNode document) {
    return JsonTrees.toJackson(normalize(structure(document), null));
  }

  // ------------------------------------------------------------------------------------------------ conversions

  /**
   * Compact JSON text of a value.
   *
   * @param value a Jakarta JSON value
   * @return the JSON text
   */
  public static String toJson(JsonValue value) {
    return JsonTrees.write(value, false);
  }

  /**
   * Pretty-printed JSON text of a value.
   *
   * @param value a Jakarta JSON value
   * @return the indented JSON text
   */
  public static String toPrettyJson(JsonValue value) {
    return JsonTrees.write(value, true);
  }

  /**
   * A Jakarta JSON value as a Jackson 3 tree.
   *
   * @param value the value
   * @return the same content as a Jackson tree
   */
  public static JsonNode toJackson(JsonValue value) {
    return JsonTrees.toJackson(value);
  }

  /**
   * A Jackson 3 tree as a Jakarta JSON value (integers and {@code BigDecimal}s keep their exact value).
   *
   * @param node the tree
   * @return the same content as a Jakarta value
   */
  public static JsonValue fromJackson(JsonNode node) {
    return JsonTrees.fromJackson(node);
  }

  // ---------------------------------------------------------------------------------------------------- helpers

  /** Titanium options for one operation: our loader only, never Titanium's default HTTP loader. */
  JsonLdOptions options(TitaniumLoader adapter) {
    JsonLdOptions o = new JsonLdOptions(adapter);
    if (base != null) {
      o.setBase(base);
    }
    o.setUndefinedTermsPolicy(
        failOnUndefinedTerms ? JsonLdOptions.ProcessingPolicy.Fail : JsonLdOptions.ProcessingPolicy.Ignore);
    return o;
  }

  static EpcisException internal(RuntimeException e, String operation, String sourceName) {
    return new EpcisException(Finding.error(LdErrors.INVALID,
        "JSON-LD " + operation + " failed: the JSON-LD processor rejected the document (" + e + ")",
        LdErrors.at(sourceName)), e);
  }

  static JsonStructure structure(JsonNode document) {
    Objects.requireNonNull(document, "document");
    if (!document.isObject() && !document.isArray()) {
      throw LdErrors.syntax("a JSON-LD document must be a JSON object or array, found " + document.getNodeType(),
          SourceLocation.UNKNOWN, null);
    }
    return (JsonStructure) JsonTrees.fromJackson(document);
  }

  static JsonStructure read(Path file) {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return JsonTrees.parse(in, file.toString());
    } catch (IOException e) {
      throw LdErrors.io("cannot read " + file + ": " + e, LdErrors.at(file.toString()), e);
    }
  }

  /** Builds {@link JsonLdProcessing}. Not thread-safe. */
  public static final class Builder {
    private ContextLoader loader = ContextLoaders.bundled();
    private String standardContext = JsonLdContexts.EPCIS_2_0_0;
    private URI base;
    private boolean failOnUndefinedTerms;

    private Builder() {}

    /**
     * Sets the context loader (default {@link ContextLoaders#bundled()}).
     *
     * @param loader the loader
     * @return this builder
     */
    public Builder loader(ContextLoader loader) {
      this.loader = Objects.requireNonNull(loader, "loader");
      return this;
    }

    /**
     * Sets the EPCIS context URL normalisation compacts against when a document names none (default {@link
     * JsonLdContexts#EPCIS_2_0_0}). The loader must serve it.
     *
     * @param url one of the EPCIS context URLs of {@link JsonLdContexts}
     * @return this builder
     */
    public Builder standardContext(String url) {
      Objects.requireNonNull(url, "url");
      if (!Normalizer.EPCIS_CONTEXT_URLS.contains(url)) {
        throw new IllegalArgumentException("not an EPCIS context URL: " + url);
      }
      this.standardContext = url;
      return this;
    }

    /**
     * Sets the base IRI relative IRIs of documents are resolved against (default none: relative IRIs stay
     * relative, and RDF export drops them).
     *
     * @param base an absolute IRI, or null for none
     * @return this builder
     */
    public Builder base(URI base) {
      if (base != null && !base.isAbsolute()) {
        throw new IllegalArgumentException("the base IRI must be absolute: " + base);
      }
      this.base = base;
      return this;
    }

    /**
     * Refuses members whose term no context defines ({@code JSONLD-UNDEFINED-TERM}) instead of dropping them
     * silently, as JSON-LD processing otherwise does. Default false.
     *
     * @param fail true to refuse undefined terms
     * @return this builder
     */
    public Builder failOnUndefinedTerms(boolean fail) {
      this.failOnUndefinedTerms = fail;
      return this;
    }

    /**
     * The processor.
     *
     * @return an immutable, thread-safe instance
     */
    public JsonLdProcessing build() {
      return new JsonLdProcessing(this);
    }
  }
}
