package dev.pharmatrace.epcis.jsonld.internal;

import dev.pharmatrace.epcis.model.internal.IsoTimes;
import dev.pharmatrace.epcis.model.Action;
import dev.pharmatrace.epcis.model.AggregationEvent;
import dev.pharmatrace.epcis.model.AssociationEvent;
import dev.pharmatrace.epcis.model.BizLocation;
import dev.pharmatrace.epcis.model.BizTransaction;
import dev.pharmatrace.epcis.model.EpcisEvent;
import dev.pharmatrace.epcis.model.ErrorDeclaration;
import dev.pharmatrace.epcis.model.EventBuilder;
import dev.pharmatrace.epcis.model.EventType;
import dev.pharmatrace.epcis.model.Extension;
import dev.pharmatrace.epcis.model.ListField;
import dev.pharmatrace.epcis.model.ExtensionAttribute;
import dev.pharmatrace.epcis.model.MasterData;
import dev.pharmatrace.epcis.model.MasterDataAttribute;
import dev.pharmatrace.epcis.model.ObjectEvent;
import dev.pharmatrace.epcis.model.PersistentDisposition;
import dev.pharmatrace.epcis.model.QualifiedName;
import dev.pharmatrace.epcis.model.QuantityElement;
import dev.pharmatrace.epcis.model.ReadPoint;
import dev.pharmatrace.epcis.model.SensorElement;
import dev.pharmatrace.epcis.model.SensorMetadata;
import dev.pharmatrace.epcis.model.SensorReport;
import dev.pharmatrace.epcis.model.SourceDest;
import dev.pharmatrace.epcis.model.TransactionEvent;
import dev.pharmatrace.epcis.model.TransformationEvent;
import dev.pharmatrace.epcis.model.Vocabulary;
import dev.pharmatrace.epcis.model.VocabularyElement;
import dev.pharmatrace.epcis.model.cbv.BizStep;
import dev.pharmatrace.epcis.model.cbv.BizTransactionType;
import dev.pharmatrace.epcis.model.cbv.Disposition;
import dev.pharmatrace.epcis.model.cbv.ErrorReason;
import dev.pharmatrace.epcis.model.cbv.MeasurementType;
import dev.pharmatrace.epcis.model.cbv.SensorAlertType;
import dev.pharmatrace.epcis.model.cbv.SensorComponent;
import dev.pharmatrace.epcis.model.cbv.SourceDestType;
import dev.pharmatrace.epcis.model.internal.Checks;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Maps JSON-LD trees (one event, the header, a vocabulary list) onto the model. Problems are thrown as {@link
 * MappingException} with the JSON pointer (relative to the tree) of the offending value.
 */
public final class JsonModelMapper {
  /** A value that cannot be mapped; {@code pointer} is relative to the mapped tree. */
  public static final class MappingException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String rule;
    private final String pointer;

    MappingException(String rule, String pointer, String message) {
      super(message);
      this.rule = rule;
      this.pointer = pointer;
    }

    /** The rule id. */
    public String rule() {
      return rule;
    }

