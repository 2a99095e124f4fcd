package dev.pharmatrace.epcis.jsonld.internal;

import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** What the streaming reader needs of JSON-LD processing, supplied by the public reader. */
public interface LdHooks {

  /** Brings a (minimal) document into the standard compact form of the EPCIS context. */
  JsonNode normalize(JsonNode document);

  /**
   * The prefixes (term → namespace IRI) a remote context defines, or empty if the context loader does not serve
   * that URL.
   */
  Optional<Map<String, String>> remotePrefixes(String url);
}
