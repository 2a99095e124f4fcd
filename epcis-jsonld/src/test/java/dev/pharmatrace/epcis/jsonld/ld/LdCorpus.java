package dev.pharmatrace.epcis.jsonld.ld;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import dev.pharmatrace.epcis.jsonld.ContextLoader;
import dev.pharmatrace.epcis.jsonld.ContextLoaders;
import dev.pharmatrace.epcis.jsonld.JsonLdContexts;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The shared conformance corpus and the OFFICIAL GS1 JSON-LD contexts in it, used as test data and oracle only
 * (never shipped). URL to file mapping as in the corpus MANIFEST.md section 3.
 */
final class LdCorpus {
  private LdCorpus() {}

  static final String ABSENT = "conformance corpus not found (set -Depcis.conformance.dir or place it at"
      + " ../shared/conformance): JSON-LD corpus tests skipped";

  static final String HC_CONTEXT = "https://ref.gs1eg.org/extensions/epcis/hc/2.0.0/hc-context.jsonld";

  static final Set<String> EPCIS_URLS =
      Set.of(JsonLdContexts.EPCIS_2_0_0, JsonLdContexts.EPCIS_UNVERSIONED, JsonLdContexts.EPCIS_GITHUB);

  /** The corpus folder, if present (the one locator all modules' tests share). */
  static Optional<Path> dir() {
    return dev.pharmatrace.epcis.model.ConformanceCorpus.dir();
  }

  /** URL to local file of the official contexts (and the GS1 Egypt extension context the corpus uses). */
  static Map<String, Path> officialContextFiles(Path corpus) {
    Map<String, Path> m = new LinkedHashMap<>();
    Path ratified = corpus.resolve("gs1-reference/ref.gs1.org-2.0.0/epcis-context.jsonld");
    m.put(JsonLdContexts.EPCIS_2_0_0, ratified);
    m.put(JsonLdContexts.EPCIS_UNVERSIONED, ratified);
    m.put(JsonLdContexts.EPCIS_GITHUB, corpus.resolve("gs1-reference/epcis-context.jsonld"));
    m.put(HC_CONTEXT, corpus.resolve("openepcis-document-converter/extensions/src/main/resources/hc-context.jsonld"));
    return m;
  }

  /** The loader of "our" side: the bundled contexts, plus the third-party extension context as a user context. */
  static ContextLoader oursLoader(Path corpus) {
    return ContextLoaders.chain(ContextLoaders.bundled(),
        ContextLoaders.fromMap(Map.of(HC_CONTEXT, officialContextFiles(corpus).get(HC_CONTEXT))));
  }

  /** A plain Titanium loader serving the official files: independent of our loader code. */
  static DocumentLoader officialLoader(Path corpus) {
    Map<String, Path> files = officialContextFiles(corpus);
    Map<String, JsonStructure> parsed = new LinkedHashMap<>();
    return (url, options) -> {
      Path f = files.get(url.toString());
      if (f == null) {
        throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "oracle has no file for " + url);
      }
      JsonStructure s;
      synchronized (parsed) {
        s = parsed.get(url.toString());
        if (s == null) {
          s = read(f);
          parsed.put(url.toString(), s);
        }
      }
      Document d = JsonDocument.of(s);
      d.setDocumentUrl(url);
      return d;
    };
  }

  /** Expands with Titanium directly and the official contexts. */
  static JsonArray expandOfficial(DocumentLoader official, JsonStructure doc) throws JsonLdError {
    return JsonLd.expand(JsonDocument.of(doc)).options(new JsonLdOptions(official)).get();
  }

  static JsonStructure read(Path f) {
    try (InputStream in = Files.newInputStream(f); JsonReader r = Json.createReader(in)) {
      return r.read();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Every EPCIS 2.0 JSON-LD data file of the corpus: a JSON object whose top-level {@code @context} names an EPCIS
   * context URL; not the experimental {@code JSON-simple-context} variants, not the reference files.
   */
  static List<Path> epcisJsonLdFiles(Path corpus) throws IOException {
    List<Path> out = new ArrayList<>();
    try (Stream<Path> s = Files.walk(corpus)) {
      for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
        String rel = corpus.relativize(p).toString().replace('\\', '/');
        String name = p.getFileName().toString();
        if (!(name.endsWith(".json") || name.endsWith(".jsonld")) || rel.startsWith("gs1-reference/")
            || rel.contains("JSON-simple-context/") || rel.equals("manifest.json")) {
          continue;
        }
        JsonStructure doc;
        try {
          doc = read(p);
        } catch (RuntimeException e) {
          continue; // not JSON: not a JSON-LD document
        }
        if (namesEpcisContext(doc)) {
          out.add(p);
        }
      }
    }
    return out;
  }

  static boolean namesEpcisContext(JsonStructure doc) {
    if (!(doc instanceof JsonObject o) || !o.containsKey("@context")) {
      return false;
    }
    JsonValue ctx = o.get("@context");
    List<JsonValue> entries = ctx instanceof JsonArray a ? a : List.of(ctx);
    return entries.stream().anyMatch(v -> v instanceof JsonString s && EPCIS_URLS.contains(s.getString()));
  }

  /** The first place two JSON values differ, as a JSON pointer with both values, or null if equal. */
  static String firstDifference(JsonValue a, JsonValue b, String pointer) {
    if (a.equals(b)) {
      return null;
    }
    if (a instanceof JsonObject oa && b instanceof JsonObject ob) {
      for (String k : oa.keySet()) {
        if (!ob.containsKey(k)) {
          return pointer + "/" + k + " only in official";
        }
        String d = firstDifference(oa.get(k), ob.get(k), pointer + "/" + k);
        if (d != null) {
          return d;
        }
      }
      for (String k : ob.keySet()) {
        if (!oa.containsKey(k)) {
          return pointer + "/" + k + " only in ours";
        }
      }
    }
    if (a instanceof JsonArray aa && b instanceof JsonArray ab && aa.size() == ab.size()) {
      for (int i = 0; i < aa.size(); i++) {
        String d = firstDifference(aa.get(i), ab.get(i), pointer + "/" + i);
        if (d != null) {
          return d;
        }
      }
    }
    String sa = a.toString();
    String sb = b.toString();
    return (pointer.isEmpty() ? "/" : pointer) + ": official " + abbreviate(sa) + " vs ours " + abbreviate(sb);
  }

  private static String abbreviate(String s) {
    return s.length() > 160 ? s.substring(0, 160) + "..." : s;
  }
}
