package dev.pharmatrace.epcis.jsonld.internal;

import dev.pharmatrace.epcis.model.QualifiedName;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Compact IRIs ({@code prefix:localName}) and the prefix table of a JSON-LD document: the prefixes the standard
 * EPCIS context defines (which a document may not redefine: the context is protected) and the document's own.
 */
public final class Prefixes {
  /** Prefixes defined by the standard EPCIS 2.0 context. */
  public static final Map<String, String> STANDARD = Map.of(
      "epcis", "https://ref.gs1.org/epcis/",
      "cbv", "https://ref.gs1.org/cbv/",
      "cbvmda", "urn:epcglobal:cbv:mda:",
      "gs1", "https://gs1.org/voc/",
      "rdfs", "http://www.w3.org/2000/01/rdf-schema#",
      "owl", "http://www.w3.org/2002/07/owl#",
      "xsd", "http://www.w3.org/2001/XMLSchema#",
      "dcterms", "http://purl.org/dc/terms/");

  /** Our namespace for extensions that had no namespace in XML (JSON-LD members need one). */
  public static final String UNQUALIFIED = "https://pharmatrace.dev/ns/epcis/unqualified/";

  private final Map<String, String> byPrefix = new LinkedHashMap<>();
  private final Map<String, String> byNamespace = new HashMap<>();
  /** The declared namespaces that end in no delimiter ({@link #undelimited()}); null when to be computed. */
  private String[] undelimited;

  /** A table holding the standard prefixes. */
  public Prefixes() {
    STANDARD.forEach(this::put);
  }

  /** An independent copy of this table. */
  public Prefixes copy() {
    Prefixes c = new Prefixes();
    byPrefix.forEach(c::put);
    return c;
  }

  /** Adds (or replaces) a prefix. */
  public void put(String prefix, String namespace) {
    undelimited = null;
    String old = byPrefix.put(prefix, namespace);
    if (old != null && prefix.equals(byNamespace.get(old))) {
      byNamespace.remove(old);
    }
    byNamespace.putIfAbsent(namespace, prefix);
  }

  /** The namespace of a prefix, or null. */
  public String namespace(String prefix) {
    return byPrefix.get(prefix);
  }

  /** The prefix declared for a namespace, or null. */
  public String prefix(String namespace) {
    return byNamespace.get(namespace);
  }

  /** Whether the prefix is taken (by the standard context or the document). */
  public boolean isTaken(String prefix) {
    return byPrefix.containsKey(prefix);
  }

  /**
   * The qualified name of a JSON key: {@code prefix:local} with a known prefix expands to namespace + local name;
   * an absolute IRI is split at its last delimiter (in the unqualified carrier namespace: an un-namespaced name, as
   * with its prefix); a key with an unknown prefix is, as JSON-LD reads it, an
   * absolute IRI with that scheme; a key without a colon is un-namespaced. An error points at the member from the
   * object it stands in ({@link #resolve(String, String)} for members of nested objects).
   */
  public QualifiedName resolve(String key) {
    return resolve(key, Pointers.member(key));
  }

