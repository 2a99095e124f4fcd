package dev.pharmatrace.epcis.model.gs1.internal;

import dev.pharmatrace.epcis.model.gs1.AiElement;
import dev.pharmatrace.epcis.model.gs1.CheckDigit;
import dev.pharmatrace.epcis.model.gs1.CompanyPrefixProvider;
import dev.pharmatrace.epcis.model.gs1.EpcScheme;
import dev.pharmatrace.epcis.model.gs1.EpcUri;
import dev.pharmatrace.epcis.model.gs1.EpcUriKind;
import dev.pharmatrace.epcis.model.gs1.Gs1Identifier;
import dev.pharmatrace.epcis.model.gs1.Gs1KeyType;
import dev.pharmatrace.epcis.model.gs1.IdentifierRule;
import dev.pharmatrace.epcis.model.gs1.InvalidIdentifierException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/** Conversion between EPC URI components and GS1 AI elements (GS1 Tag Data Standard, section 6/7). */
public final class EpcCodec {

    private EpcCodec() {
    }

    /**
     * Builds the AI elements of an EPC.
     *
     * @param scheme the scheme
     * @param c decoded components (company prefix first)
     * @param classLevel true for a pattern whose last component is {@code *}: the serial-like AI is omitted
     * @return the elements
     * @throws InvalidIdentifierException if an element is invalid
     */
    public static List<AiElement> toElements(EpcScheme scheme, List<String> c, boolean classLevel) {
        String gcp = c.get(0);
        List<AiElement> out = new ArrayList<>();
        switch (scheme) {
            case SGTIN, LGTIN, UPUI -> {
                out.add(new AiElement("01", gtin(gcp, c.get(1))));
                if (!classLevel) {
                    out.add(new AiElement(scheme == EpcScheme.SGTIN ? "21" : scheme == EpcScheme.LGTIN ? "10" : "235",
                            c.get(2)));
                }
            }
            case ITIP -> {
                out.add(new AiElement("8006", gtin(gcp, c.get(1)) + c.get(2) + c.get(3)));
                if (!classLevel) {
                    out.add(new AiElement("21", c.get(4)));
                }
            }
            case SSCC -> {
                String ref = c.get(1);
                out.add(new AiElement("00", CheckDigit.append(ref.charAt(0) + gcp + ref.substring(1))));
            }
            case SGLN -> {
                out.add(new AiElement("414", CheckDigit.append(gcp + c.get(1))));
                if (!c.get(2).equals("0")) {
                    out.add(new AiElement("254", c.get(2)));
                }
            }
            case PGLN -> out.add(new AiElement("417", CheckDigit.append(gcp + c.get(1))));
            case GRAI -> out.add(new AiElement("8003", "0" + CheckDigit.append(gcp + c.get(1))
                    + (classLevel ? "" : c.get(2))));
            case GIAI -> out.add(new AiElement("8004", gcp + c.get(1)));
            case GSRN -> out.add(new AiElement("8018", CheckDigit.append(gcp + c.get(1))));
            case GSRNP -> out.add(new AiElement("8017", CheckDigit.append(gcp + c.get(1))));
            case GDTI -> out.add(new AiElement("253", CheckDigit.append(gcp + c.get(1)) + (classLevel ? "" : c.get(2))));
            case SGCN -> out.add(new AiElement("255", CheckDigit.append(gcp + c.get(1)) + (classLevel ? "" : c.get(2))));
            case GINC -> out.add(new AiElement("401", gcp + c.get(1)));
            case GSIN -> out.add(new AiElement("402", CheckDigit.append(gcp + c.get(1))));
            case CPI -> {
                out.add(new AiElement("8010", gcp + c.get(1)));
                if (!classLevel) {
                    out.add(new AiElement("8011", c.get(2)));
                }
            }
            default -> throw new IllegalStateException(scheme.name());
        }
        return out;
    }

    private static String gtin(String gcp, String indicatorItemRef) {
        return CheckDigit.append(indicatorItemRef.charAt(0) + gcp + indicatorItemRef.substring(1));
    }

