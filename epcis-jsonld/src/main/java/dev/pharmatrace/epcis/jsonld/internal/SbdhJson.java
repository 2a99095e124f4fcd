package dev.pharmatrace.epcis.jsonld.internal;

import dev.pharmatrace.epcis.model.EpcisDocument;
import dev.pharmatrace.epcis.model.Extension;
import dev.pharmatrace.epcis.model.QualifiedName;
import dev.pharmatrace.epcis.model.sbdh.ContactInformation;
import dev.pharmatrace.epcis.model.sbdh.DocumentIdentification;
import dev.pharmatrace.epcis.model.sbdh.Manifest;
import dev.pharmatrace.epcis.model.sbdh.ManifestItem;
import dev.pharmatrace.epcis.model.sbdh.Partner;
import dev.pharmatrace.epcis.model.sbdh.PartnerIdentification;
import dev.pharmatrace.epcis.model.sbdh.Scope;
import dev.pharmatrace.epcis.model.sbdh.StandardBusinessDocumentHeader;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonGenerator;

/**
 * Our reversible JSON-LD form of the SBDH, which the standard does not define: the SBDH's XML structure as a
 * member {@code sbdh:StandardBusinessDocumentHeader} of {@code epcisHeader}, in the SBDH namespace (the XML
 * element names become compact IRIs, {@code Authority} an {@code @Authority} member). The pseudo-SBDH members of
 * EPCIS JSON ({@code sender}, {@code receiver}, {@code instanceIdentifier}) are written as well.
 */
public final class SbdhJson {
  /** The SBDH namespace. */
  public static final String NS = StandardBusinessDocumentHeader.NAMESPACE;

  private SbdhJson() {}

  private static QualifiedName n(String local) {
    return QualifiedName.of(NS, local, "sbdh");
  }

  private static void leaf(Extension.Builder b, String local, String value) {
    if (value != null) {
      b.child(Extension.text(n(local), value));
    }
  }

  /** The SBDH as an element tree in the SBDH namespace. */
  public static Extension toExtension(StandardBusinessDocumentHeader h) {
    Extension.Builder b = Extension.builder(n("StandardBusinessDocumentHeader"));
    leaf(b, "HeaderVersion", h.headerVersion());
    h.senders().forEach(p -> b.child(partner("Sender", p)));
    h.receivers().forEach(p -> b.child(partner("Receiver", p)));
    DocumentIdentification d = h.documentIdentification();
    if (d != null) {
      Extension.Builder di = Extension.builder(n("DocumentIdentification"));
      leaf(di, "Standard", d.standard());
      leaf(di, "TypeVersion", d.typeVersion());
      leaf(di, "InstanceIdentifier", d.instanceIdentifier());
      leaf(di, "Type", d.type());
      leaf(di, "MultipleType", d.multipleType() == null ? null : d.multipleType().toString());
      leaf(di, "CreationDateAndTime", d.creationDateAndTime());
      b.child(di.build());
    }
    if (h.manifest() != null) {
      Extension.Builder m = Extension.builder(n("Manifest"));
      leaf(m, "NumberOfItems", h.manifest().numberOfItems());
      for (ManifestItem item : h.manifest().items()) {
        Extension.Builder i = Extension.builder(n("ManifestItem"));
        leaf(i, "MimeTypeQualifierCode", item.mimeTypeQualifierCode());
        leaf(i, "UniformResourceIdentifier", item.uniformResourceIdentifier());
        leaf(i, "Description", item.description());
        leaf(i, "LanguageCode", item.languageCode());
        m.child(i.build());
      }
      b.child(m.build());
    }
    if (!h.businessScope().isEmpty()) {
      Extension.Builder bs = Extension.builder(n("BusinessScope"));
      for (Scope s : h.businessScope()) {
        Extension.Builder sc = Extension.builder(n("Scope"));
        leaf(sc, "Type", s.type());
        leaf(sc, "InstanceIdentifier", s.instanceIdentifier());
        leaf(sc, "Identifier", s.identifier());
        s.scopeInformation().forEach(sc::child);
        bs.child(sc.build());
      }
      b.child(bs.build());
    }
    return b.build();
  }

  private static Extension partner(String element, Partner p) {
    Extension.Builder id = Extension.builder(n("Identifier")).text(p.identifier().value());
    if (p.identifier().authority() != null) {
      id.attribute(QualifiedName.local("Authority"), p.identifier().authority());
    }
    Extension.Builder b = Extension.builder(n(element)).child(id.build());
    for (ContactInformation c : p.contactInformation()) {
      Extension.Builder ci = Extension.builder(n("ContactInformation"));
      leaf(ci, "Contact", c.contact());
      leaf(ci, "EmailAddress", c.emailAddress());
      leaf(ci, "FaxNumber", c.faxNumber());
      leaf(ci, "TelephoneNumber", c.telephoneNumber());
      leaf(ci, "ContactTypeIdentifier", c.contactTypeIdentifier());
      b.child(ci.build());
    }
    return b.build();
  }