  /**
   * As {@link #resolve(String)}, with {@code at} the JSON pointer of the member for errors (relative to what the
   * caller's pointers are relative to, say the event), e.g. {@code /ex:data/ex:inner} for a name nested in an
   * extension value.
   */
  public QualifiedName resolve(String key, String at) {
    if (blankAfterLastDelimiter(key)) {
      // "sn: " too: nothing but blanks after the last delimiter is no local name however the name is split (a fuzz
      // finding of stop 16: the model's IllegalArgumentException leaked)
      throw new JsonModelMapper.MappingException("JSON-NAME", at,
          "member name '" + key + "' has no local name");
    }
    int colon = key.indexOf(':');
    if (colon < 0) {
      if (!isNcName(key)) {
        // it would become an XML element name, and written back as "ptu:" + key it could change meaning
        // ("ptu://x" is an absolute IRI)
        throw new JsonModelMapper.MappingException("JSON-NAME", at,
            "member name '" + key + "' is neither a term (letters, digits, '-', '_', '.') nor a compact or absolute"
            + " IRI");
      }
      return QualifiedName.local(key);
    }
    String prefix = key.substring(0, colon);
    String local = key.substring(colon + 1);
    String ns = byPrefix.get(prefix);
    if (ns != null && !local.startsWith("//")) {
      if (ns.equals(UNQUALIFIED) && !isNcName(local)) {
        // ptu:a:b is the IRI .../unqualified/a:b, which spelled out names b in the namespace .../unqualified/a: (as
        // JSON-LD compaction may spell it: a fuzz finding of stop 16); anything else is no un-namespaced name
        QualifiedName q = longest(ns, local, prefix);
        return q.namespace().equals(UNQUALIFIED) ? unqualified(key, local, at) : q;
      }
      return ns.equals(UNQUALIFIED) ? unqualified(key, local, at) : longest(ns, local, prefix);
    }
    if (!isScheme(prefix)) {
      // JSON-LD would read it as an absolute IRI, but a scheme cannot be spelled so: written back, expansion fails
      throw new JsonModelMapper.MappingException("JSON-NAME", at,
          "member name '" + key + "' has a prefix '"
          + prefix + "' that is neither declared in the context nor a URI scheme");
    }
    int cut = Math.max(key.lastIndexOf('#'), Math.max(key.lastIndexOf('/'), key.lastIndexOf(':')));
    String namespace = key.substring(0, cut + 1);
    if (cut > colon && !isDeclarableIri(namespace)) { // "scheme:" alone is fine
      // written back, the namespace is declared as a prefix, and JSON-LD processing refuses such an IRI mapping
      throw new JsonModelMapper.MappingException("JSON-NAME", at, "member name '" + key + "' is an "
          + "absolute IRI whose namespace '" + namespace + "' is no valid IRI (a prefix cannot be declared for it)");
    }
    // spelled out, our carrier namespace of un-namespaced names means what its prefixed form means
    return namespace.equals(UNQUALIFIED) ? unqualified(key, key.substring(cut + 1), at)
        : longest(namespace, key.substring(cut + 1), null);
  }