    /**
     * Converts an identifier to its EPC URI.
     *
     * @param id the identifier
     * @param provider company prefix lengths
     * @return the EPC URI
     * @throws InvalidIdentifierException see {@link EpcUri#from(Gs1Identifier, CompanyPrefixProvider)}
     */
    public static EpcUri fromIdentifier(Gs1Identifier id, CompanyPrefixProvider provider) {
        String input = id.toString();
        if (!id.dataAttributes().isEmpty()) {
            AiElement a = id.dataAttributes().get(0);
            throw new InvalidIdentifierException(IdentifierRule.EPC_NOT_REPRESENTABLE, input, a.toString(),
                    input.indexOf(a.toString()), "an EPC URI cannot carry data attribute (" + a.ai() + "); drop data "
                            + "attributes first (Gs1Identifier.withoutDataAttributes())");
        }
        Gs1KeyType type = id.keyType();
        String key = id.primaryKey().value();
        Set<String> q = new TreeSet<>();
        id.qualifiers().forEach(e -> q.add(e.ai()));
        EpcScheme scheme;
        EpcUriKind kind = EpcUriKind.PURE_IDENTITY;
        switch (type) {
            case GTIN -> {
                if (q.isEmpty()) {
                    scheme = EpcScheme.SGTIN;
                    kind = EpcUriKind.PATTERN;
                } else if (q.equals(Set.of("21"))) {
                    scheme = EpcScheme.SGTIN;
                } else if (q.equals(Set.of("10"))) {
                    scheme = EpcScheme.LGTIN;
                    kind = EpcUriKind.CLASS;
                } else if (q.equals(Set.of("235"))) {
                    scheme = EpcScheme.UPUI;
                } else {
                    throw notRepresentable(id, input, "GTIN with qualifiers " + q
                            + " (an EPC is GTIN+serial, GTIN+lot or GTIN+TPX)");
                }
            }
            case SSCC -> scheme = EpcScheme.SSCC;
            case GLN -> {
                if (!q.isEmpty() && !q.equals(Set.of("254"))) {
                    throw notRepresentable(id, input, "GLN with qualifiers " + q);
                }
                if (id.value("254").filter("0"::equals).isPresent()) {
                    throw notRepresentable(id, input, "GLN extension (254) '0': in an SGLN '0' means 'no extension'");
                }
                scheme = EpcScheme.SGLN;
            }
            case PARTY_GLN -> scheme = EpcScheme.PGLN;
            case GRAI -> {
                scheme = EpcScheme.GRAI;
                kind = key.length() > 14 ? EpcUriKind.PURE_IDENTITY : EpcUriKind.PATTERN;
            }
            case GIAI -> scheme = EpcScheme.GIAI;
            case GSRN_RECIPIENT -> scheme = EpcScheme.GSRN;
            case GSRN_PROVIDER -> scheme = EpcScheme.GSRNP;
            case GDTI -> {
                scheme = EpcScheme.GDTI;
                kind = key.length() > 13 ? EpcUriKind.PURE_IDENTITY : EpcUriKind.PATTERN;
            }
            case GCN -> {
                scheme = EpcScheme.SGCN;
                kind = key.length() > 13 ? EpcUriKind.PURE_IDENTITY : EpcUriKind.PATTERN;
            }
            case GINC -> scheme = EpcScheme.GINC;
            case GSIN -> scheme = EpcScheme.GSIN;
            case ITIP -> {
                if (!q.isEmpty() && !q.equals(Set.of("21"))) {
                    throw notRepresentable(id, input, "ITIP with qualifiers " + q);
                }
                scheme = EpcScheme.ITIP;
                kind = q.isEmpty() ? EpcUriKind.PATTERN : EpcUriKind.PURE_IDENTITY;
            }
            case CPID -> {
                scheme = EpcScheme.CPI;
                kind = q.isEmpty() ? EpcUriKind.PATTERN : EpcUriKind.PURE_IDENTITY;
            }
            default -> throw notRepresentable(id, input, "key (" + type.ai() + ") has no EPC scheme");
        }
        if (scheme != EpcScheme.SGTIN && scheme != EpcScheme.LGTIN && scheme != EpcScheme.UPUI
                && scheme != EpcScheme.SGLN && scheme != EpcScheme.ITIP && scheme != EpcScheme.CPI && !q.isEmpty()) {
            throw notRepresentable(id, input, "key (" + type.ai() + ") with qualifiers " + q);
        }
        int len = companyPrefixLength(id, provider, input);
        String gcp;
        List<String> c = new ArrayList<>();
        switch (type) {
            case GTIN -> {
                gcp = key.substring(1, 1 + len);
                c.add(gcp);
                c.add(key.charAt(0) + key.substring(1 + len, 13));
                c.add(q.isEmpty() ? "*" : id.qualifiers().get(0).value());
            }
            case ITIP -> {
                gcp = key.substring(1, 1 + len);
                c.add(gcp);
                c.add(key.charAt(0) + key.substring(1 + len, 13));
                c.add(key.substring(14, 16));
                c.add(key.substring(16, 18));
                c.add(q.isEmpty() ? "*" : id.qualifiers().get(0).value());
            }
            case SSCC -> {
                c.add(key.substring(1, 1 + len));
                c.add(key.charAt(0) + key.substring(1 + len, 17));
            }
            case GLN -> {
                c.add(key.substring(0, len));
                c.add(key.substring(len, 12));
                c.add(id.value("254").orElse("0"));
            }
            case PARTY_GLN, GSRN_PROVIDER, GSRN_RECIPIENT, GSIN -> {
                c.add(key.substring(0, len));
                c.add(key.substring(len, key.length() - 1));
            }
            case GRAI -> {
                c.add(key.substring(1, 1 + len));
                c.add(key.substring(1 + len, 13));
                c.add(key.length() > 14 ? key.substring(14) : "*");
            }
            case GDTI, GCN -> {
                c.add(key.substring(0, len));
                c.add(key.substring(len, 12));
                c.add(key.length() > 13 ? key.substring(13) : "*");
            }
            case GIAI, GINC -> {
                c.add(key.substring(0, len));
                c.add(key.substring(len));
            }
            case CPID -> {
                c.add(key.substring(0, len));
                c.add(key.substring(len));
                c.add(q.isEmpty() ? "*" : id.qualifiers().get(0).value());
            }
            default -> throw new IllegalStateException(type.name());
        }
        try {
            return EpcUri.of(kind, scheme, c);
        } catch (InvalidIdentifierException e) {
            throw e.relocate(input, -1);
        }
    }

