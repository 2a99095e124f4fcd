package dev.pharmatrace.epcis.model.gs1;

import dev.pharmatrace.epcis.model.gs1.internal.AiValidator;
import dev.pharmatrace.epcis.model.gs1.internal.EpcCodec;
import dev.pharmatrace.epcis.model.gs1.internal.PercentCodec;
import dev.pharmatrace.epcis.model.gs1.internal.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * An EPC URI of the GS1 Tag Data Standard: a pure identity URI ({@code urn:epc:id:sgtin:0614141.112345.400}),
 * an EPC class URI ({@code urn:epc:class:lgtin:4012345.012345.998877}) or a pattern URI
 * ({@code urn:epc:idpat:sgtin:0614141.112345.*}).
 *
 * <p>Supported schemes: see {@link EpcScheme} (sgtin, sscc, sgln, grai, giai, gsrn, gsrnp, gdti, cpi, sgcn, ginc,
 * gsin, itip, upui, pgln; lgtin for classes). Rules enforced: GS1 Company Prefix of 6 to 12 digits; company prefix
 * plus reference of the digit count the scheme demands ({@code EPC-PARTITION}); serials and other alphanumeric
 * components from GS1 AI character set 82 with {@code " % & / < > ?} percent-encoded ({@code EPC-ESCAPE}); the
 * lengths of the corresponding AIs; in patterns, a {@code *} only where every following component is also
 * {@code *}. The SGLN extension {@code 0} means "no extension" (no AI 254).
 *
 * <p>Parsing accepts any valid percent-escape of a set-82 character (e.g. {@code %2f}); {@link #toString()} gives
 * the canonical form (only the seven characters above escaped, upper-case hex). Equality is by canonical form.
 */
public final class EpcUri {

    private enum Field { GCP, NUMREF, TEXT, CPIREF, CPISERIAL, PADNUM, TWO }

    private final EpcUriKind kind;
    private final EpcScheme scheme;
    private final List<String> components;
    private final String uri;

    private EpcUri(EpcUriKind kind, EpcScheme scheme, List<String> components) {
        this.kind = kind;
        this.scheme = scheme;
        this.components = List.copyOf(components);
        StringBuilder sb = new StringBuilder(kind.prefix()).append(scheme.uriName()).append(':');
        Field[] layout = layout(scheme);
        for (int i = 0; i < components.size(); i++) {
            if (i > 0) {
                sb.append('.');
            }
            String c = components.get(i);
            if (kind == EpcUriKind.PATTERN && c.equals("*")) {
                sb.append('*');
            } else if (layout[i] == Field.TEXT) {
                sb.append(PercentCodec.escapeEpc(c));
            } else if (layout[i] == Field.CPIREF) {
                sb.append(PercentCodec.escapeCpi(c));
            } else {
                sb.append(c);
            }
        }
        this.uri = sb.toString();
    }

    /**
     * Parses an EPC pure identity, class or pattern URI.
     *
     * @param s the URI, e.g. {@code urn:epc:id:sgtin:0614141.112345.400}
     * @return the EPC URI
     * @throws InvalidIdentifierException with {@code EPC-URI-SYNTAX}, {@code EPC-UNKNOWN-SCHEME},
     *     {@code EPC-PARTITION}, {@code EPC-ESCAPE}, {@code GS1-CHARSET}, {@code GS1-LENGTH}, {@code GS1-FORMAT},
     *     locating the offending part in {@code s}
     */
    public static EpcUri parse(String s) {
        Objects.requireNonNull(s, "s");
        EpcUriKind kind = null;
        for (EpcUriKind k : EpcUriKind.values()) {
            if (s.startsWith(k.prefix())) {
                kind = k;
            }
        }
        if (kind == null) {
            int colon = s.startsWith("urn:epc:") ? s.indexOf(':', 8) : -1;
            String part = colon > 0 ? s.substring(0, colon + 1) : s.substring(0, Math.min(s.length(), 8));
            throw new InvalidIdentifierException(IdentifierRule.EPC_URI_SYNTAX, s, part, 0,
                    "an EPC URI starts with urn:epc:id:, urn:epc:class: or urn:epc:idpat: (tag and raw URIs are not supported)");
        }
        int nameStart = kind.prefix().length();
        int colon = s.indexOf(':', nameStart);
        if (colon < 0) {
            throw new InvalidIdentifierException(IdentifierRule.EPC_URI_SYNTAX, s, s.substring(nameStart), nameStart,
                    "missing ':' after the scheme name");
        }
        String name = s.substring(nameStart, colon);
        EpcUriKind fk = kind;
        EpcScheme scheme = EpcScheme.find(kind, name).orElseThrow(() -> new InvalidIdentifierException(
                IdentifierRule.EPC_UNKNOWN_SCHEME, s, name, nameStart, "'" + name + "' is not an EPC scheme for "
                        + fk.prefix() + " URIs"));
        Field[] layout = layout(scheme);
        List<String> raw = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        int p = colon + 1;
        for (int i = 0; i < layout.length - 1; i++) {
            int dot = s.indexOf('.', p);
            if (dot < 0) {
                throw new InvalidIdentifierException(IdentifierRule.EPC_URI_SYNTAX, s, s.substring(colon + 1),
                        colon + 1, scheme.uriName() + " needs " + layout.length
                                + " components separated by '.', found " + (i + 1));
            }
            raw.add(s.substring(p, dot));
            starts.add(p);
            p = dot + 1;
        }
        raw.add(s.substring(p));
        starts.add(p);

        List<String> decoded = new ArrayList<>();
        boolean wildcard = false;
        for (int i = 0; i < layout.length; i++) {
            String r = raw.get(i);
            int at = starts.get(i);
            if (kind == EpcUriKind.PATTERN && r.equals("*")) {
                wildcard = true;
                decoded.add("*");
                continue;
            }
            if (wildcard) {
                throw new InvalidIdentifierException(IdentifierRule.EPC_URI_SYNTAX, s, r, at,
                        "after a '*' wildcard every following component must be '*'");
            }
            decoded.add(component(s, scheme, layout[i], r, at, decoded));
        }
        String gcp = decoded.get(0);
        if (!gcp.equals("*") && scheme.partitionDigits() > 0 && !decoded.get(1).equals("*")) {
            int digits = gcp.length() + decoded.get(1).length();
            if (digits != scheme.partitionDigits()) {
                int from = starts.get(0);
                int to = starts.get(1) + raw.get(1).length();
                throw new InvalidIdentifierException(IdentifierRule.EPC_PARTITION, s, s.substring(from, to), from,
                        scheme.uriName() + ": company prefix (" + gcp.length() + " digits) plus reference ("
                                + decoded.get(1).length() + " digits) must have " + scheme.partitionDigits()
                                + " digits, found " + digits);
            }
        }
        EpcUri epc = new EpcUri(kind, scheme, decoded);
        if (!epc.hasWildcard() || epc.isConvertiblePattern()) {
            try {
                // validates AI-level rules too (e.g. 8006 piece/total)
                EpcCodec.toElements(epc.scheme, epc.components, epc.hasWildcard());
            } catch (InvalidIdentifierException e) {
                int from = starts.get(0);
                throw new InvalidIdentifierException(e.rule(), s, s.substring(from), from, e.detail());
            }
        }
        return epc;
    }

    /**
     * Creates an EPC URI from decoded components.
     *
     * @param kind the URI kind
     * @param scheme the scheme
     * @param components decoded components (company prefix first); {@code "*"} for wildcards in patterns
     * @return the EPC URI, validated as {@link #parse(String)} does
     * @throws InvalidIdentifierException if the components break a rule
     */
    public static EpcUri of(EpcUriKind kind, EpcScheme scheme, List<String> components) {
        if (!scheme.supports(kind)) {
            throw new InvalidIdentifierException(IdentifierRule.EPC_UNKNOWN_SCHEME, scheme.uriName(),
                    scheme.uriName(), 0, "'" + scheme.uriName() + "' is not an EPC scheme for " + kind.prefix() + " URIs");
        }
        if (components.size() != scheme.componentCount()) {
            throw new InvalidIdentifierException(IdentifierRule.EPC_URI_SYNTAX, String.join(".", components),
                    String.join(".", components), 0, scheme.uriName() + " needs " + scheme.componentCount()
                            + " components");
        }
        return parse(new EpcUri(kind, scheme, components).uri);
    }

    /**
     * Converts a GS1 identifier to its EPC URI. The GS1 Company Prefix length comes from the identifier if it
     * carries one, else from the provider.
     *
     * <p>Mapping: 01+21 sgtin; 01+10 lgtin (class); 01+235 upui; 01 alone the pattern
     * {@code urn:epc:idpat:sgtin:GCP.IREF.*}; 00 sscc; 414(+254) sgln; 417 pgln; 8003 grai (pattern without
     * serial); 8004 giai; 8017 gsrnp; 8018 gsrn; 253 gdti (pattern without serial); 255 sgcn (pattern without
     * serial); 401 ginc; 402 gsin; 8006+21 itip (8006 alone: pattern); 8010+8011 cpi (8010 alone: pattern).
     *
     * @param identifier the identifier
     * @param provider source of company prefix lengths
     * @return the EPC URI
     * @throws InvalidIdentifierException with {@code GCP-LENGTH-UNKNOWN} when no length is known,
     *     {@code GCP-LENGTH-INVALID}, or {@code EPC-NOT-REPRESENTABLE} for identifiers without EPC form (data
     *     attributes, GTIN with both lot and serial, AI 254 value {@code 0}, keys 415 and 8013, ...)
     */
    public static EpcUri from(Gs1Identifier identifier, CompanyPrefixProvider provider) {
        return EpcCodec.fromIdentifier(identifier, provider);
    }

    /**
     * Returns the kind of URI.
     *
     * @return the kind
     */
    public EpcUriKind kind() {
        return kind;
    }

    /**
     * Returns the scheme.
     *
     * @return the scheme
     */
    public EpcScheme scheme() {
        return scheme;
    }

    /**
     * Returns the decoded components, company prefix first; {@code "*"} for wildcards of a pattern.
     *
     * @return e.g. {@code [0614141, 112345, 400]}
     */
    public List<String> components() {
        return components;
    }

    /**
     * Returns the GS1 Company Prefix.
     *
     * @return e.g. {@code "0614141"}, or {@code "*"} for a pattern without company prefix
     */
    public String companyPrefix() {
        return components.get(0);
    }

    /**
     * Returns the GS1 Company Prefix length.
     *
     * @return 6..12, or empty for a pattern without company prefix
     */
    public OptionalInt companyPrefixLength() {
        return companyPrefix().equals("*") ? OptionalInt.empty() : OptionalInt.of(companyPrefix().length());
    }

    /**
     * Tells whether this is a pattern URI.
     *
     * @return true for {@code urn:epc:idpat:}
     */
    public boolean isPattern() {
        return kind == EpcUriKind.PATTERN;
    }

    /**
     * Tells whether the URI has a wildcard component.
     *
     * @return true for patterns with at least one {@code *}
     */
    public boolean hasWildcard() {
        return kind == EpcUriKind.PATTERN && components.contains("*");
    }

    /**
     * Tells whether a pattern matches a pure identity URI (same scheme; every component equal or {@code *}).
     * A pure identity or class URI matches only itself.
     *
     * @param epc a pure identity URI
     * @return true if matched
     */
    public boolean matches(EpcUri epc) {
        if (kind != EpcUriKind.PATTERN) {
            return equals(epc);
        }
        if (epc.kind != EpcUriKind.PURE_IDENTITY || epc.scheme != scheme) {
            return false;
        }
        for (int i = 0; i < components.size(); i++) {
            if (!components.get(i).equals("*") && !components.get(i).equals(epc.components.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Converts to the GS1 identifier, carrying this URI's company prefix length.
     *
     * <p>Patterns convert only when their last component alone is {@code *} and the scheme then denotes a GS1 key
     * without serial: sgtin (GTIN), grai, gdti, sgcn, itip, cpi.
     *
     * @return the identifier
     * @throws InvalidIdentifierException with {@code EPC-NOT-REPRESENTABLE} for other patterns
     */
    public Gs1Identifier toGs1Identifier() {
        boolean classLevel = false;
        if (hasWildcard()) {
            if (!isConvertiblePattern()) {
                throw new InvalidIdentifierException(IdentifierRule.EPC_NOT_REPRESENTABLE, uri, uri, 0,
                        "this pattern does not denote a single GS1 key; only sgtin, grai, gdti, sgcn, itip and cpi "
                                + "patterns with exactly the last component '*' convert");
            }
            classLevel = true;
        }
        return Gs1Identifier.of(EpcCodec.toElements(scheme, components, classLevel))
                .withCompanyPrefixLength(companyPrefix().length());
    }

    /**
     * Compares canonical forms.
     *
     * @param o another object
     * @return true if both are EPC URIs with the same canonical form
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof EpcUri other && uri.equals(other.uri);
    }

    /**
     * Returns the hash code of the canonical form.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return uri.hashCode();
    }

    /**
     * Returns the canonical URI.
     *
     * @return e.g. {@code urn:epc:id:sgtin:0614141.112345.400}
     */
    @Override
    public String toString() {
        return uri;
    }

    private boolean isConvertiblePattern() {
        int stars = (int) components.stream().filter("*"::equals).count();
        return kind == EpcUriKind.PATTERN && stars == 1 && components.get(components.size() - 1).equals("*")
                && switch (scheme) {
                    case SGTIN, GRAI, GDTI, SGCN, ITIP, CPI -> true;
                    default -> false;
                };
    }

    private static Field[] layout(EpcScheme scheme) {
        return switch (scheme) {
            case SGTIN, LGTIN, SGLN, GRAI, GDTI, UPUI -> new Field[] {Field.GCP, Field.NUMREF, Field.TEXT};
            case SSCC, GSRN, GSRNP, GSIN, PGLN -> new Field[] {Field.GCP, Field.NUMREF};
            case SGCN -> new Field[] {Field.GCP, Field.NUMREF, Field.PADNUM};
            case GIAI, GINC -> new Field[] {Field.GCP, Field.TEXT};
            case CPI -> new Field[] {Field.GCP, Field.CPIREF, Field.CPISERIAL};
            case ITIP -> new Field[] {Field.GCP, Field.NUMREF, Field.TWO, Field.TWO, Field.TEXT};
        };
    }

    private static int textMax(EpcScheme scheme, String gcp) {
        return switch (scheme) {
            case SGTIN, LGTIN, SGLN, ITIP -> 20;
            case UPUI -> 28;
            case GRAI -> 16;
            case GDTI -> 17;
            case GIAI, GINC -> 30 - gcp.length();
            default -> throw new IllegalStateException(scheme.name());
        };
    }

    private static String component(String s, EpcScheme scheme, Field f, String r, int at, List<String> before) {
        String what = scheme.uriName() + " " + switch (f) {
            case GCP -> "company prefix";
            case NUMREF -> "reference";
            case CPIREF -> "component/part reference";
            case CPISERIAL, PADNUM, TEXT -> before.size() == 1 ? "reference"
                    : scheme == EpcScheme.SGLN ? "extension" : scheme == EpcScheme.LGTIN ? "lot"
                    : scheme == EpcScheme.UPUI ? "third-party extension" : "serial";
            case TWO -> before.size() == 2 ? "piece" : "total";
        };
        switch (f) {
            case GCP -> {
                digits(s, r, at, what);
                if (r.length() < 6 || r.length() > 12) {
                    throw new InvalidIdentifierException(IdentifierRule.EPC_PARTITION, s, r, at,
                            what + " must have 6 to 12 digits, has " + r.length());
                }
                return r;
            }
            case NUMREF -> {
                digits(s, r, at, what);
                return r;
            }
            case TWO -> {
                digits(s, r, at, what);
                if (r.length() != 2) {
                    throw new InvalidIdentifierException(IdentifierRule.GS1_LENGTH, s, r, at, what
                            + " must have 2 digits");
                }
                return r;
            }
            case PADNUM, CPISERIAL -> {
                digits(s, r, at, what);
                if (r.isEmpty() || r.length() > 12) {
                    throw new InvalidIdentifierException(IdentifierRule.GS1_LENGTH, s, r, at, what
                            + " must have 1 to 12 digits, has " + r.length());
                }
                if (f == Field.CPISERIAL && r.length() > 1 && r.charAt(0) == '0') {
                    throw new InvalidIdentifierException(IdentifierRule.GS1_FORMAT, s, r, at, what
                            + " must not have a leading zero");
                }
                return r;
            }
            case TEXT, CPIREF -> {
                boolean cpi = f == Field.CPIREF;
                PercentCodec.Outcome o = PercentCodec.decodeEpc(r, cpi ? Gs1CharacterSet.CSET_39
                        : Gs1CharacterSet.CSET_82, cpi);
                if (o.problem() != null) {
                    throw o.problem().toException(s, at);
                }
                String v = o.decoded().value();
                int max = cpi ? 30 - before.get(0).length() : textMax(scheme, before.get(0));
                if (v.isEmpty() || v.length() > max) {
                    int[] map = o.decoded().map();
                    Problem p = v.isEmpty() ? new Problem(IdentifierRule.GS1_LENGTH, 0, 0, what + " is empty")
                            : new Problem(IdentifierRule.GS1_LENGTH, max, v.length() - max, what + " has "
                                    + v.length() + " characters, at most " + max + " allowed");
                    int[] abs = new int[map.length];
                    for (int j = 0; j < map.length; j++) {
                        abs[j] = map[j] + at;
                    }
                    throw p.toException(s, abs);
                }
                return v;
            }
            default -> throw new IllegalStateException(f.name());
        }
    }

    private static void digits(String s, String r, int at, String what) {
        Problem p = AiValidator.checkCharset(r, Gs1CharacterSet.NUMERIC, what);
        if (p != null) {
            throw p.toException(s, at);
        }
    }
}
