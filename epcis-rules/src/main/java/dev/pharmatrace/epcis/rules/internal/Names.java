package dev.pharmatrace.epcis.rules.internal;

import dev.pharmatrace.epcis.model.Extension;
import dev.pharmatrace.epcis.model.QualifiedName;
import dev.pharmatrace.epcis.model.VocabularyElement;
import java.util.List;
import java.util.Optional;

/** Namespaces and names the rules look for, matched the lenient way real files need. */
final class Names {
  static final String CBVMDA = "urn:epcglobal:cbv:mda";
  static final String GS1USHC = "http://epcis.gs1us.org/hc/ns";

  private Names() {}

  /** Whether {@code name} is {@code local} in namespace {@code ns} (with or without a trailing {@code :}/{@code #}/{@code /}). */
  static boolean is(QualifiedName name, String ns, String local) {
    return name.localName().equals(local) && strip(name.namespace()).equals(ns);
  }

  private static String strip(String ns) {
    if (ns == null || ns.isEmpty()) {
      return "";
    }
    char last = ns.charAt(ns.length() - 1);
    return last == ':' || last == '#' || last == '/' ? ns.substring(0, ns.length() - 1) : ns;
  }

  /** The first extension {@code ns}:{@code local} in {@code list}. */
  static Optional<Extension> find(List<Extension> list, String ns, String local) {
    for (Extension e : list) {
      if (is(e.name(), ns, local)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** The text of the child {@code ns}:{@code local} of {@code e}, trimmed, if present and not blank. */
  static Optional<String> childText(Extension e, String ns, String local) {
    return find(e.children(), ns, local).flatMap(Extension::textValue).map(String::strip).filter(t -> !t.isEmpty());
  }

  /** A CBV master-data attribute ({@code urn:epcglobal:cbv:mda#name} and its 2.0 spellings), trimmed, not blank. */
  static Optional<String> mda(VocabularyElement element, String local) {
    for (String id : new String[] {CBVMDA + "#" + local, CBVMDA + ":" + local, "cbvmda:" + local}) {
      Optional<String> v = element.attribute(id).map(String::strip).filter(t -> !t.isEmpty());
      if (v.isPresent()) {
        return v;
      }
    }
    return Optional.empty();
  }
}
