package dev.pharmatrace.epcis.model.hash.internal;

import dev.pharmatrace.epcis.model.AggregationEvent;
import dev.pharmatrace.epcis.model.AssociationEvent;
import dev.pharmatrace.epcis.model.BizTransaction;
import dev.pharmatrace.epcis.model.CommonFields;
import dev.pharmatrace.epcis.model.EpcisEvent;
import dev.pharmatrace.epcis.model.Extension;
import dev.pharmatrace.epcis.model.ExtensionAttribute;
import dev.pharmatrace.epcis.model.ObjectEvent;
import dev.pharmatrace.epcis.model.PersistentDisposition;
import dev.pharmatrace.epcis.model.QualifiedName;
import dev.pharmatrace.epcis.model.QuantityElement;
import dev.pharmatrace.epcis.model.SensorElement;
import dev.pharmatrace.epcis.model.SensorMetadata;
import dev.pharmatrace.epcis.model.SensorReport;
import dev.pharmatrace.epcis.model.SourceDest;
import dev.pharmatrace.epcis.model.TransactionEvent;
import dev.pharmatrace.epcis.model.TransformationEvent;
import dev.pharmatrace.epcis.model.cbv.CbvValue;
import dev.pharmatrace.epcis.model.cbv.Disposition;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Builds the CBV 2.0 pre-hash string of an event: the canonical property order of the standard's table, names and
 * values concatenated without separators, list members sorted by code point. Not thread-safe (one per thread).
 *
 * <p>Interpretation choices, each documented in docs/hash.md:
 * <ul>
 *   <li>Order: eventType, eventTime, eventTimeZoneOffset, certificationInfo, epcList, parentID, inputEPCList,
 *       childEPCs, quantityList, childQuantityList, inputQuantityList, outputEPCList, outputQuantityList, action,
 *       transformationID, bizStep, disposition, persistentDisposition, readPoint, bizLocation, bizTransactionList,
 *       sourceList, destinationList, sensorElementList, ilmd, user extensions. {@code certificationInfo} is
 *       placed after {@code eventTimeZoneOffset} as both reference implementations do (the CBV table predates
 *       the field); several values (JSON-LD allows an array) are sorted.</li>
 *   <li>A {@code type} goes first: {@code type=…bizTransaction=…}, {@code type=…source=…}, as the CBV table
 *       lists it; the pair is one list member for sorting.</li>
 *   <li>Extensions inside readPoint, bizLocation, sensorMetadata, sensorReport and sensorElement follow their
 *       parent's regular fields, inside the parent (the literal reading of the rule "at the end of its enclosing
 *       parent's regular fields").</li>
 *   <li>An extension element is {@code {namespace}localName}, then {@code =value} when it has a text, then its
 *       attributes ({@code {namespace}name=value}) and child elements, sorted together; siblings are sorted.
 *       An empty element (no value, attributes or children: {@code <x/>}, {@code "x": ""}) contributes nothing,
 *       as an omitted standard field does: XML writers and JSON-LD writers drop or keep empty members
 *       differently, and the hash must not depend on that.</li>
 *   <li>Sensor reports' {@code bizRules} (JSON-LD only; not in the CBV table) follows
 *       {@code dataProcessingMethod}, as in sensorMetadata.</li>
 *   <li>Not hashed: recordTime, eventID, errorDeclaration (a declared error keeps the event's hash).</li>
 * </ul>
 */
public final class PreHashBuilder {
  /**
   * Case-sensitive order by Unicode code point, which is the order of UTF-8 byte strings ({@link String#compareTo}
   * compares UTF-16 units and would put U+10000.. before U+E000..U+FFFF).
   */
  public static final Comparator<String> CODE_POINT_ORDER = PreHashBuilder::compareCodePoints;

  private final CanonicalValues values = new CanonicalValues();

  /** The pre-hash string of an event. */
  public String build(EpcisEvent event) {
    CommonFields c = event.common();
    StringBuilder s = new StringBuilder(1024);
    s.append("eventType=").append(event.type().localName());
    s.append("eventTime=").append(CanonicalValues.timestamp(c.eventTime()));
    s.append("eventTimeZoneOffset=").append(CanonicalValues.offset(c.eventTimeZoneOffset()));
    List<String> certification = new ArrayList<>(c.certificationInfo().size());
    for (String v : c.certificationInfo()) {
      certification.add("certificationInfo=" + values.uri(v));
    }
    appendSorted(s, certification);

    List<String> epcList = List.of();
    String parentId = null;
    List<String> inputEpcs = List.of();
    List<String> childEpcs = List.of();
    List<QuantityElement> quantityList = List.of();
    List<QuantityElement> childQuantities = List.of();
    List<QuantityElement> inputQuantities = List.of();
    List<String> outputEpcs = List.of();
    List<QuantityElement> outputQuantities = List.of();
    String transformationId = null;
    List<Extension> ilmd = List.of();
    if (event instanceof ObjectEvent e) {
      epcList = e.epcList();
      quantityList = e.quantityList();
      ilmd = e.ilmd();
    } else if (event instanceof AggregationEvent e) {
      parentId = e.parentId();
      childEpcs = e.childEpcs();
      childQuantities = e.childQuantityList();
    } else if (event instanceof TransactionEvent e) {
      parentId = e.parentId();
      epcList = e.epcList();
      quantityList = e.quantityList();
    } else if (event instanceof TransformationEvent e) {
      inputEpcs = e.inputEpcList();
      inputQuantities = e.inputQuantityList();
      outputEpcs = e.outputEpcList();
      outputQuantities = e.outputQuantityList();
      transformationId = e.transformationId();
      ilmd = e.ilmd();
    } else if (event instanceof AssociationEvent e) {
      parentId = e.parentId();
      childEpcs = e.childEpcs();
      childQuantities = e.childQuantityList();
    }
    epcs(s, "epcList", epcList);
    if (parentId != null && !parentId.isBlank()) {
      s.append("parentID=").append(values.uri(parentId));
    }
    epcs(s, "inputEPCList", inputEpcs);
    epcs(s, "childEPCs", childEpcs);
    quantities(s, "quantityList", quantityList);
    quantities(s, "childQuantityList", childQuantities);
    quantities(s, "inputQuantityList", inputQuantities);
    epcs(s, "outputEPCList", outputEpcs);
    quantities(s, "outputQuantityList", outputQuantities);
    event.actionValue().ifPresent(a -> s.append("action=").append(a.name()));
    if (transformationId != null && !transformationId.isBlank()) {
      s.append("transformationID=").append(values.uri(transformationId));
    }
    if (c.bizStep() != null) {
      s.append("bizStep=").append(values.cbv(c.bizStep()));
    }
    if (c.disposition() != null) {
      s.append("disposition=").append(values.cbv(c.disposition()));
    }
    persistentDisposition(s, c.persistentDisposition());
    if (c.readPoint() != null) {
      location(s, "readPoint", c.readPoint().id(), c.readPoint().extensions());
    }
    if (c.bizLocation() != null) {
      location(s, "bizLocation", c.bizLocation().id(), c.bizLocation().extensions());
    }
    if (!c.bizTransactionList().isEmpty()) {
      List<String> members = new ArrayList<>(c.bizTransactionList().size());
      for (BizTransaction t : c.bizTransactionList()) {
        members.add(typed(t.type(), "bizTransaction", t.value()));
      }
      s.append("bizTransactionList");
      appendSorted(s, members);
    }
    sourceDest(s, "sourceList", "source", c.sourceList());
    sourceDest(s, "destinationList", "destination", c.destinationList());
    if (!c.sensorElementList().isEmpty()) {
      List<String> elements = new ArrayList<>(c.sensorElementList().size());
      for (SensorElement element : c.sensorElementList()) {
        elements.add(sensorElement(element));
      }
      s.append("sensorElementList");
      appendSorted(s, elements);
    }
    if (!ilmd.isEmpty()) {
      s.append("ilmd");
      appendSorted(s, extensions(ilmd, List.of()));
    }
    appendSorted(s, extensions(c.extensions(), c.otherAttributes()));
    return s.toString();
  }

  private void epcs(StringBuilder s, String listName, List<String> epcs) {
    if (epcs.isEmpty()) {
      return;
    }
    List<String> members = new ArrayList<>(epcs.size());
    for (String epc : epcs) {
      members.add(values.uri(epc));
    }
    // every member is "epc=" + value: sorting the values sorts the members, without building them
    if (members.size() > 1) {
      members.sort(CODE_POINT_ORDER);
    }
    s.append(listName);
    for (String m : members) {
      s.append("epc=").append(m);
    }
  }

  private void quantities(StringBuilder s, String listName, List<QuantityElement> elements) {
    if (elements.isEmpty()) {
      return;
    }
    List<String> members = new ArrayList<>(elements.size());
    for (QuantityElement q : elements) {
      StringBuilder m = new StringBuilder(96).append("quantityElementepcClass=").append(values.uri(q.epcClass()));
      number(m, "quantity", q.quantity());
      text(m, "uom", q.uom());
      members.add(m.toString());
    }
    s.append(listName);
    appendSorted(s, members);
  }

  private void persistentDisposition(StringBuilder s, PersistentDisposition p) {
    if (p == null || p.set().isEmpty() && p.unset().isEmpty()) {
      return;
    }
    s.append("persistentDisposition");
    appendSorted(s, dispositions("set=", p.set()));
    appendSorted(s, dispositions("unset=", p.unset()));
  }

  private List<String> dispositions(String key, List<Disposition> list) {
    List<String> out = new ArrayList<>(list.size());
    for (Disposition d : list) {
      out.add(key + values.cbv(d));
    }
    return out;
  }

  private void location(StringBuilder s, String name, String id, List<Extension> extensions) {
    s.append(name).append("id=").append(values.uri(id));
    appendSorted(s, extensions(extensions, List.of()));
  }

  private String typed(CbvValue type, String name, String value) {
    StringBuilder m = new StringBuilder(128);
    if (type != null) {
      m.append("type=").append(values.cbv(type));
    }
    return m.append(name).append('=').append(values.uri(value)).toString();
  }

  private void sourceDest(StringBuilder s, String listName, String name, List<SourceDest> list) {
    if (list.isEmpty()) {
      return;
    }
    List<String> members = new ArrayList<>(list.size());
    for (SourceDest sd : list) {
      members.add(typed(sd.type(), name, sd.value()));
    }
    s.append(listName);
    appendSorted(s, members);
  }

  private String sensorElement(SensorElement element) {
    StringBuilder m = new StringBuilder(256).append("sensorElement");
    SensorMetadata md = element.metadata();
    if (md != null) {
      StringBuilder f = new StringBuilder(128);
      time(f, "time", md.time());
      time(f, "startTime", md.startTime());
      time(f, "endTime", md.endTime());
      uri(f, "deviceID", md.deviceID());
      uri(f, "deviceMetadata", md.deviceMetadata());
      uri(f, "rawData", md.rawData());
      uri(f, "dataProcessingMethod", md.dataProcessingMethod());
      uri(f, "bizRules", md.bizRules());
      appendSorted(f, extensions(List.of(), md.otherAttributes()));
      if (f.length() > 0) {
        m.append("sensorMetadata").append(f);
      }
    }
    List<String> reports = new ArrayList<>(element.reports().size());
    for (SensorReport r : element.reports()) {
      String report = sensorReport(r);
      if (!report.isEmpty()) {
        reports.add("sensorReport" + report);
      }
    }
    appendSorted(m, reports);
    appendSorted(m, extensions(element.extensions(), List.of()));
    return m.toString();
  }

  private String sensorReport(SensorReport r) {
    StringBuilder f = new StringBuilder(192);
    cbv(f, "type", r.type());
    cbv(f, "exception", r.exception());
    uri(f, "deviceID", r.deviceID());
    uri(f, "deviceMetadata", r.deviceMetadata());
    uri(f, "rawData", r.rawData());
    uri(f, "dataProcessingMethod", r.dataProcessingMethod());
    uri(f, "bizRules", r.bizRules());
    time(f, "time", r.time());
    uri(f, "microorganism", r.microorganism());
    uri(f, "chemicalSubstance", r.chemicalSubstance());
    number(f, "value", r.value());
    cbv(f, "component", r.component());
    text(f, "stringValue", r.stringValue());
    if (r.booleanValue() != null) {
      f.append("booleanValue=").append(r.booleanValue());
    }
    text(f, "hexBinaryValue", r.hexBinaryValue());
    uri(f, "uriValue", r.uriValue());
    number(f, "minValue", r.minValue());
    number(f, "maxValue", r.maxValue());
    number(f, "meanValue", r.meanValue());
    number(f, "sDev", r.sDev());
    number(f, "percRank", r.percRank());
    number(f, "percValue", r.percValue());
    text(f, "uom", r.uom());
    uri(f, "coordinateReferenceSystem", r.coordinateReferenceSystem());
    appendSorted(f, extensions(List.of(), r.otherAttributes()));
    return f.toString();
  }

  private static void time(StringBuilder s, String key, OffsetDateTime t) {
    if (t != null) {
      s.append(key).append('=').append(CanonicalValues.timestamp(t));
    }
  }

  private void uri(StringBuilder s, String key, String v) {
    if (v != null && !v.isBlank()) {
      s.append(key).append('=').append(values.uri(v));
    }
  }

  private void cbv(StringBuilder s, String key, CbvValue v) {
    if (v != null) {
      s.append(key).append('=').append(values.cbv(v));
    }
  }

  private static void number(StringBuilder s, String key, BigDecimal v) {
    if (v != null) {
      s.append(key).append('=').append(CanonicalValues.number(v));
    }
  }

  private static void text(StringBuilder s, String key, String v) {
    if (v != null && !v.isBlank()) {
      s.append(key).append('=').append(v.strip());
    }
  }

  /** The renderings of extension elements and extension attributes, one per member (unsorted). */
  private List<String> extensions(List<Extension> elements, List<ExtensionAttribute> attributes) {
    if (elements.isEmpty() && attributes.isEmpty()) {
      return List.of();
    }
    List<String> out = new ArrayList<>(elements.size() + attributes.size());
    for (Extension e : elements) {
      String rendered = extension(e);
      if (rendered != null) {
        out.add(rendered);
      }
    }
    for (ExtensionAttribute a : attributes) {
      out.add(attribute(a));
    }
    return out;
  }

  /** The rendering of an extension element; null for an empty one (no value, no attributes, no children). */
  private String extension(Extension e) {
    String text = values.extensionText(e);
    List<String> inner = extensions(e.children(), e.attributes());
    if (text == null && inner.isEmpty()) {
      return null;
    }
    StringBuilder m = new StringBuilder(64);
    name(m, e.name());
    if (text != null) {
      m.append('=').append(text);
    }
    appendSorted(m, inner);
    return m.toString();
  }

  private String attribute(ExtensionAttribute a) {
    StringBuilder m = new StringBuilder(64);
    name(m, a.name());
    String text = values.extensionText(new Extension(a.name(), List.of(), a.value(), null, List.of()));
    if (text != null) {
      m.append('=').append(text);
    }
    return m.toString();
  }

  private static void name(StringBuilder m, QualifiedName name) {
    if (!name.namespace().isEmpty()) {
      m.append('{').append(CanonicalValues.namespace(name.namespace())).append('}');
    }
    m.append(name.localName());
  }

  private static void appendSorted(StringBuilder s, List<String> members) {
    if (members.size() > 1) {
      members.sort(CODE_POINT_ORDER);
    }
    for (String m : members) {
      s.append(m);
    }
  }

  private static int compareCodePoints(String a, String b) {
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      if (x != y) {
        if (x >= Character.MIN_SURROGATE && y >= Character.MIN_SURROGATE) {
          // surrogates (D800-DFFF) encode code points above FFFF: move them above E000-FFFF
          return fix(x) - fix(y);
        }
        return x - y;
      }
    }
    return a.length() - b.length();
  }

  private static int fix(char c) {
    return c >= 0xE000 ? c - 0x800 : c + 0x2000;
  }
}