    /** The JSON pointer, relative to the mapped tree. */
    public String pointer() {
      return pointer;
    }
  }

  /** Receives warnings: rule, relative pointer, message. */
  public interface Warnings {
    /** Reports one warning. */
    void warn(String rule, String pointer, String message);
  }

  private static final Set<String> COMMON = Set.of("@context", "type", "eventTime", "recordTime",
      "eventTimeZoneOffset", "eventID", "certificationInfo", "errorDeclaration", "action", "bizStep", "disposition",
      "persistentDisposition", "readPoint", "bizLocation", "bizTransactionList", "sourceList", "destinationList",
      "sensorElementList", "epcList", "childEPCs", "inputEPCList", "outputEPCList", "quantityList",
      "childQuantityList", "inputQuantityList", "outputQuantityList", "parentID", "transformationID", "ilmd");

  private JsonModelMapper() {}

  // ------------------------------------------------------------------ context

  /**
   * Reads an {@code @context} value into {@code prefixes} and collects remote context URLs into {@code urls}.
   * Returns the prefixes the document declares inline, in order.
   */
  public static Map<String, String> readContext(JsonNode context, Prefixes prefixes, List<String> urls) {
    Map<String, String> declared = new java.util.LinkedHashMap<>();
    List<JsonNode> items = new ArrayList<>();
    if (context.isArray()) {
      context.forEach(items::add);
    } else {
      items.add(context);
    }
    for (JsonNode item : items) {
      if (item.isString()) {
        urls.add(item.asString());
      } else if (item.isObject()) {
        for (Map.Entry<String, JsonNode> m : item.properties()) {
          String name = m.getKey();
          if (name.startsWith("@")) {
            continue;
          }
          JsonNode v = m.getValue();
          String iri = v.isString() ? v.asString() : v.isObject() && v.has("@id") ? v.get("@id").asString() : null;
          // a term mapped to no absolute IRI (a relative one, say) is no prefix JSON-LD would expand through, and
          // written back as one it made the written document fail JSON-LD processing (a fuzz finding of stop 14):
          // names using it are then read as absolute IRIs of their own scheme, as JSON-LD reads them
          if (iri != null && !name.contains(":") && (Prefixes.isDeclarableIri(iri)
              || iri.endsWith(":") && Prefixes.isScheme(iri.substring(0, iri.length() - 1)))) {
            prefixes.put(name, iri);
            declared.put(name, iri);
          }
        }
      }
    }
    return declared;
  }

  // ------------------------------------------------------------------ events

  /**
   * Maps one event tree. {@code prefixes} are those in scope in the event: the document's and those of the event's
   * own {@code @context}, which the caller adds (its remote contexts need the context loader).
   */
  public static EpcisEvent event(JsonNode node, Prefixes prefixes, Warnings warnings) {
    if (!node.isObject()) {
      throw new MappingException("JSON-TYPE", "", "an event must be a JSON object");
    }
    String type = text(node, "type", true);
    EventBuilder<?, ?> b;
    switch (type) {
      case "ObjectEvent" -> b = ObjectEvent.builder().action(action(node)).epcList(strings(node, "epcList"))
          .quantityList(quantities(node, "quantityList")).ilmd(ilmd(node, prefixes, warnings));
      case "AggregationEvent" -> b = AggregationEvent.builder().action(action(node))
          .parentId(text(node, "parentID", false)).childEpcs(strings(node, "childEPCs"))
          .childQuantityList(quantities(node, "childQuantityList"));
      case "TransactionEvent" -> b = TransactionEvent.builder().action(action(node))
          .parentId(text(node, "parentID", false)).epcList(strings(node, "epcList"))
          .quantityList(quantities(node, "quantityList"));
      case "TransformationEvent" -> b = TransformationEvent.builder()
          .inputEpcList(strings(node, "inputEPCList")).inputQuantityList(quantities(node, "inputQuantityList"))
          .outputEpcList(strings(node, "outputEPCList")).outputQuantityList(quantities(node, "outputQuantityList"))
          .transformationId(text(node, "transformationID", false)).ilmd(ilmd(node, prefixes, warnings));
      case "AssociationEvent" -> b = AssociationEvent.builder().action(action(node))
          .parentId(text(node, "parentID", false)).childEpcs(strings(node, "childEPCs"))
          .childQuantityList(quantities(node, "childQuantityList"));
      default -> throw new MappingException("JSON-EVENT-TYPE", "/type", "unknown event type '" + type
          + "': expected ObjectEvent, AggregationEvent, TransactionEvent, TransformationEvent or AssociationEvent");
    }
    EventType eventType = EventType.fromLocalName(type).orElseThrow(); // one of the five: the switch refused others
    for (ListField list : ListField.values()) {
      JsonNode v = node.get(list.fieldName());
      if (v != null && v.isArray() && v.isEmpty()) {
        b.emptyListPresent(list);
      }
    }
    String offsetText = text(node, "eventTimeZoneOffset", true);
    ZoneOffset offset;
    try {
      offset = ZoneOffset.of(offsetText);
    } catch (RuntimeException e) {
      throw new MappingException("JSON-TIME-ZONE-OFFSET", "/eventTimeZoneOffset", "eventTimeZoneOffset '"
          + offsetText + "' is not an offset like +01:00");
    }
    b.eventTime(time(node, "eventTime", true)).eventTimeZoneOffset(offset).recordTime(time(node, "recordTime", false))
        .eventId(text(node, "eventID", false));
    JsonNode cert = node.get("certificationInfo");
    if (cert != null) {
      b.certificationInfo(cert.isArray() ? strings(node, "certificationInfo") : List.of(cert.asString()));
    }
    if (node.has("errorDeclaration")) {
      b.errorDeclaration(errorDeclaration(node.get("errorDeclaration"), prefixes, warnings));
    }
    String bizStep = text(node, "bizStep", false);
    if (bizStep != null) {
      b.bizStep(BizStep.of(bizStep));
    }
    String disposition = text(node, "disposition", false);
    if (disposition != null) {
      b.disposition(Disposition.of(disposition));
    }
    JsonNode pd = node.get("persistentDisposition");
    if (pd != null) {
      b.persistentDisposition(new PersistentDisposition(
          strings(pd, "set").stream().map(Disposition::of).toList(),
          strings(pd, "unset").stream().map(Disposition::of).toList()));
    }
    JsonNode rp = node.get("readPoint");
    if (rp != null) {
      b.readPoint(new ReadPoint(required(rp, "id", "/readPoint/id"),
          locationExtensions(rp, "/readPoint", prefixes, warnings)));
    }
    JsonNode bl = node.get("bizLocation");
    if (bl != null) {
      b.bizLocation(new BizLocation(required(bl, "id", "/bizLocation/id"),
          locationExtensions(bl, "/bizLocation", prefixes, warnings)));
    }
    JsonNode bts = node.get("bizTransactionList");
    if (bts != null) {
      List<BizTransaction> list = new ArrayList<>();
      int i = 0;
      for (JsonNode t : bts) {
        String value = required(t, "bizTransaction", "/bizTransactionList/" + i + "/bizTransaction");
        String tt = text(t, "type", false);
        list.add(new BizTransaction(value, tt == null ? null : BizTransactionType.of(tt)));
        i++;
      }
      b.bizTransactionList(list);
    }
    b.sourceList(sourceDest(node, "sourceList", "source"));
    b.destinationList(sourceDest(node, "destinationList", "destination"));
    JsonNode sensors = node.get("sensorElementList");
    if (sensors != null) {
      List<SensorElement> list = new ArrayList<>();
      int i = 0;
      for (JsonNode s : sensors) {
        list.add(sensorElement(s, "/sensorElementList/" + i, prefixes, warnings));
        i++;
      }
      b.sensorElementList(list);
    }
    List<Extension> extensions = new ArrayList<>();
    List<ExtensionAttribute> attributes = new ArrayList<>();
    for (Map.Entry<String, JsonNode> m : node.properties()) {
      String key = m.getKey();
      if (COMMON.contains(key)) {
        if (eventType.isFieldOfAnotherType(key)) {
          // the model of this event type has no place for it: reading on would drop it without a word
          throw new MappingException("JSON-MISPLACED-FIELD", Pointers.member(key), "'" + key + "' is not a member "
              + "of " + type + ": the event cannot hold it, so it would be lost (move it to an event type that has "
              + "it, or name it as an extension, e.g. ex:" + key + ")");
        }
        continue;
      }
      if (key.startsWith("@")) {
        attributes.add(new ExtensionAttribute(prefixes.resolve(key.substring(1), Pointers.member(key)),
            m.getValue().asString()));
      } else {
        if (!key.contains(":")) {
          warnings.warn("JSON-UNKNOWN-FIELD", Pointers.member(key), "unknown event member '" + key
              + "' (extension members are compact IRIs like ex:name); kept as an extension");
        }
        extensions(prefixes.resolve(key), m.getValue(), prefixes, warnings, Pointers.member(key), extensions);
      }
    }
    b.extensions(extensions).otherAttributes(attributes);
    try {
      return b.build();
    } catch (NullPointerException | IllegalArgumentException e) {
      throw new MappingException("JSON-EVENT", "", e.getMessage());
    }
  }

  private static Action action(JsonNode node) {
    String value = text(node, "action", true);
    try {
      return Action.of(value);
    } catch (IllegalArgumentException e) {
      throw new MappingException("JSON-ACTION", "/action", "action '" + value + "' is not ADD, OBSERVE or DELETE");
    }
  }

  private static List<Extension> ilmd(JsonNode node, Prefixes prefixes, Warnings warnings) {
    JsonNode ilmd = node.get("ilmd");
    List<Extension> out = new ArrayList<>();
    if (ilmd != null && ilmd.isObject()) {
      for (Map.Entry<String, JsonNode> m : ilmd.properties()) {
        String at = "/ilmd" + Pointers.member(m.getKey());
        extensions(prefixes.resolve(m.getKey(), at), m.getValue(), prefixes, warnings, at, out);
      }
    }
    return out;
  }

  private static List<Extension> locationExtensions(JsonNode node, String pointer, Prefixes prefixes,
      Warnings warnings) {
    List<Extension> out = new ArrayList<>();
    for (Map.Entry<String, JsonNode> m : node.properties()) {
      if (!m.getKey().equals("id")) {
        String at = pointer + Pointers.member(m.getKey());
        extensions(prefixes.resolve(m.getKey(), at), m.getValue(), prefixes, warnings, at, out);
      }
    }
    return out;
  }

  private static ErrorDeclaration errorDeclaration(JsonNode node, Prefixes prefixes, Warnings warnings) {
    List<Extension> extensions = new ArrayList<>();
    for (Map.Entry<String, JsonNode> m : node.properties()) {
      if (!Set.of("declarationTime", "reason", "correctiveEventIDs").contains(m.getKey())) {
        String at = "/errorDeclaration" + Pointers.member(m.getKey());
        extensions(prefixes.resolve(m.getKey(), at), m.getValue(), prefixes, warnings, at, extensions);
      }
    }
    String reason = text(node, "reason", false);
    return new ErrorDeclaration(timeAt(node, "declarationTime", "/errorDeclaration/declarationTime"),
        reason == null ? null : ErrorReason.of(reason), strings(node, "correctiveEventIDs"), extensions);
  }

  private static List<SourceDest> sourceDest(JsonNode node, String list, String item) {
    JsonNode values = node.get(list);
    List<SourceDest> out = new ArrayList<>();
    if (values == null) {
      return out;
    }
    int i = 0;
    for (JsonNode v : values) {
      String type = required(v, "type", "/" + list + "/" + i + "/type");
      out.add(new SourceDest(SourceDestType.of(type), required(v, item, "/" + list + "/" + i + "/" + item)));
      i++;
    }
    return out;
  }

  private static SensorElement sensorElement(JsonNode s, String at, Prefixes prefixes, Warnings warnings) {
    SensorMetadata metadata = null;
    JsonNode m = s.get("sensorMetadata");
    if (m != null) {
      SensorMetadata.Builder b = SensorMetadata.builder();
      for (Map.Entry<String, JsonNode> f : m.properties()) {
        String v = f.getValue().asString();
        String p = at + "/sensorMetadata" + Pointers.member(f.getKey());
        switch (f.getKey()) {
          case "time" -> b.time(parseTime(v, p));
          case "startTime" -> b.startTime(parseTime(v, p));
          case "endTime" -> b.endTime(parseTime(v, p));
          case "deviceID" -> b.deviceID(v);
          case "deviceMetadata" -> b.deviceMetadata(v);
          case "rawData" -> b.rawData(v);
          case "dataProcessingMethod" -> b.dataProcessingMethod(v);
          case "bizRules" -> b.bizRules(v);
          default -> b.addOtherAttribute(new ExtensionAttribute(attributeName(f.getKey(), prefixes, p),
              scalarText(f.getValue())));
        }
      }
      metadata = b.build();
    }
    List<SensorReport> reports = new ArrayList<>();
    JsonNode rs = s.get("sensorReport");
    int i = 0;
    if (rs != null) {
      for (JsonNode r : rs) {
        reports.add(sensorReport(r, at + "/sensorReport/" + i, prefixes));
        i++;
      }
    }
    List<Extension> extensions = new ArrayList<>();
    for (Map.Entry<String, JsonNode> f : s.properties()) {
      if (!f.getKey().equals("sensorMetadata") && !f.getKey().equals("sensorReport")) {
        String p = at + Pointers.member(f.getKey());
        extensions(prefixes.resolve(f.getKey(), p), f.getValue(), prefixes, warnings, p, extensions);
      }
    }
    return new SensorElement(metadata, reports, extensions);
  }

  private static SensorReport sensorReport(JsonNode r, String at, Prefixes prefixes) {
    SensorReport.Builder b = SensorReport.builder();
    for (Map.Entry<String, JsonNode> f : r.properties()) {
      JsonNode n = f.getValue();
      String v = n.isValueNode() ? n.asString() : n.toString();
      String p = at + Pointers.member(f.getKey());
      switch (f.getKey()) {
        case "type" -> b.type(MeasurementType.of(v));
        case "exception" -> b.exception(SensorAlertType.of(v));
        case "deviceID" -> b.deviceID(v);
        case "deviceMetadata" -> b.deviceMetadata(v);
        case "rawData" -> b.rawData(v);
        case "dataProcessingMethod" -> b.dataProcessingMethod(v);
        case "bizRules" -> b.bizRules(v);
        case "time" -> b.time(parseTime(v, p));
        case "microorganism" -> b.microorganism(v);
        case "chemicalSubstance" -> b.chemicalSubstance(v);
        case "value" -> b.value(decimal(n, p));
        case "component" -> b.component(SensorComponent.of(v));
        case "stringValue" -> b.stringValue(v);
        case "booleanValue" -> b.booleanValue(n.isBoolean() ? n.booleanValue() : Boolean.valueOf(v));
        case "hexBinaryValue" -> b.hexBinaryValue(v);
        case "uriValue" -> b.uriValue(v);
        case "minValue" -> b.minValue(decimal(n, p));
        case "maxValue" -> b.maxValue(decimal(n, p));
        case "meanValue" -> b.meanValue(decimal(n, p));
        case "sDev" -> b.sDev(decimal(n, p));
        case "percRank" -> b.percRank(decimal(n, p));
        case "percValue" -> b.percValue(decimal(n, p));
        case "uom" -> b.uom(v);
        case "coordinateReferenceSystem" -> b.coordinateReferenceSystem(v);
        default -> b.addOtherAttribute(new ExtensionAttribute(attributeName(f.getKey(), prefixes, p), scalarText(n)));
      }
    }
    return b.build();
  }

  private static QualifiedName attributeName(String key, Prefixes prefixes, String at) {
    return prefixes.resolve(key.startsWith("@") ? key.substring(1) : key, at);
  }

  private static String scalarText(JsonNode n) {
    return n.isValueNode() ? n.asString() : n.toString();
  }

  // ------------------------------------------------------------------ extensions

  /** Adds the extension(s) for one member: an array gives one extension per item. */
  public static void extensions(QualifiedName name, JsonNode value, Prefixes prefixes, Warnings warnings,
      String pointer, List<Extension> out) {
    if (value.isArray()) {
      int i = 0;
      for (JsonNode item : value) {
        extensions(name, item, prefixes, warnings, pointer + "/" + i, out);
        i++;
      }
      return;
    }
    if (value.isNull()) {
      warnings.warn("JSON-NULL", pointer, "null value of " + name + " skipped");
      return;
    }
    out.add(extension(name, value, prefixes, warnings, pointer));
  }

  private static Extension extension(QualifiedName name, JsonNode value, Prefixes prefixes, Warnings warnings,
      String pointer) {
    if (value.isString()) {
      return Extension.text(name, value.asString());
    }
    if (value.isBoolean()) {
      return Extension.typed(name, value.asString(), Extension.XSD_BOOLEAN);
    }
    if (value.isNumber()) {
      String lexical = value.isIntegralNumber() ? value.bigIntegerValue().toString()
          : value.decimalValue().toString();
      return Extension.typed(name, lexical, value.isIntegralNumber() ? Extension.XSD_INTEGER : Extension.XSD_DOUBLE);
    }
    // an object: @-members are attributes (@value, @type and #text carry a typed or mixed text), others children
    Extension.Builder b = Extension.builder(name);
    String text = null;
    String datatype = null;
    List<Extension> children = new ArrayList<>();
    for (Map.Entry<String, JsonNode> m : value.properties()) {
      String key = m.getKey();
      JsonNode v = m.getValue();
      switch (key) {
        case "@value" -> text = v.asString();
        case "@type" -> datatype = prefixes.expand(v.asString());
        case "#text" -> text = v.asString();
        case "@language" -> b.attribute(QualifiedName.of("http://www.w3.org/XML/1998/namespace", "lang", "xml"),
            v.asString());
        default -> {
          if (key.startsWith("@")) {
            b.attribute(attributeName(key, prefixes, pointer + Pointers.member(key)), scalarText(v));
          } else {
            String at = pointer + Pointers.member(key);
            extensions(prefixes.resolve(key, at), v, prefixes, warnings, at, children);
          }
        }
      }
    }
    if (text != null) {
      b.text(text, datatype);
    }
    children.forEach(b::child);
    Extension e = b.build();
    if (e.children().isEmpty() && e.text() == null && e.attributes().isEmpty()) {
      return Extension.element(name); // {} : an empty element
    }
    return e;
  }

  // ------------------------------------------------------------------ master data

  /** Maps a {@code vocabularyList} array. */
  public static List<Vocabulary> vocabularies(JsonNode list, Prefixes prefixes, Warnings warnings, String at) {
    List<Vocabulary> out = new ArrayList<>();
    int i = 0;
    for (JsonNode v : list) {
      String p = at + "/" + i;
      List<VocabularyElement> elements = new ArrayList<>();
      JsonNode els = v.get("vocabularyElementList");
      int j = 0;
      if (els != null) {
        for (JsonNode el : els) {
          elements.add(vocabularyElement(el, prefixes, warnings, p + "/vocabularyElementList/" + j));
          j++;
        }
      }
      List<Extension> extensions = new ArrayList<>();
      for (Map.Entry<String, JsonNode> m : v.properties()) {
        if (!m.getKey().equals("type") && !m.getKey().equals("vocabularyElementList")) {
          String q = p + Pointers.member(m.getKey());
          extensions(prefixes.resolve(m.getKey(), q), m.getValue(), prefixes, warnings, q, extensions);
        }
      }
      out.add(new Vocabulary(required(v, "type", p + "/type"), elements, extensions, List.of()));
      i++;
    }
    return out;
  }

  private static VocabularyElement vocabularyElement(JsonNode el, Prefixes prefixes, Warnings warnings, String p) {
    List<MasterDataAttribute> attributes = new ArrayList<>();
    JsonNode as = el.get("attributes");
    int k = 0;
    if (as != null) {
      for (JsonNode a : as) {
        String id = required(a, "id", p + "/attributes/" + k + "/id");
        JsonNode value = a.get("attribute");
        if (value == null || value.isNull()) {
          attributes.add(new MasterDataAttribute(id, null, null, List.of(), List.of()));
        } else {
          Extension x = extension(QualifiedName.local("attribute"), value, prefixes, warnings,
              p + "/attributes/" + k + "/attribute");
          attributes.add(new MasterDataAttribute(id, x.text(), x.datatype(), x.children(), x.attributes()));
        }
        k++;
      }
    }
    List<Extension> extensions = new ArrayList<>();
    for (Map.Entry<String, JsonNode> m : el.properties()) {
      if (!Set.of("id", "attributes", "children").contains(m.getKey())) {
        String at = p + Pointers.member(m.getKey());
        extensions(prefixes.resolve(m.getKey(), at), m.getValue(), prefixes, warnings, at, extensions);
      }
    }
    return new VocabularyElement(required(el, "id", p + "/id"), attributes, strings(el, "children"), extensions,
        List.of());
  }

  /** Maps {@code epcisMasterData}. */
  public static MasterData masterData(JsonNode node, Prefixes prefixes, Warnings warnings, String at) {
    JsonNode list = node.get("vocabularyList");
    List<Extension> extensions = new ArrayList<>();
    for (Map.Entry<String, JsonNode> m : node.properties()) {
      if (!m.getKey().equals("vocabularyList")) {
        String q = at + Pointers.member(m.getKey());
        extensions(prefixes.resolve(m.getKey(), q), m.getValue(), prefixes, warnings, q, extensions);
      }
    }
    return new MasterData(list == null ? List.of() : vocabularies(list, prefixes, warnings, at + "/vocabularyList"),
        extensions);
  }

  // ------------------------------------------------------------------ values

  static String text(JsonNode node, String field, boolean required) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      if (required) {
        throw new MappingException("JSON-MISSING", "/" + field, "'" + field + "' is required");
      }
      return null;
    }
    if (!v.isValueNode()) {
      throw new MappingException("JSON-TYPE", "/" + field, "'" + field + "' must be a string, not " + v.getNodeType());
    }
    return v.asString().strip();
  }

  private static String required(JsonNode node, String field, String pointer) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull() || !v.isValueNode() || v.asString().isBlank()) {
      throw new MappingException("JSON-MISSING", pointer, "'" + field + "' is required and must be a non-empty "
          + "string");
    }
    return v.asString().strip();
  }

  static List<String> strings(JsonNode node, String field) {
    JsonNode v = node.get(field);
    List<String> out = new ArrayList<>();
    if (v == null || v.isNull()) {
      return out;
    }
    if (!v.isArray()) {
      throw new MappingException("JSON-TYPE", "/" + field, "'" + field + "' must be an array");
    }
    int i = 0;
    for (JsonNode item : v) {
      if (!item.isString() || item.asString().isBlank()) {
        throw new MappingException("JSON-TYPE", "/" + field + "/" + i, "'" + field + "' items must be "
            + "non-empty strings");
      }
      out.add(item.asString().strip());
      i++;
    }
    return out;
  }

  private static List<QuantityElement> quantities(JsonNode node, String field) {
    JsonNode v = node.get(field);
    List<QuantityElement> out = new ArrayList<>();
    if (v == null) {
      return out;
    }
    int i = 0;
    for (JsonNode q : v) {
      String p = "/" + field + "/" + i;
      JsonNode qty = q.get("quantity");
      out.add(new QuantityElement(required(q, "epcClass", p + "/epcClass"),
          qty == null || qty.isNull() ? null : decimal(qty, p + "/quantity"), text(q, "uom", false)));
      i++;
    }
    return out;
  }

  private static BigDecimal decimal(JsonNode n, String pointer) {
    BigDecimal value;
    if (n.isNumber()) {
      value = n.decimalValue();
    } else {
      try {
        value = new BigDecimal(n.asString().strip());
      } catch (NumberFormatException e) {
        throw new MappingException("JSON-NUMBER", pointer, "'" + n.asString() + "' is not a number");
      }
    }
    try {
      return Checks.boundedDecimal(value, pointer);
    } catch (IllegalArgumentException e) {
      throw new MappingException("JSON-NUMBER", pointer, e.getMessage());
    }
  }

  private static OffsetDateTime time(JsonNode node, String field, boolean required) {
    String v = text(node, field, required);
    return v == null ? null : parseTime(v, "/" + field);
  }

  private static OffsetDateTime timeAt(JsonNode node, String field, String pointer) {
    JsonNode v = node.get(field);
    if (v == null || !v.isString()) {
      throw new MappingException("JSON-MISSING", pointer, "'" + field + "' is required");
    }
    return parseTime(v.asString(), pointer);
  }

  /** Parses an RFC 3339 date-time (zone required). */
  public static OffsetDateTime parseTime(String value, String pointer) {
    String v = value.strip();
    OffsetDateTime common = IsoTimes.parseCommon(v, null);
    if (common != null) {
      return common;
    }
    try {
      return OffsetDateTime.parse(v);
    } catch (DateTimeParseException e) {
      throw new MappingException("JSON-TIME", pointer, "'" + value + "' is not a date-time with zone like "
          + "2024-03-01T10:15:30.000-05:00");
    }
  }
}
