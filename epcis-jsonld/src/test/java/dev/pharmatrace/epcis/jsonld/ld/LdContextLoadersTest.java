package dev.pharmatrace.epcis.jsonld.ld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.pharmatrace.epcis.jsonld.ContextLoader;
import dev.pharmatrace.epcis.jsonld.ContextLoaders;
import dev.pharmatrace.epcis.jsonld.HttpContextLoaderOptions;
import dev.pharmatrace.epcis.jsonld.JsonLdContexts;
import dev.pharmatrace.epcis.jsonld.JsonLdProcessing;
import dev.pharmatrace.epcis.model.report.EpcisException;
import jakarta.json.JsonArray;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Context loaders: offline unless {@code http(...)} is chosen (checked against a local HTTP server that counts
 * requests), clear errors for unknown URLs, user contexts, chains and the cache.
 */
class LdContextLoadersTest {
  private static final String EXT_CONTEXT = "{\"@context\": {\"ex\": \"https://example.com/ns/\"}}";

  private HttpServer server;
  private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
  private String base;

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      String path = exchange.getRequestURI().getPath();
      requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
      byte[] body;
      int status = 200;
      switch (path) {
        case "/ctx.jsonld" -> body = EXT_CONTEXT.getBytes(StandardCharsets.UTF_8);
        case "/big.jsonld" -> body = ("{\"@context\": {\"ex\": \"https://example.com/ns/\", \"pad\": \""
            + "x".repeat(5000) + "\"}}").getBytes(StandardCharsets.UTF_8);
        case "/html" -> body = "<html><body>not json</body></html>".getBytes(StandardCharsets.UTF_8);
        default -> {
          status = 404;
          body = "no".getBytes(StandardCharsets.UTF_8);
        }
      }
      exchange.getResponseHeaders().add("Content-Type", "application/ld+json");
      exchange.sendResponseHeaders(status, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  private int totalRequests() {
    return requests.values().stream().mapToInt(AtomicInteger::get).sum();
  }

  private JsonStructure docUsing(String contextUrl) {
    return LdTestSupport.json("{\"@context\": [\"" + JsonLdContexts.EPCIS_2_0_0 + "\", \"" + contextUrl + "\"],"
        + " \"type\": \"ObjectEvent\", \"eventID\": \"urn:uuid:1\", \"ex:field\": \"v\"}");
  }

  private static HttpContextLoaderOptions plainHttpForTests() {
    return HttpContextLoaderOptions.builder().allowPlainHttp(true).connectTimeout(Duration.ofSeconds(2))
        .requestTimeout(Duration.ofSeconds(5)).build();
  }

  @Test
  void bundledLoaderServesTheStandardUrlsAndOurs() {
    assertThat(ContextLoaders.bundledUrls()).containsExactlyInAnyOrder(JsonLdContexts.EPCIS_2_0_0,
        JsonLdContexts.EPCIS_UNVERSIONED, JsonLdContexts.EPCIS_GITHUB, ContextLoaders.DSCSA_CONTEXT);
    for (String url : ContextLoaders.bundledUrls()) {
      assertThat(ContextLoaders.bundled().find(URI.create(url))).isPresent();
    }
    assertThat(ContextLoaders.bundled().find(URI.create("https://example.com/other.jsonld"))).isEmpty();
  }

  @Test
  void unknownContextFailsClearlyWithoutAnyNetworkAccess() {
    String url = base + "/ctx.jsonld";
    JsonLdProcessing offline = JsonLdProcessing.offline();
    assertThatThrownBy(() -> offline.expand(docUsing(url), "shipment.jsonld"))
        .isInstanceOfSatisfying(EpcisException.class, e -> {
          assertThat(e.finding().ruleId()).isEqualTo("JSONLD-CONTEXT-UNAVAILABLE");
          assertThat(e.finding().location().file()).isEqualTo("shipment.jsonld");
          assertThat(e.finding().message()).contains(url).contains("ContextLoaders.fromMap")
              .contains("ContextLoaders.http()").contains("bundled");
        });
    // also an https URL nobody serves: answered at once, no lookup
    assertThatThrownBy(() -> offline.expand(docUsing("https://contexts.invalid/partner.jsonld")))
        .isInstanceOf(EpcisException.class).hasMessageContaining("https://contexts.invalid/partner.jsonld");
    assertThat(totalRequests()).isZero();
  }

  @Test
  void defaultHttpLoaderFetchesHttpsOnlySoAPlainHttpUrlIsNotRequested() {
    String url = base + "/ctx.jsonld";
    JsonLdProcessing online = JsonLdProcessing.withLoader(
        ContextLoaders.chain(ContextLoaders.bundled(), ContextLoaders.http()));
    assertThatThrownBy(() -> online.expand(docUsing(url)))
        .isInstanceOfSatisfying(EpcisException.class, e -> {
          assertThat(e.finding().ruleId()).isEqualTo("JSONLD-CONTEXT-UNAVAILABLE");
          assertThat(e.finding().message()).contains("https only");
        });
    assertThat(totalRequests()).isZero();
  }

  @Test
  void hostAllowListIsEnforcedBeforeConnecting() {
    ContextLoader loader = ContextLoaders.http(HttpContextLoaderOptions.builder().allowPlainHttp(true)
        .allowedHosts(List.of("ref.gs1.org")).build());
    assertThat(loader.find(URI.create(base + "/ctx.jsonld"))).isEmpty();
    assertThat(totalRequests()).isZero();
  }

  @Test
  void httpLoaderFetchesWhenChosenAndTheCacheLoadsEachUrlOnce() {
    String url = base + "/ctx.jsonld";
    JsonLdProcessing online = JsonLdProcessing.withLoader(ContextLoaders.chain(ContextLoaders.bundled(),
        ContextLoaders.cached(ContextLoaders.http(plainHttpForTests()))));
    for (int i = 0; i < 3; i++) {
      JsonArray expanded = online.expand(docUsing(url));
      assertThat(LdTestSupport.propertyIris(expanded)).contains("https://example.com/ns/field");
    }
    assertThat(requests.get("/ctx.jsonld").get()).isEqualTo(1);
    assertThat(totalRequests()).isEqualTo(1);
  }

  @Test
  void downloadErrorsNameTheUrlAndTheReason() {
    ContextLoader http = ContextLoaders.http(plainHttpForTests());
    assertThatThrownBy(() -> http.load(URI.create(base + "/missing.jsonld")))
        .isInstanceOfSatisfying(EpcisException.class, e -> {
          assertThat(e.finding().ruleId()).isEqualTo("JSONLD-CONTEXT-UNAVAILABLE");
          assertThat(e.finding().message()).contains(base + "/missing.jsonld").contains("HTTP 404");
        });
    assertThatThrownBy(() -> http.load(URI.create(base + "/html")))
        .isInstanceOfSatisfying(EpcisException.class,
            e -> assertThat(e.finding().ruleId()).isEqualTo("JSONLD-CONTEXT-INVALID"));
    ContextLoader small = ContextLoaders.http(HttpContextLoaderOptions.builder().allowPlainHttp(true)
        .maxBytes(1000).build());
    assertThatThrownBy(() -> small.load(URI.create(base + "/big.jsonld")))
        .isInstanceOfSatisfying(EpcisException.class, e -> {
          assertThat(e.finding().ruleId()).isEqualTo("JSONLD-CONTEXT-TOO-LARGE");
          assertThat(e.finding().message()).contains("1000 bytes");
        });
    assertThat(small.find(URI.create(base + "/ctx.jsonld"))).isPresent();
  }

  @Test
  void connectionFailureIsAClearError() throws IOException {
    int port;
    try (var s = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    String url = "http://127.0.0.1:" + port + "/ctx.jsonld";
    ContextLoader http = ContextLoaders.http(plainHttpForTests());
    assertThatThrownBy(() -> http.load(URI.create(url)))
        .isInstanceOfSatisfying(EpcisException.class, e -> {
          assertThat(e.finding().ruleId()).isEqualTo("JSONLD-CONTEXT-UNAVAILABLE");
          assertThat(e.finding().message()).contains(url).contains("download failed");
        });
  }

  @Test
  void userContextsFromBytesPathsAndText(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("partner.jsonld");
    Files.writeString(file, "{\"@context\": {\"pf\": \"https://partner.example/ns#\"}}");
    ContextLoader user = ContextLoaders.fromMap(Map.of(
        "https://partner.example/ctx.jsonld", file,
        "https://other.example/ctx.jsonld", EXT_CONTEXT.getBytes(StandardCharsets.UTF_8),
        "https://third.example/ctx.jsonld", "{\"@context\": {\"t\": \"https://third.example/t/\"}}"));
    JsonLdProcessing ld = JsonLdProcessing.withLoader(ContextLoaders.chain(ContextLoaders.bundled(), user));
    JsonArray expanded = ld.expand(LdTestSupport.json("{\"@context\": [\"" + JsonLdContexts.EPCIS_2_0_0 + "\","
        + " \"https://partner.example/ctx.jsonld\", \"https://other.example/ctx.jsonld\","
        + " \"https://third.example/ctx.jsonld\"], \"eventID\": \"urn:uuid:2\", \"pf:a\": 1, \"ex:b\": 2,"
        + " \"t:c\": 3}"));
    assertThat(LdTestSupport.propertyIris(expanded)).containsExactlyInAnyOrder(
        "https://partner.example/ns#a", "https://example.com/ns/b", "https://third.example/t/c");
  }

  @Test
  void brokenUserContextIsReportedWhenTheLoaderIsBuilt() {
    assertThatThrownBy(() -> ContextLoaders.fromMap(Map.of("https://x.example/c.jsonld", "{\"@context\": ")))
        .isInstanceOfSatisfying(EpcisException.class, e -> {
          assertThat(e.finding().ruleId()).isEqualTo("JSONLD-CONTEXT-INVALID");
          assertThat(e.finding().message()).contains("https://x.example/c.jsonld");
        });
    assertThatThrownBy(() -> ContextLoaders.fromMap(Map.of("https://x.example/c.jsonld", "{\"ex\": \"x\"}")))
        .isInstanceOfSatisfying(EpcisException.class,
            e -> assertThat(e.finding().message()).contains("\"@context\""));
    assertThatThrownBy(() -> ContextLoaders.fromMap(Map.of("relative.jsonld", EXT_CONTEXT)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ContextLoaders.fromMap(Map.of("https://x.example/c.jsonld", 42)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void chainAsksInOrderAndReportsWhatItTried() {
    ContextLoader a = ContextLoaders.fromMap(Map.of("https://a.example/c", "{\"@context\": {\"a\": \"urn:a:\"}}"));
    ContextLoader b = ContextLoaders.fromMap(Map.of("https://a.example/c", "{\"@context\": {\"b\": \"urn:b:\"}}",
        "https://b.example/c", "{\"@context\": {\"b\": \"urn:b:\"}}"));
    ContextLoader chain = ContextLoaders.chain(a, b);
    assertThat(chain.load(URI.create("https://a.example/c")).toString()).contains("urn:a:");
    assertThat(chain.load(URI.create("https://b.example/c")).toString()).contains("urn:b:");
    assertThatThrownBy(() -> chain.load(URI.create("https://c.example/c")))
        .hasMessageContaining("https://c.example/c").hasMessageContaining("https://a.example/c")
        .hasMessageContaining("https://b.example/c");
  }

  /** A loader counting how often it is asked per URL. */
  private static final class CountingLoader implements ContextLoader {
    final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    final ContextLoader delegate;
    final long delayMillis;

    CountingLoader(ContextLoader delegate, long delayMillis) {
      this.delegate = delegate;
      this.delayMillis = delayMillis;
    }

    @Override
    public Optional<JsonStructure> find(URI url) {
      calls.computeIfAbsent(url.toString(), u -> new AtomicInteger()).incrementAndGet();
      if (delayMillis > 0) {
        try {
          Thread.sleep(delayMillis);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return delegate.find(url);
    }
  }

  @Test
  void cacheLoadsEachUrlOnce() {
    CountingLoader counting = new CountingLoader(ContextLoaders.bundled(), 0);
    JsonLdProcessing ld = JsonLdProcessing.withLoader(ContextLoaders.cached(counting));
    JsonStructure doc = JsonLdProcessing.parse(LdTestSupport.fixture("dscsa-shipment.jsonld"), "dscsa-shipment.jsonld");
    for (int i = 0; i < 5; i++) {
      ld.expand(doc);
    }
    assertThat(counting.calls).containsOnlyKeys(JsonLdContexts.EPCIS_2_0_0, ContextLoaders.DSCSA_CONTEXT);
    assertThat(counting.calls.values()).allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
  }

  @Test
  void cacheIsBoundedLeastRecentlyUsed() {
    CountingLoader counting = new CountingLoader(ContextLoaders.bundled(), 0);
    ContextLoader cache = ContextLoaders.cached(counting, 1);
    URI a = URI.create(JsonLdContexts.EPCIS_2_0_0);
    URI b = URI.create(ContextLoaders.DSCSA_CONTEXT);
    cache.find(a);
    cache.find(a);
    cache.find(b); // evicts a
    cache.find(a);
    assertThat(counting.calls.get(a.toString()).get()).isEqualTo(2);
    assertThat(counting.calls.get(b.toString()).get()).isEqualTo(1);
    // an unknown URL is not cached: asked again
    URI unknown = URI.create("https://unknown.example/c");
    cache.find(unknown);
    cache.find(unknown);
    assertThat(counting.calls.get(unknown.toString()).get()).isEqualTo(2);
  }

  @Test
  void concurrentRequestsForOneUrlCauseOneLoad() throws Exception {
    CountingLoader counting = new CountingLoader(ContextLoaders.bundled(), 200);
    JsonLdProcessing ld = JsonLdProcessing.withLoader(ContextLoaders.cached(counting));
    JsonStructure doc = LdTestSupport.json("{\"@context\": \"" + JsonLdContexts.EPCIS_2_0_0 + "\","
        + " \"type\": \"ObjectEvent\", \"eventID\": \"urn:uuid:3\", \"action\": \"OBSERVE\"}");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<JsonArray>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        results.add(pool.submit(() -> {
          start.await();
          return ld.expand(doc);
        }));
      }
      start.countDown();
      for (Future<JsonArray> f : results) {
        assertThat(f.get(30, TimeUnit.SECONDS)).hasSize(1);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(counting.calls.get(JsonLdContexts.EPCIS_2_0_0).get()).isEqualTo(1);
  }
}
