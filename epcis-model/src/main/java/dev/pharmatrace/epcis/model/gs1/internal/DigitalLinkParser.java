package dev.pharmatrace.epcis.model.gs1.internal;

import dev.pharmatrace.epcis.model.gs1.AiElement;
import dev.pharmatrace.epcis.model.gs1.ApplicationIdentifier;
import dev.pharmatrace.epcis.model.gs1.DigitalLink;
import dev.pharmatrace.epcis.model.gs1.Gs1Identifier;
import dev.pharmatrace.epcis.model.gs1.Gs1KeyType;
import dev.pharmatrace.epcis.model.gs1.IdentifierRule;
import dev.pharmatrace.epcis.model.gs1.InvalidIdentifierException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Parses uncompressed GS1 Digital Link URIs: {@code http(s)://<authority>[/<path prefix>]/<key AI>/<key>[/<qualifier
 * AI>/<qualifier>]...[?<AI>=<value>&...][#fragment]}.
 */
public final class DigitalLinkParser {

    private DigitalLinkParser() {
    }

    private record Segment(String raw, int start) {
    }

    /**
     * Parses a Digital Link URI.
     *
     * @param uri the URI
     * @return the Digital Link
     * @throws InvalidIdentifierException on any violation, located in {@code uri}
     */
    public static DigitalLink parse(String uri) {
        int schemeEnd = uri.indexOf("://");
        String scheme = schemeEnd < 0 ? "" : uri.substring(0, schemeEnd);
        if (!scheme.equalsIgnoreCase("http") && !scheme.equalsIgnoreCase("https")) {
            throw new InvalidIdentifierException(IdentifierRule.DL_SYNTAX, uri, schemeEnd < 0 ? uri : scheme, 0,
                    "a GS1 Digital Link URI starts with http:// or https://");
        }
        int authStart = schemeEnd + 3;
        int authEnd = authStart;
        while (authEnd < uri.length() && "/?#".indexOf(uri.charAt(authEnd)) < 0) {
            authEnd++;
        }
        if (authEnd == authStart) {
            throw new InvalidIdentifierException(IdentifierRule.DL_SYNTAX, uri, "", authStart, "no domain name");
        }
        for (int k = authStart; k < authEnd; k++) {
            char c = uri.charAt(k);
            if (!PercentCodec.isUriChar(c) || c == '?' || c == '/') {
                throw new InvalidIdentifierException(IdentifierRule.DL_SYNTAX, uri, String.valueOf(c), k,
                        "character '" + AiValidator.printable(c) + "' is not allowed in a domain name");
            }
        }
        int hash = uri.indexOf('#', authEnd);
        int end = hash < 0 ? uri.length() : hash;
        int q = uri.indexOf('?', authEnd);
        if (q >= end) {
            q = -1;
        }
        int pathEnd = q < 0 ? end : q;
        for (int k = authEnd; k < end; k++) {
            char c = uri.charAt(k);
            if (!PercentCodec.isUriChar(c) || (k < pathEnd && c == '?')) {
                throw new InvalidIdentifierException(IdentifierRule.DL_SYNTAX, uri, String.valueOf(c), k,
                        "character '" + AiValidator.printable(c) + "' must be percent-encoded in a URI");
            }
        }
        List<Segment> segs = new ArrayList<>();
        int k = authEnd;
        while (k < pathEnd) {
            int next = uri.indexOf('/', k + 1);
            if (next < 0 || next > pathEnd) {
                next = pathEnd;
            }
            segs.add(new Segment(uri.substring(k + 1, next), k + 1));
            k = next;
        }
        if (!segs.isEmpty() && segs.get(segs.size() - 1).raw().isEmpty()) {
            segs.remove(segs.size() - 1); // tolerate one trailing slash
        }
        int keyIdx = findKey(segs);
        if (keyIdx < 0) {
            for (Segment s : segs) {
                if (Gs1KeyType.forAi(s.raw()).isPresent()) {
                    throw new InvalidIdentifierException(IdentifierRule.DL_SYNTAX, uri, s.raw(), s.start(),
                            "primary key (" + s.raw() + ") is not followed by a value and well-formed key qualifiers");
                }
            }
            String path = uri.substring(authEnd, pathEnd);
            throw new InvalidIdentifierException(IdentifierRule.DL_NO_PRIMARY_KEY, uri, path, authEnd,
                    "no GS1 primary key (e.g. /01/, /00/, /414/, /8004/) in the path");
        }
        Gs1KeyType type = Gs1KeyType.forAi(segs.get(keyIdx).raw()).orElseThrow();
        List<AiElement> pathElements = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        List<String> qualifierAis = new ArrayList<>();
        for (int i = keyIdx; i < segs.size(); i += 2) {
            Segment aiSeg = segs.get(i);
            Segment valSeg = segs.get(i + 1);
            if (i > keyIdx) {
                if (qualifierAis.contains(aiSeg.raw())) {
                    throw new InvalidIdentifierException(IdentifierRule.GS1_DUPLICATE_AI, uri, aiSeg.raw(),
                            aiSeg.start(), "key qualifier (" + aiSeg.raw() + ") occurs twice");
                }
                qualifierAis.add(aiSeg.raw());
                if (!inOrder(type, qualifierAis)) {
                    throw new InvalidIdentifierException(IdentifierRule.DL_QUALIFIER_ORDER, uri, aiSeg.raw(),
                            aiSeg.start(), "key qualifiers of (" + type.ai() + ") must follow the order "
                                    + orders(type) + "; found " + qualifierAis);
                }
            }
            pathElements.add(element(uri, aiSeg.raw(), valSeg.raw(), valSeg.start(), type, i == keyIdx));
            positions.add(aiSeg.start());
        }
        List<AiElement> attrs = new ArrayList<>();
        List<String> other = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        if (q >= 0) {
            int p = q + 1;
            while (p <= end) {
                int amp = uri.indexOf('&', p);
                if (amp < 0 || amp > end) {
                    amp = end;
                }
                String param = uri.substring(p, amp);
                if (!param.isEmpty()) {
                    int eq = param.indexOf('=');
                    String name = eq < 0 ? param : param.substring(0, eq);
                    if (!name.isEmpty() && isDigits(name)) {
                        if (eq < 0) {
                            throw new InvalidIdentifierException(IdentifierRule.DL_SYNTAX, uri, param, p,
                                    "query parameter (" + name + ") has no value");
                        }
                        if (name.equals(type.ai()) || type.isQualifier(name)) {
                            throw new InvalidIdentifierException(IdentifierRule.DL_SYNTAX, uri, param, p,
                                    "(" + name + ") is the primary key or one of its qualifiers and must be in the path, "
                                            + "not in the query");
                        }
                        if (!seen.add(name)) {
                            throw new InvalidIdentifierException(IdentifierRule.GS1_DUPLICATE_AI, uri, param, p,
                                    "AI (" + name + ") occurs twice in the query");
                        }
                        attrs.add(element(uri, name, param.substring(eq + 1), p + eq + 1, type, false));
                        positions.add(p);
                    } else {
                        other.add(param);
                    }
                }
                p = amp + 1;
            }
        }
        List<AiElement> all = new ArrayList<>(pathElements);
        all.addAll(attrs);
        AiPairing.check(all, uri, positions.stream().mapToInt(Integer::intValue).toArray());
        Gs1Identifier id;
        try {
            id = Gs1Identifier.of(all);
        } catch (InvalidIdentifierException e) {
            throw e.relocate(uri, -1);
        }
        String stem = uri.substring(0, segs.get(keyIdx).start() - 1);
        return new DigitalLink(stem, id, other);
    }

    private static AiElement element(String uri, String ai, String raw, int rawStart, Gs1KeyType key,
            boolean isKey) {
        ApplicationIdentifier def = AiTable.get(ai);
        if (def == null) {
            throw new InvalidIdentifierException(IdentifierRule.GS1_UNKNOWN_AI, uri, ai, rawStart - ai.length() - 1,
                    "Application Identifier (" + ai + ") is not in the AI table");
        }
        PercentCodec.Outcome o = PercentCodec.decodeDl(raw);
        if (o.problem() != null) {
            throw o.problem().toException(uri, rawStart);
        }
        String value = o.decoded().value();
        int[] map = o.decoded().map();
        if (isKey && key == Gs1KeyType.GTIN && (value.length() == 8 || value.length() == 12 || value.length() == 13)
                && isDigits(value)) {
            int pad = 14 - value.length();
            int[] m = new int[map.length + pad];
            for (int j = 0; j < pad; j++) {
                m[j] = map[0];
            }
            System.arraycopy(map, 0, m, pad, map.length);
            map = m;
            value = "0".repeat(pad) + value;
        }
        int[] abs = new int[map.length];
        for (int j = 0; j < map.length; j++) {
            abs[j] = map[j] + rawStart;
        }
        Problem p = AiValidator.validate(def, value);
        if (p != null) {
            throw p.toException(uri, abs);
        }
        return new AiElement(ai, value);
    }

    /** Leftmost index where a primary key AI starts a well-formed key + qualifier path that ends the path. */
    private static int findKey(List<Segment> segs) {
        for (int i = 0; i < segs.size(); i++) {
            var type = Gs1KeyType.forAi(segs.get(i).raw());
            if (type.isEmpty() || (segs.size() - i) % 2 != 0) {
                continue;
            }
            boolean ok = true;
            for (int j = i + 2; j < segs.size(); j += 2) {
                if (!type.get().isQualifier(segs.get(j).raw())) {
                    ok = false;
                    break;
                }
            }
            if (ok) {
                return i;
            }
        }
        return -1;
    }

    private static boolean inOrder(Gs1KeyType type, List<String> ais) {
        for (List<String> seq : type.qualifierSequences()) {
            int last = -1;
            boolean ok = true;
            for (String a : ais) {
                int idx = seq.indexOf(a);
                if (idx <= last) {
                    ok = false;
                    break;
                }
                last = idx;
            }
            if (ok) {
                return true;
            }
        }
        return false;
    }

    private static String orders(Gs1KeyType type) {
        List<String> out = new ArrayList<>();
        for (List<String> seq : type.qualifierSequences()) {
            out.add(String.join("/", seq));
        }
        return String.join(" or ", out);
    }

    private static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return !s.isEmpty();
    }
}
