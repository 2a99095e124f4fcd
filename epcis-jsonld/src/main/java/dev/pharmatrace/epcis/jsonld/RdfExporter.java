package dev.pharmatrace.epcis.jsonld;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.http.media.MediaType;
import com.apicatalog.rdf.api.RdfConsumerException;
import com.apicatalog.rdf.api.RdfQuadConsumer;
import com.apicatalog.rdf.nquads.NQuadsWriter;
import dev.pharmatrace.epcis.jsonld.internal.ld.LdErrors;
import dev.pharmatrace.epcis.jsonld.internal.ld.TitaniumLoader;
import dev.pharmatrace.epcis.model.report.EpcisException;
import jakarta.json.JsonStructure;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Exports JSON-LD documents as RDF in N-Quads, for loading EPCIS data into a triple store or knowledge graph. The
 * conversion is JSON-LD's deserialisation to RDF (Titanium {@code toRdf}) with the contexts of a {@link
 * JsonLdProcessing} (by default the bundled ones, offline).
 *
 * <p>Streaming mode (the default) writes each quad as it is produced. {@link #sorted(boolean) Sorted} mode
 * collects the quads, removes duplicates and writes them in code-point order (the order of {@code LC_ALL=C sort}),
 * so that the same document always gives the same bytes. Blank node labels ({@code _:b0}, ...) follow the order of
 * the document; this is not RDF dataset canonicalisation.
 *
 * <p>Contexts are resolved and the document expanded before the first quad is written, so an unavailable context
 * or invalid JSON-LD leaves the output untouched; a write failure in streaming mode leaves partial output.
 *
 * <p>As JSON-LD specifies, values whose IRI stays relative (no base IRI, e.g. a bare word the context does not
 * define) produce no triple. Immutable and thread-safe.
 */
public final class RdfExporter {
  private static final Comparator<String> CODE_POINT_ORDER = (a, b) -> {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  };

  private final JsonLdProcessing processing;
  private final boolean sorted;

  private RdfExporter(JsonLdProcessing processing, boolean sorted) {
    this.processing = Objects.requireNonNull(processing, "processing");
    this.sorted = sorted;
  }

  /**
   * An exporter with the bundled contexts (no network access), streaming.
   *
   * @return a new exporter
   */
  public static RdfExporter offline() {
    return new RdfExporter(JsonLdProcessing.offline(), false);
  }

  /**
   * An exporter resolving contexts as {@code processing} does (its loader and base IRI), streaming.
   *
   * @param processing the JSON-LD settings
   * @return a new exporter
   */
  public static RdfExporter of(JsonLdProcessing processing) {
    return new RdfExporter(processing, false);
  }

  /**
   * This exporter with sorted, duplicate-free (deterministic) output switched on or off.
   *
   * @param sortedOutput true for sorted output
   * @return an exporter with that setting
   */
  public RdfExporter sorted(boolean sortedOutput) {
    return new RdfExporter(processing, sortedOutput);
  }

  /**
   * Whether output is sorted.
   *
   * @return true if the output is sorted and without duplicates
   */
  public boolean isSorted() {
    return sorted;
  }

  /**
   * Writes the N-Quads of a JSON-LD document read from a stream (closed afterwards). {@code out} is flushed, not
   * closed.
   *
   * @param jsonLd the document
   * @param sourceName the file name or other system id for error locations, or null
   * @param out where the N-Quads go
   * @return the number of quads written
   * @throws EpcisException if the input is not JSON or not valid JSON-LD, a context is not available, or writing
   *     fails ({@code JSONLD-IO})
   */
  public long write(InputStream jsonLd, String sourceName, Writer out) {
    return write(JsonLdProcessing.parse(jsonLd, sourceName), sourceName, out);
  }

  /**
   * Writes the N-Quads (UTF-8) of a JSON-LD document read from a stream (closed afterwards). {@code out} is
   * flushed, not closed.
   *
   * @param jsonLd the document
   * @param sourceName the file name or other system id for error locations, or null
   * @param out where the N-Quads go, UTF-8 encoded
   * @return the number of quads written
   * @throws EpcisException if the input is not JSON or not valid JSON-LD, a context is not available, or writing
   *     fails
   */
  public long write(InputStream jsonLd, String sourceName, OutputStream out) {
    return write(JsonLdProcessing.parse(jsonLd, sourceName), sourceName, out);
  }

  /**
   * Writes the N-Quads (UTF-8) of a JSON-LD file. {@code out} is flushed, not closed.
   *
   * @param file the document
   * @param out where the N-Quads go, UTF-8 encoded
   * @return the number of quads written
   * @throws EpcisException if the file cannot be read, is not valid JSON-LD, a context is not available, or
   *     writing fails
   */
  public long write(Path file, OutputStream out) {
    return write(JsonLdProcessing.read(file), file.toString(), out);
  }

  /**
   * Writes the N-Quads (UTF-8) of a JSON-LD document. {@code out} is flushed, not closed.
   *
   * @param document the document
   * @param sourceName the file name or other system id for error locations, or null
   * @param out where the N-Quads go, UTF-8 encoded
   * @return the number of quads written
   * @throws EpcisException if the document is not valid JSON-LD, a context is not available, or writing fails
   */
  public long write(JsonStructure document, String sourceName, OutputStream out) {
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    return write(document, sourceName, w);
  }

  /**
   * Writes the N-Quads of a JSON-LD document. {@code out} is flushed, not closed.
   *
   * @param document the document
   * @param sourceName the file name or other system id for error locations, or null
   * @param out where the N-Quads go
   * @return the number of quads written
   * @throws EpcisException if the document is not valid JSON-LD, a context is not available, or writing fails
   */
  public long write(JsonStructure document, String sourceName, Writer out) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(out, "out");
    long count;
    try {
      if (sorted) {
        List<String> lines = new ArrayList<>();
        emit(document, sourceName, (s, p, o, dt, lang, dir, g) -> {
          lines.add(NQuadsWriter.nquad(s, p, o, dt, lang, dir, g));
          return null;
        });
        lines.sort(CODE_POINT_ORDER);
        count = 0;
        String previous = null;
        for (String line : lines) {
          if (!line.equals(previous)) {
            out.write(line);
            count++;
          }
          previous = line;
        }
      } else {
        NQuadsWriter writer = new NQuadsWriter(out);
        long[] n = {0};
        emit(document, sourceName, (s, p, o, dt, lang, dir, g) -> {
          n[0]++;
          return writer.quad(s, p, o, dt, lang, dir, g);
        });
        count = n[0];
      }
      out.flush();
      return count;
    } catch (IOException e) {
      throw LdErrors.io("cannot write the N-Quads: " + e.getMessage(), LdErrors.at(sourceName), e);
    }
  }

  /**
   * The N-Quads of a JSON-LD document as a string.
   *
   * @param document the document
   * @return the N-Quads, one quad per line
   * @throws EpcisException if the document is not valid JSON-LD or a context is not available
   */
  public String toNQuads(JsonStructure document) {
    StringWriter out = new StringWriter();
    write(document, null, out);
    return out.toString();
  }

  /**
   * The N-Quads of a JSON-LD document read from a stream (closed afterwards) as a string.
   *
   * @param jsonLd the document
   * @param sourceName the file name or other system id for error locations, or null
   * @return the N-Quads, one quad per line
   * @throws EpcisException if the input is not JSON or not valid JSON-LD, or a context is not available
   */
  public String toNQuads(InputStream jsonLd, String sourceName) {
    StringWriter out = new StringWriter();
    write(jsonLd, sourceName, out);
    return out.toString();
  }

  private void emit(JsonStructure document, String sourceName, RdfQuadConsumer consumer) throws IOException {
    TitaniumLoader adapter = new TitaniumLoader(processing.loader());
    try {
      JsonLd.toRdf(JsonDocument.of(MediaType.JSON_LD, document)).options(processing.options(adapter))
          .provide(consumer);
    } catch (JsonLdError e) {
      IOException io = ioCause(e);
      if (io != null) {
        throw io;
      }
      throw LdErrors.fromJsonLd(e, "conversion to RDF", LdErrors.at(sourceName), adapter.failure());
    } catch (EpcisException e) {
      throw LdErrors.relocate(e, LdErrors.at(sourceName));
    } catch (RuntimeException e) {
      IOException io = ioCause(e);
      if (io != null) {
        throw io;
      }
      throw JsonLdProcessing.internal(e, "conversion to RDF", sourceName);
    }
  }

  private static IOException ioCause(Throwable e) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof IOException io) {
        return io;
      }
      if (c instanceof RdfConsumerException && c.getCause() instanceof IOException io) {
        return io;
      }
    }
    return null;
  }
}
