package dev.pharmatrace.epcis.jsonld.internal.ld;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.http.media.MediaType;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import dev.pharmatrace.epcis.jsonld.ContextLoader;
import dev.pharmatrace.epcis.model.report.EpcisException;
import jakarta.json.JsonStructure;
import java.net.URI;
import java.util.Objects;

/**
 * Titanium's {@link DocumentLoader} on top of a {@link ContextLoader}: the only way Titanium can obtain a remote
 * document here (it never gets its default HTTP loader). One instance per operation: it remembers the first
 * failure, whose finding is clearer than the error Titanium wraps it in.
 */
public final class TitaniumLoader implements DocumentLoader {
  private final ContextLoader loader;
  private volatile EpcisException failure;

  /** An adapter for one operation. */
  public TitaniumLoader(ContextLoader loader) {
    this.loader = Objects.requireNonNull(loader, "loader");
  }

  @Override
  public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
    try {
      JsonStructure json = loader.load(url);
      JsonDocument doc = JsonDocument.of(MediaType.JSON_LD, json);
      doc.setDocumentUrl(url);
      return doc;
    } catch (EpcisException e) {
      throw fail(e);
    } catch (RuntimeException e) {
      throw fail(LdErrors.contextUnavailable(url, loader, "the context loader failed (" + e + ")"));
    }
  }

  private JsonLdError fail(EpcisException e) {
    if (failure == null) {
      failure = e;
    }
    return new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, e.getMessage(), e);
  }

  /** The first loader failure of this operation, or null. */
  public EpcisException failure() {
    return failure;
  }
}