    private static int companyPrefixLength(Gs1Identifier id, CompanyPrefixProvider provider, String input) {
        Gs1KeyType type = id.keyType();
        String key = id.primaryKey().value();
        String digits = type.companyPrefixDigits(key);
        OptionalInt len = id.companyPrefixLength();
        if (len.isEmpty()) {
            len = provider.companyPrefixLength(digits);
        }
        int keyPos = id.primaryKey().ai().length() + 2;
        if (len.isEmpty()) {
            throw new InvalidIdentifierException(IdentifierRule.GCP_LENGTH_UNKNOWN, input, key, keyPos,
                    "the GS1 Company Prefix length of (" + type.ai() + ") " + key + " is needed for an EPC URI and is "
                            + "unknown: give it (e.g. --gcp-length) or configure a CompanyPrefixProvider");
        }
        int l = len.getAsInt();
        boolean variable = type == Gs1KeyType.GIAI || type == Gs1KeyType.GINC || type == Gs1KeyType.CPID;
        int max = variable ? Math.min(digits.length(), key.length() - 1) : digits.length();
        if (l < 6 || l > 12 || l > max) {
            throw new InvalidIdentifierException(IdentifierRule.GCP_LENGTH_INVALID, input, key, keyPos,
                    "GS1 Company Prefix length " + l + " does not fit (" + type.ai() + ") " + key + ": 6 to 12 digits"
                            + (variable ? ", all digits, followed by a non-empty reference" : "")
                            + ", at most " + Math.min(12, max) + " here");
        }
        return l;
    }

    private static InvalidIdentifierException notRepresentable(Gs1Identifier id, String input, String why) {
        return new InvalidIdentifierException(IdentifierRule.EPC_NOT_REPRESENTABLE, input, input, 0,
                "no EPC URI for " + why);
    }
}
