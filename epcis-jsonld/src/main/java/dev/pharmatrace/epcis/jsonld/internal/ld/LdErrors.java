package dev.pharmatrace.epcis.jsonld.internal.ld;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import dev.pharmatrace.epcis.jsonld.ContextLoader;
import dev.pharmatrace.epcis.model.report.EpcisException;
import dev.pharmatrace.epcis.model.report.Finding;
import dev.pharmatrace.epcis.model.report.SourceLocation;
import java.net.URI;
import java.util.Locale;

/** The findings of JSON-LD processing and context loading, and the mapping of Titanium's errors to them. */
public final class LdErrors {
  /** The input is not JSON (or not a JSON object/array). */
  public static final String SYNTAX = "JSONLD-SYNTAX";
  /** A remote context cannot be obtained. */
  public static final String CONTEXT_UNAVAILABLE = "JSONLD-CONTEXT-UNAVAILABLE";
  /** A remote context exceeds the size limit. */
  public static final String CONTEXT_TOO_LARGE = "JSONLD-CONTEXT-TOO-LARGE";
  /** A context document is not a JSON-LD context (not JSON, not an object). */
  public static final String CONTEXT_INVALID = "JSONLD-CONTEXT-INVALID";
  /** A document redefines a term of a protected context (e.g. an EPCIS term). */
  public static final String PROTECTED_TERM = "JSONLD-PROTECTED-TERM";
  /** A member has no definition in the active context (only when undefined terms are configured to fail). */
  public static final String UNDEFINED_TERM = "JSONLD-UNDEFINED-TERM";
  /** Any other JSON-LD processing error; the message names the JSON-LD error code. */
  public static final String INVALID = "JSONLD-INVALID";
  /** Reading the input or writing the output failed. */
  public static final String IO = "JSONLD-IO";

  private LdErrors() {}

  /** A location naming only a file (or other source name). */
  public static SourceLocation at(String sourceName) {
    return SourceLocation.of(sourceName, 0, 0);
  }

  /** The error for a context URL that {@code loader} does not serve (or could not fetch, with {@code detail}). */
  public static EpcisException contextUnavailable(URI url, ContextLoader loader, String detail) {
    String supply = "ContextLoaders.fromMap(Map.of(\"" + url + "\", <Path or byte[]>))";
    String message = detail == null
        ? "JSON-LD context " + url + " is not available: " + describe(loader) + " does not serve this URL, and"
            + " contexts are never downloaded unless asked for. Supply it with ContextLoaders.chain("
            + "ContextLoaders.bundled(), " + supply + "), or opt in to downloading with ContextLoaders.http()"
        : "JSON-LD context " + url + " is not available: " + detail + ". Supply it offline with " + supply
            + ", chained before the downloading loader";
    return new EpcisException(Finding.error(CONTEXT_UNAVAILABLE, message, at(url.toString())));
  }

  /** The error for a context that could be fetched but is not usable. */
  public static EpcisException contextError(String rule, URI url, String message, Throwable cause) {
    return new EpcisException(Finding.error(rule, "JSON-LD context " + url + ": " + message, at(url.toString())),
        cause);
  }

  private static String describe(ContextLoader loader) {
    String d;
    try {
      d = loader.description();
    } catch (RuntimeException e) {
      d = null;
    }
    return "the context loader (" + (d == null || d.isBlank() ? loader.getClass().getName() : d) + ")";
  }

  /** The same finding, reported at {@code location} (a loader's error seen while processing a document). */
  public static EpcisException relocate(EpcisException e, SourceLocation location) {
    Finding f = e.finding();
    return new EpcisException(new Finding(f.ruleId(), f.severity(), f.message(), location), e);
  }

  /**
   * The exception for a Titanium error met during {@code operation} ("expansion", "compaction", ...). A failure of
   * our context loader, recorded by the adapter, wins over Titanium's generic "loading failed".
   */
  public static EpcisException fromJsonLd(JsonLdError e, String operation, SourceLocation location,
      EpcisException loaderFailure) {
    if (loaderFailure != null) {
      return relocate(loaderFailure, location);
    }
    for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
      if (c instanceof EpcisException ee) {
        return relocate(ee, location);
      }
    }
    JsonLdErrorCode code = e.getCode();
    String codeName = code == null ? "UNSPECIFIED" : code.name();
    String text = e.getMessage() == null ? "" : e.getMessage().replaceAll("\\s*\\[code=[A-Z_]+\\]\\.?\\s*$", "")
        .replaceAll("[.\\s]+$", "");
    if (text.isEmpty()) {
      text = codeName.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
    String rule = INVALID;
    String hint = "";
    if (code == JsonLdErrorCode.PROTECTED_TERM_REDEFINITION) {
      rule = PROTECTED_TERM;
      hint = ". The EPCIS context (and our DSCSA context) is @protected: an inline context may add prefixes and"
          + " terms, but not redefine the context's terms or prefixes (epcis, cbv, cbvmda, gs1, ...)";
    } else if (code == JsonLdErrorCode.UNDEFINED_TERM) {
      rule = UNDEFINED_TERM;
      hint = ". Define the term in an inline @context, or write it as a compact IRI with a declared prefix";
    } else if (code == JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED
        || code == JsonLdErrorCode.LOADING_DOCUMENT_FAILED) {
      rule = CONTEXT_UNAVAILABLE;
    }
    return new EpcisException(
        Finding.error(rule, "JSON-LD " + operation + " failed: " + text + " (" + codeName + ")" + hint, location),
        e);
  }

  /** The input is not a JSON document. */
  public static EpcisException syntax(String message, SourceLocation location, Throwable cause) {
    return new EpcisException(Finding.error(SYNTAX, message, location), cause);
  }

  /** Reading or writing failed. */
  public static EpcisException io(String message, SourceLocation location, Throwable cause) {
    return new EpcisException(Finding.error(IO, message, location), cause);
  }
}
