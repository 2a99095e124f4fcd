package dev.pharmatrace.epcis.jsonld.internal.ld;

import dev.pharmatrace.epcis.jsonld.ContextLoader;
import dev.pharmatrace.epcis.model.report.EpcisException;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Contexts supplied by the user, keyed by URL, parsed once when the loader is built. */
public final class MapContextLoader implements ContextLoader {
  private final Map<String, JsonStructure> byUrl;

  /**
   * Parses every entry now, so that a broken context is reported when the loader is built.
   *
   * @param contexts URL to content: {@code byte[]} (JSON), {@link Path} (a JSON file), {@code String} (JSON text)
   *     or a Jakarta {@link JsonStructure}
   */
  public MapContextLoader(Map<String, ?> contexts) {
    Objects.requireNonNull(contexts, "contexts");
    Map<String, JsonStructure> m = new LinkedHashMap<>();
    for (Map.Entry<String, ?> e : contexts.entrySet()) {
      String url = Objects.requireNonNull(e.getKey(), "context URL");
      URI uri = absolute(url);
      m.put(uri.toString(), parse(uri, Objects.requireNonNull(e.getValue(), () -> "context content for " + url)));
    }
    byUrl = Collections.unmodifiableMap(m);
  }

  private static URI absolute(String url) {
    try {
      URI uri = new URI(url);
      if (!uri.isAbsolute()) {
        throw new IllegalArgumentException("a context URL must be absolute: " + url);
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a URL: " + url, e);
    }
  }

  private static JsonStructure parse(URI url, Object content) {
    JsonStructure s;
    if (content instanceof JsonStructure js) {
      s = js;
    } else if (content instanceof byte[] bytes) {
      s = parseStream(url, new ByteArrayInputStream(bytes.clone()));
    } else if (content instanceof String text) {
      s = parseStream(url, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    } else if (content instanceof Path path) {
      try (InputStream in = Files.newInputStream(path)) {
        s = parseStream(url, in);
      } catch (IOException e) {
        throw LdErrors.contextError(LdErrors.CONTEXT_UNAVAILABLE, url, "cannot read " + path + ": " + e, e);
      }
    } else {
      throw new IllegalArgumentException("context content for " + url + " must be byte[], Path, String or"
          + " jakarta.json.JsonStructure, not " + content.getClass().getName());
    }
    if (!(s instanceof JsonObject o) || !o.containsKey("@context")) {
      throw LdErrors.contextError(LdErrors.CONTEXT_INVALID, url,
          "a context document must be a JSON object with an \"@context\" member", null);
    }
    return s;
  }

  private static JsonStructure parseStream(URI url, InputStream in) {
    try {
      return JsonTrees.parse(in, url.toString());
    } catch (EpcisException e) {
      throw LdErrors.contextError(LdErrors.CONTEXT_INVALID, url, e.finding().message(), e);
    }
  }

  @Override
  public Optional<JsonStructure> find(URI url) {
    return Optional.ofNullable(byUrl.get(url.toString()));
  }

  @Override
  public String description() {
    return "user contexts for " + byUrl.keySet();
  }
}
