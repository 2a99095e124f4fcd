package dev.pharmatrace.epcis.jsonld.internal.ld;

import dev.pharmatrace.epcis.jsonld.ContextLoader;
import dev.pharmatrace.epcis.jsonld.HttpContextLoaderOptions;
import dev.pharmatrace.epcis.model.report.EpcisException;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Fetches contexts over HTTPS with the JDK's {@link HttpClient}: timeouts, a size limit, optional host allow-list,
 * TLS verification as configured in the JDK (on). URLs it may not fetch (another scheme or host) are not served, so
 * that a chain can report them as unavailable.
 */
public final class HttpContextLoader implements ContextLoader {
  private static final String ACCEPT = "application/ld+json, application/json;q=0.9, */*;q=0.1";

  private final HttpContextLoaderOptions options;
  private volatile HttpClient client;

  /**
   * A loader with these settings. Nothing is allocated or opened before the first URL it may fetch is asked for.
   */
  public HttpContextLoader(HttpContextLoaderOptions options) {
    this.options = options;
  }

  private HttpClient client() {
    HttpClient c = client;
    if (c == null) {
      synchronized (this) {
        c = client;
        if (c == null) {
          c = options.httpClient().orElseGet(() -> HttpClient.newBuilder()
              .connectTimeout(options.connectTimeout())
              .followRedirects(HttpClient.Redirect.NORMAL)
              .build());
          client = c;
        }
      }
    }
    return c;
  }

  /** Whether this loader may fetch {@code url} (scheme and host). */
  boolean mayFetch(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    boolean schemeOk = scheme.equals("https") || (options.allowPlainHttp() && scheme.equals("http"));
    if (!schemeOk || url.getHost() == null) {
      return false;
    }
    return options.allowedHosts().isEmpty()
        || options.allowedHosts().contains(url.getHost().toLowerCase(Locale.ROOT));
  }

  @Override
  public Optional<JsonStructure> find(URI url) {
    if (!mayFetch(url)) {
      return Optional.empty();
    }
    HttpRequest request = HttpRequest.newBuilder(url)
        .GET()
        .timeout(options.requestTimeout())
        .header("Accept", ACCEPT)
        .build();
    HttpResponse<InputStream> response;
    try {
      response = client().send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (IOException e) {
      throw LdErrors.contextUnavailable(url, this, "download failed (" + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw LdErrors.contextUnavailable(url, this, "download interrupted");
    }
    try (InputStream body = response.body()) {
      if (!mayFetch(response.uri())) {
        throw LdErrors.contextUnavailable(url, this, "redirected to " + response.uri()
            + ", which this loader may not fetch");
      }
      if (response.statusCode() != 200) {
        throw LdErrors.contextUnavailable(url, this, "the server answered HTTP " + response.statusCode());
      }
      OptionalLong length;
      try {
        length = response.headers().firstValueAsLong("Content-Length");
      } catch (NumberFormatException e) {
        length = OptionalLong.empty(); // malformed: the read limit still applies
      }
      if (length.isPresent() && length.getAsLong() > options.maxBytes()) {
        throw tooLarge(url);
      }
      byte[] bytes = readLimited(body, url);
      JsonStructure doc;
      try {
        doc = JsonTrees.parse(new ByteArrayInputStream(bytes), url.toString());
      } catch (EpcisException e) {
        throw LdErrors.contextError(LdErrors.CONTEXT_INVALID, url, "the download is not JSON: "
            + e.finding().message(), e);
      }
      if (!(doc instanceof JsonObject o) || !o.containsKey("@context")) {
        throw LdErrors.contextError(LdErrors.CONTEXT_INVALID, url,
            "the download is not a context document (a JSON object with an \"@context\" member)", null);
      }
      return Optional.of(doc);
    } catch (IOException e) {
      throw LdErrors.contextUnavailable(url, this, "download failed while reading (" + e + ")");
    }
  }

  private byte[] readLimited(InputStream in, URI url) throws IOException {
    long max = options.maxBytes();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    long total = 0;
    int n;
    while ((n = in.read(buf)) > 0) {
      total += n;
      if (total > max) {
        throw tooLarge(url);
      }
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }

  private EpcisException tooLarge(URI url) {
    return LdErrors.contextError(LdErrors.CONTEXT_TOO_LARGE, url,
        "larger than the limit of " + options.maxBytes() + " bytes (HttpContextLoaderOptions.maxBytes)", null);
  }

  @Override
  public String description() {
    return "HTTPS downloads (" + (options.allowPlainHttp() ? "https and http" : "https only") + ", hosts: "
        + (options.allowedHosts().isEmpty() ? "any" : String.join(", ", options.allowedHosts())) + ")";
  }
}