  /**
   * Whether {@code key} has nothing but blanks after its last {@code : / #} (or is blank): then it has no local name.
   * Every member name of every event passes here, so it scans back from the end without allocating.
   */
  private static boolean blankAfterLastDelimiter(String key) {
    for (int i = key.length() - 1; i >= 0; i--) {
      char c = key.charAt(i);
      if (c == ':' || c == '/' || c == '#') {
        return true;
      }
      if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The name {@code namespace + local} as a function of that IRI alone, so that the same IRI gets the same name
   * whichever way it was spelled ({@code rail:plain}, or {@code epcis:railplain} as JSON-LD compaction writes it for
   * an event that needed normalisation; fuzz findings of stops 15 and 16: the spellings came back as different names):
   * <ul>
   *   <li>split at the longest namespace that leaves an NCName, among the declared ones and the IRI's own split at its
   *       last {@code / # :} (when that is an IRI a prefix can be declared for). For an NCName {@code local} only a
   *       longer declared namespace ending in no delimiter (say {@code "rail": "https://ref.gs1.org/epcis/rail"},
   *       which we read as a prefix though JSON-LD 1.1 does not) can beat the given one: a longer one ending in a
   *       delimiter would cut inside the NCName at a delimiter;
   *   <li>when none leaves an NCName (a name JSON-LD allows but XML cannot spell, like {@code rail:v@x}): at the
   *       longest of them that leaves anything.
   * </ul>
   */
  private QualifiedName longest(String namespace, String local, String prefix) {
    String best = null;
    String iri = null;
    if (isNcName(local)) {
      String[] candidates = undelimited();
      if (candidates.length > 0) {
        iri = namespace + local;
        for (String n : candidates) {
          if (n.length() > namespace.length() && iri.length() > n.length() && iri.startsWith(n)
              && (best == null || n.length() > best.length()) && isNcName(iri.substring(n.length()))) {
            best = n;
          }
        }
      }
    } else {
      iri = namespace + local;
      String own = iri.substring(0, Math.max(iri.lastIndexOf('#'), Math.max(iri.lastIndexOf('/'),
          iri.lastIndexOf(':'))) + 1);
      best = longestSplit(iri, own, true);
      if (best == null) {
        best = longestSplit(iri, own, false);
      }
    }
    if (best == null || best.equals(namespace)) {
      return prefix == null ? QualifiedName.of(namespace, local) : QualifiedName.of(namespace, local, prefix);
    }
    String p = byNamespace.get(best);
    return p == null ? QualifiedName.of(best, iri.substring(best.length()))
        : QualifiedName.of(best, iri.substring(best.length()), p);
  }

  /**
   * The longest of the declared namespaces and {@code own} (if it is an IRI a prefix can be declared for) that
   * {@code iri} starts with and that leaves a non-empty rest (an NCName if {@code ncName}), or null; our carrier
   * namespace of un-namespaced names is none of them.
   */
  private String longestSplit(String iri, String own, boolean ncName) {
    String best = null;
    for (String n : byNamespace.keySet()) {
      best = better(iri, n, best, ncName);
    }
    // written back, a namespace gets a prefix declared for it, which JSON-LD processing refuses for a bad IRI
    return own.length() > (best == null ? 0 : best.length()) && isDeclarableIri(own) ? better(iri, own, best, ncName)
        : best;
  }

  private static String better(String iri, String n, String best, boolean ncName) {
    if (n.isEmpty() || n.equals(UNQUALIFIED) || iri.length() <= n.length() || !iri.startsWith(n)
        || best != null && n.length() <= best.length()) {
      return best;
    }
    return !ncName || isNcName(iri.substring(n.length())) ? n : best;
  }

  private String[] undelimited() {
    if (undelimited == null) {
      undelimited = byNamespace.keySet().stream().filter(n -> !endsWithDelimiter(n)).toArray(String[]::new);
    }
    return undelimited;
  }

  /**
   * The un-namespaced name {@code local} that {@code key} names through our carrier namespace: like a member name
   * without colon, it must be an NCName, since the writer writes it bare (or as {@code ptu:} + name) and an XML
   * writer as an element name: {@code ":x"} written bare is a compact IRI with an empty prefix.
   */
  private static QualifiedName unqualified(String key, String local, String at) {
    if (!isNcName(local)) {
      throw new JsonModelMapper.MappingException("JSON-NAME", at,
          "member name '" + key + "' names the "
          + "un-namespaced name '" + local + "', which is not a term (letters, digits, '-', '_', '.')");
    }
    return QualifiedName.local(local);
  }

  /**
   * Whether {@code iri} ends with a delimiter (an RFC 3986 gen-delim: {@code / # : ? [ ] @}): JSON-LD 1.1 then
   * uses a simple term defined as it as a prefix; otherwise only a definition with {@code "@prefix": true} is one.
   */
  static boolean endsWithDelimiter(String iri) {
    char last = iri.isEmpty() ? ' ' : iri.charAt(iri.length() - 1);
    return last == '/' || last == '#' || last == ':' || last == '?' || last == '[' || last == ']' || last == '@';
  }

  /**
   * Whether {@code iri}, longer than {@code scheme:}, can be declared as the IRI of a prefix: JSON-LD processing
   * (Titanium) refuses an IRI mapping that does not parse as an absolute URI ({@code "http://"}: no authority;
   * spaces, a bad percent escape, ...).
   */
  static boolean isDeclarableIri(String iri) {
    try {
      return new java.net.URI(iri).isAbsolute();
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  /** Whether {@code s} is a URI scheme (RFC 3986): a letter, then letters, digits, '+', '-' or '.'. */
  static boolean isScheme(String s) {
    if (s.isEmpty() || !isAsciiLetter(s.charAt(0))) {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  /** Whether {@code s} is an XML NCName: a letter or underscore, then letters, digits, underscores, hyphens, dots. */
  static boolean isNcName(String s) {
    if (s.isEmpty() || !Character.isLetter(s.charAt(0)) && s.charAt(0) != '_') {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isLetterOrDigit(c) && c != '_' && c != '-' && c != '.') {
        return false;
      }
    }
    return true;
  }

  /** Expands a compact IRI or keeps an absolute one. */
  public String expand(String value) {
    int colon = value.indexOf(':');
    if (colon < 0) {
      return value;
    }
    String ns = byPrefix.get(value.substring(0, colon));
    return ns == null || value.startsWith("//", colon + 1) ? value : ns + value.substring(colon + 1);
  }
}
