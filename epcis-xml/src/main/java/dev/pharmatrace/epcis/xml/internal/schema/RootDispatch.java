package dev.pharmatrace.epcis.xml.internal.schema;

import dev.pharmatrace.epcis.xml.EpcisXmlNamespaces;
import dev.pharmatrace.epcis.xml.internal.schema.BundledSchemas.Entry;
import java.util.Set;

/**
 * Chooses the schema for a document from its root element: the namespace selects the version and the schema, the
 * local name must be one of that schema's global elements. Bare events get a synthetic EPCIS 2.0 document around them.
 */
public final class RootDispatch {
  private RootDispatch() {}

  /**
   * What to validate a root with.
   *
   * @param entry the schema
   * @param wrapInDocument whether the root is a bare event to be wrapped in a synthetic 2.0
   *     {@code EPCISDocument/EPCISBody/EventList}
   */
  public record Target(Entry entry, boolean wrapInDocument) {}

  /** The event elements of EPCIS 2.0. */
  public static final Set<String> EVENTS_2_0 =
      Set.of("ObjectEvent", "AggregationEvent", "TransactionEvent", "TransformationEvent", "AssociationEvent");

  private static final Set<String> CORE_2_0_ROOTS = Set.of("EPCISDocument", "EPCISCaptureJob", "EPCISException");

  /** The global elements of the query schemas (the same in 1.2 and 2.0). */
  private static final Set<String> QUERY_ROOTS = Set.of("EPCISQueryDocument", "Poll", "QueryResults", "Subscribe",
      "SubscribeResult", "Unsubscribe", "UnsubscribeResult", "GetSubscriptionIDs", "GetSubscriptionIDsResult",
      "GetQueryNames", "GetQueryNamesResult", "GetStandardVersion", "GetStandardVersionResult", "GetVendorVersion",
      "GetVendorVersionResult", "VoidHolder", "EPCISException", "DuplicateNameException", "InvalidURIException",
      "NoSuchNameException", "NoSuchSubscriptionException", "DuplicateSubscriptionException",
      "QueryParameterException", "QueryTooLargeException", "QueryTooComplexException",
      "SubscriptionControlsException", "SubscribeNotPermittedException", "SecurityException", "ValidationException",
      "ImplementationException");

  /** The target for a root element, or null when no bundled schema declares it. */
  public static Target target(String namespace, String localName) {
    String ns = namespace == null ? "" : namespace;
    switch (ns) {
      case "":
        return EVENTS_2_0.contains(localName) ? new Target(Entry.CORE_2_0, true) : null;
      case EpcisXmlNamespaces.EPCIS_2_0:
        if (CORE_2_0_ROOTS.contains(localName)) {
          return new Target(Entry.CORE_2_0, false);
        }
        // a namespace-qualified event: wrapped, the schema then reports that events are unqualified
        return EVENTS_2_0.contains(localName) ? new Target(Entry.CORE_2_0, true) : null;
      case EpcisXmlNamespaces.EPCIS_QUERY_2_0:
        return QUERY_ROOTS.contains(localName) ? new Target(Entry.QUERY_2_0, false) : null;
      case EpcisXmlNamespaces.EPCIS_MASTER_DATA_2_0:
        return localName.equals("EPCISMasterDataDocument") ? new Target(Entry.MASTER_DATA_2_0, false) : null;
      case EpcisXmlNamespaces.EPCIS_1_2:
        return localName.equals("EPCISDocument") ? new Target(Entry.CORE_1_2, false) : null;
      case EpcisXmlNamespaces.EPCIS_QUERY_1_2:
        return QUERY_ROOTS.contains(localName) ? new Target(Entry.QUERY_1_2, false) : null;
      case EpcisXmlNamespaces.EPCIS_MASTER_DATA_1_2:
        return localName.equals("EPCISMasterDataDocument") ? new Target(Entry.MASTER_DATA_1_2, false) : null;
      default:
        return null;
    }
  }

  /** A sentence naming an unknown root and what was expected instead. */
  public static String unknownRootMessage(String namespace, String localName) {
    String ns = namespace == null ? "" : namespace;
    String found = ns.isEmpty() ? "<" + localName + "> (no namespace)" : "<" + localName + "> in namespace " + ns;
    String hint = "";
    boolean epcisNamespace = ALL_NAMESPACES.contains(ns);
    if (ns.equals(EpcisXmlNamespaces.EPCIS_1_2) && EVENTS_1_2.contains(localName)) {
      hint = " A bare event is accepted only as EPCIS 2.0 (no namespace); wrap a 1.x event in an EPCISDocument.";
    } else if (epcisNamespace) {
      hint = " Namespace " + ns + " declares no root element <" + localName + ">.";
    } else if (!ns.isEmpty() && DOCUMENTS.contains(localName)) {
      hint = " " + ns + " is not an EPCIS namespace (check for a typo or a missing version suffix).";
    } else if (ns.isEmpty() && DOCUMENTS.contains(localName)) {
      hint = " The root element has no namespace: declare the EPCIS namespace, e.g. <epcis:" + localName
          + " xmlns:epcis=\"" + EpcisXmlNamespaces.EPCIS_2_0 + "\">.";
    }
    return "the root element is " + found + ", which is not an EPCIS document; expected EPCISDocument, "
        + "EPCISQueryDocument or EPCISMasterDataDocument in namespace " + EpcisXmlNamespaces.EPCIS_2_0
        + " (EPCIS 2.0) or " + EpcisXmlNamespaces.EPCIS_1_2 + " (EPCIS 1.x; query and master-data documents in "
        + "the matching epcis-query / epcis-masterdata namespaces), or a bare EPCIS 2.0 event (ObjectEvent, "
        + "AggregationEvent, TransactionEvent, TransformationEvent, AssociationEvent) without namespace." + hint;
  }

  private static final Set<String> DOCUMENTS =
      Set.of("EPCISDocument", "EPCISQueryDocument", "EPCISMasterDataDocument");

  private static final Set<String> ALL_NAMESPACES = Set.of(EpcisXmlNamespaces.EPCIS_2_0,
      EpcisXmlNamespaces.EPCIS_QUERY_2_0, EpcisXmlNamespaces.EPCIS_MASTER_DATA_2_0, EpcisXmlNamespaces.EPCIS_1_2,
      EpcisXmlNamespaces.EPCIS_QUERY_1_2, EpcisXmlNamespaces.EPCIS_MASTER_DATA_1_2);

  private static final Set<String> EVENTS_1_2 =
      Set.of("ObjectEvent", "AggregationEvent", "TransactionEvent", "TransformationEvent", "QuantityEvent");
}