  /** The SBDH from its element tree. */
  public static StandardBusinessDocumentHeader fromExtension(Extension e) {
    StandardBusinessDocumentHeader.Builder b = StandardBusinessDocumentHeader.builder().headerVersion(null);
    for (Extension c : e.children()) {
      switch (c.name().localName()) {
        case "HeaderVersion" -> b.headerVersion(c.text());
        case "Sender" -> b.addSender(partner(c));
        case "Receiver" -> b.addReceiver(partner(c));
        case "DocumentIdentification" -> b.documentIdentification(new DocumentIdentification(
            text(c, "Standard"), text(c, "TypeVersion"), text(c, "InstanceIdentifier"), text(c, "Type"),
            text(c, "MultipleType") == null ? null : Boolean.valueOf(text(c, "MultipleType")),
            text(c, "CreationDateAndTime")));
        case "Manifest" -> {
          List<ManifestItem> items = new ArrayList<>();
          for (Extension i : c.children()) {
            if (i.name().localName().equals("ManifestItem")) {
              items.add(new ManifestItem(text(i, "MimeTypeQualifierCode"), text(i, "UniformResourceIdentifier"),
                  text(i, "Description"), text(i, "LanguageCode")));
            }
          }
          b.manifest(new Manifest(text(c, "NumberOfItems"), items));
        }
        case "BusinessScope" -> {
          for (Extension s : c.children()) {
            List<Extension> info = s.children().stream().filter(x -> !List.of("Type", "InstanceIdentifier",
                "Identifier").contains(x.name().localName())).toList();
            b.addScope(new Scope(text(s, "Type"), text(s, "InstanceIdentifier"), text(s, "Identifier"), info));
          }
        }
        default -> {
          // unknown SBDH content has no place in the model
        }
      }
    }
    return b.build();
  }

  private static Partner partner(Extension p) {
    Extension id = p.children().stream().filter(x -> x.name().localName().equals("Identifier")).findFirst()
        .orElse(Extension.text(n("Identifier"), ""));
    List<ContactInformation> contacts = new ArrayList<>();
    for (Extension c : p.children()) {
      if (c.name().localName().equals("ContactInformation")) {
        String contact = text(c, "Contact");
        contacts.add(new ContactInformation(contact == null ? "" : contact, text(c, "EmailAddress"),
            text(c, "FaxNumber"), text(c, "TelephoneNumber"), text(c, "ContactTypeIdentifier")));
      }
    }
    return new Partner(new PartnerIdentification(id.text() == null ? "" : id.text(),
        id.attribute(QualifiedName.local("Authority")).orElse(null)), contacts);
  }

  private static String text(Extension parent, String local) {
    for (Extension c : parent.children()) {
      if (c.name().localName().equals(local)) {
        return c.text();
      }
    }
    return null;
  }

  /** The SBDH our reader builds from the pseudo-SBDH members alone. */
  public static StandardBusinessDocumentHeader fromPseudo(String sender, String receiver, String instanceIdentifier,
      String creationDate) {
    StandardBusinessDocumentHeader.Builder b = StandardBusinessDocumentHeader.builder().headerVersion("1.0");
    if (sender != null) {
      b.addSender(Partner.of(sender, null));
    }
    if (receiver != null) {
      b.addReceiver(Partner.of(receiver, null));
    }
    b.documentIdentification(new DocumentIdentification("EPCglobal", "2.0", instanceIdentifier, "Events", null,
        creationDate));
    return b.build();
  }

  /** Whether the SBDH is exactly what the pseudo-SBDH members carry (then only those are written). */
  public static boolean isPseudoOnly(StandardBusinessDocumentHeader h, EpcisDocument document) {
    String sender = h.senders().size() == 1 ? h.senders().get(0).identifier().value() : null;
    String receiver = h.receivers().size() == 1 ? h.receivers().get(0).identifier().value() : null;
    String instance = h.documentIdentification() == null ? null : h.documentIdentification().instanceIdentifier();
    String created = document.creationDate() == null ? null : JsonTimes.format(document.creationDate());
    return h.equals(fromPseudo(sender, receiver, instance, created));
  }

  /** Writes {@code sender}, {@code receiver}, {@code instanceIdentifier} from the SBDH. */
  public static void writePseudoFields(JsonGenerator g, StandardBusinessDocumentHeader h) {
    h.sender().ifPresent(p -> g.writeStringProperty("sender", p.identifier().value()));
    h.receiver().ifPresent(p -> g.writeStringProperty("receiver", p.identifier().value()));
    if (h.documentIdentification() != null && h.documentIdentification().instanceIdentifier() != null) {
      g.writeStringProperty("instanceIdentifier", h.documentIdentification().instanceIdentifier());
    }
  }
}
