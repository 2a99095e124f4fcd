package dev.pharmatrace.epcis.model;

import dev.pharmatrace.epcis.model.internal.Checks;
import java.util.Objects;
import java.util.Optional;

/**
 * The name of an extension element or attribute: a namespace IRI and a local name.
 *
 * <p>In XML this is the element's namespace URI and local name; in JSON-LD the expansion of a compact term {@code
 * prefix:localName} (the prefix's IRI followed by the local name). The namespace is empty for un-namespaced names
 * (allowed for XML attributes and the contents of 1.2 {@code extension} wrappers).
 *
 * <p>The optional {@linkplain #prefixHint() prefix hint} remembers the prefix the name was read with, so that writers
 * can keep the sender's prefixes. It is presentation only: it takes no part in equality.
 */
public final class QualifiedName {
  private final String namespace;
  private final String localName;
  private final String prefixHint;

  private QualifiedName(String namespace, String localName, String prefixHint) {
    this.namespace = Checks.required(namespace, "namespace");
    this.localName = Checks.requiredText(localName, "localName");
    this.prefixHint = prefixHint == null || prefixHint.isEmpty() ? null : prefixHint;
  }

  /** A name in {@code namespace} (empty for none). */
  public static QualifiedName of(String namespace, String localName) {
    return new QualifiedName(namespace, localName, null);
  }

  /** A name in {@code namespace}, remembering the prefix it was written with. */
  public static QualifiedName of(String namespace, String localName, String prefixHint) {
    return new QualifiedName(namespace, localName, prefixHint);
  }

  /** An un-namespaced name. */
  public static QualifiedName local(String localName) {
    return new QualifiedName("", localName, null);
  }

  /** The namespace IRI; empty for an un-namespaced name. */
  public String namespace() {
    return namespace;
  }

  /** The local name. */
  public String localName() {
    return localName;
  }

  /** The prefix this name was read with, if any. Not part of equality. */
  public Optional<String> prefixHint() {
    return Optional.ofNullable(prefixHint);
  }

  /** This name with another prefix hint. */
  public QualifiedName withPrefixHint(String prefix) {
    return new QualifiedName(namespace, localName, prefix);
  }

  /** The expanded IRI as JSON-LD forms it: namespace followed by local name. */
  public String expandedIri() {
    return namespace + localName;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof QualifiedName other
        && other.namespace.equals(namespace)
        && other.localName.equals(localName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(namespace, localName);
  }

  /** Clark notation, {@code {namespace}localName}. */
  @Override
  public String toString() {
    return namespace.isEmpty() ? localName : "{" + namespace + "}" + localName;
  }
}
