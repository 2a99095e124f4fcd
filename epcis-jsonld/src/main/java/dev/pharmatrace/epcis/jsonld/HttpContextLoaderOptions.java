package dev.pharmatrace.epcis.jsonld;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Settings of the downloading context loader ({@link ContextLoaders#http(HttpContextLoaderOptions)}). Immutable;
 * build with {@link #builder()}.
 *
 * <p>Defaults: HTTPS only, any host, connect timeout 5 s, request timeout 15 s, at most 1 MiB per context, the
 * JDK's default TLS settings (certificate and host name verification on), redirects followed except from HTTPS to
 * HTTP.
 */
public final class HttpContextLoaderOptions {
  /** Default connect timeout. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
  /** Default timeout of a whole request. */
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(15);
  /** Default size limit of a context document: 1 MiB (the EPCIS context is about 20 KiB). */
  public static final long DEFAULT_MAX_BYTES = 1L << 20;

  private final Duration connectTimeout;
  private final Duration requestTimeout;
  private final long maxBytes;
  private final Set<String> allowedHosts;
  private final boolean allowPlainHttp;
  private final HttpClient httpClient;

  private HttpContextLoaderOptions(Builder b) {
    this.connectTimeout = b.connectTimeout;
    this.requestTimeout = b.requestTimeout;
    this.maxBytes = b.maxBytes;
    this.allowedHosts = Set.copyOf(b.allowedHosts);
    this.allowPlainHttp = b.allowPlainHttp;
    this.httpClient = b.httpClient;
  }

  /**
   * The default settings.
   *
   * @return HTTPS only, any host, default timeouts and size limit
   */
  public static HttpContextLoaderOptions defaults() {
    return builder().build();
  }

  /**
   * A builder starting from the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The connect timeout.
   *
   * @return the timeout
   */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /**
   * The timeout of one request, from sending it to the end of the response headers.
   *
   * @return the timeout
   */
  public Duration requestTimeout() {
    return requestTimeout;
  }

  /**
   * The size limit of one context document in bytes.
   *
   * @return the limit
   */
  public long maxBytes() {
    return maxBytes;
  }

  /**
   * The hosts contexts may be fetched from (lower case); empty means any host.
   *
   * @return the allowed hosts
   */
  public Set<String> allowedHosts() {
    return allowedHosts;
  }

  /**
   * Whether plain {@code http:} URLs are fetched as well.
   *
   * @return true if plain HTTP is allowed
   */
  public boolean allowPlainHttp() {
    return allowPlainHttp;
  }

  /**
   * The HTTP client supplied by the user, if any (otherwise the loader builds one from these settings).
   *
   * @return the client
   */
  public Optional<HttpClient> httpClient() {
    return Optional.ofNullable(httpClient);
  }

  /** Builds {@link HttpContextLoaderOptions}. Not thread-safe. */
  public static final class Builder {
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;
    private long maxBytes = DEFAULT_MAX_BYTES;
    private final Set<String> allowedHosts = new TreeSet<>();
    private boolean allowPlainHttp;
    private HttpClient httpClient;

    private Builder() {}

    /**
     * Sets the connect timeout (ignored when an own {@link #httpClient(HttpClient) client} is given).
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive(timeout, "connectTimeout");
      return this;
    }

    /**
     * Sets the timeout of one request.
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder requestTimeout(Duration timeout) {
      this.requestTimeout = positive(timeout, "requestTimeout");
      return this;
    }

    /**
     * Sets the size limit of one context document.
     *
     * @param bytes at least 1
     * @return this builder
     */
    public Builder maxBytes(long bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("maxBytes must be positive, was " + bytes);
      }
      this.maxBytes = bytes;
      return this;
    }

    /**
     * Restricts downloads to these hosts (case-insensitive); a URL on another host is not fetched. Calling it again
     * adds hosts.
     *
     * @param hosts host names such as {@code ref.gs1.org}
     * @return this builder
     */
    public Builder allowedHosts(Collection<String> hosts) {
      for (String h : hosts) {
        allowedHosts.add(Objects.requireNonNull(h, "host").toLowerCase(Locale.ROOT));
      }
      return this;
    }

    /**
     * Also fetches plain {@code http:} URLs. Off by default: a context decides what every term of a document
     * means, so it should come over an authenticated channel. Meant for tests and closed networks.
     *
     * @param allow true to allow plain HTTP
     * @return this builder
     */
    public Builder allowPlainHttp(boolean allow) {
      this.allowPlainHttp = allow;
      return this;
    }

    /**
     * Uses this client instead of one built from these settings, e.g. for a proxy or an own trust store. Its TLS
     * and redirect settings are then the caller's responsibility; the scheme, host and size checks still apply.
     *
     * @param client the client
     * @return this builder
     */
    public Builder httpClient(HttpClient client) {
      this.httpClient = Objects.requireNonNull(client, "client");
      return this;
    }

    /**
     * The settings.
     *
     * @return immutable settings
     */
    public HttpContextLoaderOptions build() {
      return new HttpContextLoaderOptions(this);
    }

    private static Duration positive(Duration d, String name) {
      Objects.requireNonNull(d, name);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, was " + d);
      }
      return d;
    }
  }
}
