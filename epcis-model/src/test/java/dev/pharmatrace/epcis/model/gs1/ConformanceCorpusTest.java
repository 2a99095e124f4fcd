package dev.pharmatrace.epcis.model.gs1;

import static dev.pharmatrace.epcis.model.gs1.RuleAssert.rejects;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.pharmatrace.epcis.model.gs1.internal.PercentCodec;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every EPC URI and GS1 Digital Link found in the conformance corpus ({@code /work/shared/conformance},
 * located relative to the module directory as {@code ../../shared/conformance} or by walking up) through
 * parsing, conversion to the two other forms and back, and through mutations that must be rejected.
 *
 * <p><b>Company prefix lengths for Digital Link &rarr; EPC URI</b> come from the corpus itself: every EPC URI of the
 * corpus states its company prefix (the part before the first dot), and these prefixes form a
 * {@link CompanyPrefixTable} (longest prefix wins). Keys no corpus URI covers fall back to a fixed length of 7,
 * the commonest length in the corpus; that fallback is a test assumption (the library never guesses) and only
 * decides where the dot goes in the URN, not whether the round trip holds. The keys that needed it are printed.
 *
 * <p><b>Invalid corpus values</b> are listed explicitly, with rule and reason, in
 * {@code src/test/resources/dev/pharmatrace/epcis/model/gs1/corpus-invalid.tsv}; they were found with an
 * independent checker (a few lines of mod-10 arithmetic outside this code base) and must be rejected with exactly
 * that rule. A corpus value that fails but is not listed fails the test.
 */
class ConformanceCorpusTest {

    private static final Pattern URN = Pattern.compile("urn:epc:(?:id|class|idpat):[a-z]+:[^\\s\"<>\\\\?#&]+");
    private static final Pattern URL = Pattern.compile("https?://[^\\s\"<>\\\\]+");
    /** A path segment that is a Digital Link primary key AI followed by a value starting with a digit. */
    private static final Pattern DL_KEY = Pattern.compile(
            "/(00|01|253|255|401|402|414|415|417|8003|8004|8006|8010|8013|8017|8018)/[0-9]");

    private static final int FALLBACK_GCP_LENGTH = 7;

    @TestFactory
    Stream<DynamicNode> corpus() throws IOException {
        Path root = locateCorpus();
        Assumptions.assumeTrue(root != null, "conformance corpus not found at ../../shared/conformance (from "
                + System.getProperty("user.dir") + ") or any parent's shared/conformance: skipped");

        Map<String, String> urns = new TreeMap<>();
        Map<String, String> dls = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().matches(".*\\.(xml|json|jsonld)"))
                    .sorted().collect(Collectors.toList());
        }
        for (Path f : files) {
            String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
            String rel = root.relativize(f).toString();
            Matcher m = URN.matcher(text);
            while (m.find()) {
                urns.putIfAbsent(m.group(), rel);
            }
            m = URL.matcher(text);
            while (m.find()) {
                if (DL_KEY.matcher(m.group()).find()) {
                    dls.putIfAbsent(m.group(), rel);
                }
            }
        }
        Map<String, String[]> invalid = loadInvalidList();

        // company prefix lengths learned from the corpus's own EPC URIs
        CompanyPrefixTable.Builder learned = CompanyPrefixTable.builder();
        for (String u : urns.keySet()) {
            if (!invalid.containsKey(u)) {
                String gcp = EpcUri.parse(u).companyPrefix();
                if (!gcp.equals("*")) {
                    learned.addCompanyPrefix(gcp);
                }
            }
        }
        CompanyPrefixTable table = learned.build();
        Set<String> fallbackKeys = new ConcurrentSkipListSet<>();
        CompanyPrefixProvider provider = table.orElse(digits -> {
            fallbackKeys.add(digits);
            return OptionalInt.of(FALLBACK_GCP_LENGTH);
        });

        List<DynamicNode> nodes = new ArrayList<>();
        nodes.add(dynamicTest("corpus is large enough to mean something", () -> {
            assertThat(files).hasSizeGreaterThan(100);
            assertThat(urns).hasSizeGreaterThan(100);
            assertThat(dls).hasSizeGreaterThan(500);
        }));
        nodes.add(dynamicTest("every listed invalid value occurs in the corpus", () -> {
            Set<String> found = new TreeSet<>(urns.keySet());
            found.addAll(dls.keySet());
            assertThat(found).containsAll(invalid.keySet());
        }));
        nodes.add(dynamicContainer("EPC URIs (" + urns.size() + ")", urns.entrySet().stream().map(e ->
                dynamicTest(e.getKey() + "  [" + e.getValue() + "]", () -> checkUrn(e.getKey(), invalid, table)))));
        nodes.add(dynamicContainer("Digital Links (" + dls.size() + ")", dls.entrySet().stream().map(e ->
                dynamicTest(e.getKey() + "  [" + e.getValue() + "]", () -> checkDl(e.getKey(), invalid, provider)))));
        nodes.add(dynamicTest("summary", () -> {
            long badUrns = urns.keySet().stream().filter(invalid::containsKey).count();
            long badDls = dls.keySet().stream().filter(invalid::containsKey).count();
            System.out.printf("conformance corpus %s: %d files, %d distinct EPC URIs (%d invalid), %d distinct "
                    + "Digital Links (%d invalid); %d company prefixes learned from URNs; fallback length %d used "
                    + "for %d keys: %s%n", root, files.size(), urns.size(), badUrns, dls.size(), badDls, table.size(),
                    FALLBACK_GCP_LENGTH, fallbackKeys.size(), fallbackKeys);
        }));
        return nodes.stream();
    }

    // ------------------------------------------------------------------------------------------- EPC URIs

    private static void checkUrn(String u, Map<String, String[]> invalid, CompanyPrefixProvider provider) {
        if (invalid.containsKey(u)) {
            rejects(() -> Identifiers.parse(u), IdentifierRule.ofCode(invalid.get(u)[0]));
            return;
        }
        EpcUri epc = EpcUri.parse(u);
        assertThat(epc.toString()).isEqualTo(u);
        ParsedIdentifier parsed = Identifiers.parse(u);
        if (parsed.identifier().isPresent()) {
            Gs1Identifier id = parsed.identifier().get();
            String dl = id.toDigitalLink().toUri();
            String hri = id.toElementString().toHumanReadable();
            String fnc1 = id.toElementString().toFnc1String("]d2");
            assertThat(Identifiers.convert(dl, IdentifierForm.EPC_URI, provider)).isEqualTo(u);
            assertThat(Identifiers.convert(hri, IdentifierForm.EPC_URI, provider)).isEqualTo(u);
            assertThat(Identifiers.convert(fnc1, IdentifierForm.EPC_URI, provider)).isEqualTo(u);
            assertThat(Identifiers.convert(hri, IdentifierForm.DIGITAL_LINK)).isEqualTo(dl);
            assertThat(Identifiers.convert(dl, IdentifierForm.ELEMENT_STRING)).isEqualTo(hri);
            assertThat(DigitalLink.parse(dl).identifier()).isEqualTo(id);
        }
        mutateUrn(u, epc);
    }

    private static void mutateUrn(String u, EpcUri epc) {
        String prefix = epc.kind().prefix() + epc.scheme().uriName() + ":";
        List<String> raw = splitComponents(u.substring(prefix.length()), epc.scheme().componentCount());
        String gcp = raw.get(0);
        String ref = raw.get(1);
        if (!gcp.equals("*") && !ref.equals("*")) {
            if (epc.scheme().partitionDigits() > 0) {
                // one digit too many in the reference
                String longer = prefix + join(raw, 1, "0" + ref);
                rejects(() -> Identifiers.parse(longer), IdentifierRule.EPC_PARTITION, gcp + ".0" + ref,
                        prefix.length());
                // a 5-digit company prefix (digit sum unchanged)
                List<String> moved = new ArrayList<>(raw);
                moved.set(0, gcp.substring(0, 5));
                moved.set(1, gcp.substring(5) + ref);
                String shortGcp = prefix + String.join(".", moved);
                rejects(() -> Identifiers.parse(shortGcp), IdentifierRule.EPC_PARTITION, gcp.substring(0, 5),
                        prefix.length());
            } else {
                // GIAI, GINC, CPI: company prefix + reference longer than 30 characters
                String longer = prefix + join(raw, 1, ref + "A".repeat(31 - gcp.length() - ref.length()));
                rejects(() -> Identifiers.parse(longer), IdentifierRule.GS1_LENGTH);
            }
        }
        // a character outside every GS1 character set in the last concrete component
        int last = raw.size() - 1;
        while (raw.get(last).equals("*")) {
            last--;
        }
        int at = prefix.length() + String.join(".", raw.subList(0, last)).length() + (last > 0 ? 1 : 0);
        String illegal = prefix + join(raw, last, "~" + raw.get(last));
        rejects(() -> Identifiers.parse(illegal), IdentifierRule.GS1_CHARSET, "~", at);
    }

    // -------------------------------------------------------------------------------------- Digital Links

    private static void checkDl(String d, Map<String, String[]> invalid, CompanyPrefixProvider provider) {
        if (invalid.containsKey(d)) {
            rejects(() -> Identifiers.parse(d), IdentifierRule.ofCode(invalid.get(d)[0]));
            return;
        }
        DigitalLink dl = DigitalLink.parse(d);
        assertThat(dl.toUri()).as("corpus Digital Links are written canonically").isEqualTo(d);
        Gs1Identifier id = dl.identifier();
        String canonical = dl.toCanonical().toUri();
        if (d.startsWith(DigitalLink.CANONICAL_STEM + "/")) {
            assertThat(canonical).isEqualTo(d);
        }
        String hri = id.toElementString().toHumanReadable();
        assertThat(Identifiers.convert(hri, IdentifierForm.DIGITAL_LINK)).isEqualTo(canonical);
        assertThat(Identifiers.convert(d, IdentifierForm.ELEMENT_STRING)).isEqualTo(hri);
        assertThat(ElementString.parse(id.toElementString().toFnc1String()).toGs1Identifier()).isEqualTo(id);
        String urn = Identifiers.convert(d, IdentifierForm.EPC_URI, provider);
        assertThat(Identifiers.convert(urn, IdentifierForm.DIGITAL_LINK)).isEqualTo(canonical);
        assertThat(Identifiers.convert(urn, IdentifierForm.ELEMENT_STRING)).isEqualTo(hri);
        assertThat(Identifiers.convert(hri, IdentifierForm.EPC_URI, provider)).isEqualTo(urn);
        mutateDl(d, dl);
    }

    private static void mutateDl(String d, DigitalLink dl) {
        AiElement key = dl.identifier().primaryKey();
        String rawKey = PercentCodec.encodeDl(key.value());
        int start = dl.stem().length() + 1 + key.ai().length() + 1;
        assertThat(d.substring(start)).startsWith(rawKey);
        String before = d.substring(0, start);
        String after = d.substring(start + rawKey.length());
        ApplicationIdentifier def = key.definition();
        if (rawKey.equals(key.value())) {
            OptionalInt cdPos = def.checkDigitPosition();
            if (cdPos.isPresent()) {
                int p = cdPos.getAsInt();
                char flipped = (char) ('0' + (key.value().charAt(p) - '0' + 1) % 10);
                String bad = before + key.value().substring(0, p) + flipped + key.value().substring(p + 1) + after;
                rejects(() -> Identifiers.parse(bad), IdentifierRule.GS1_CHECK_DIGIT, String.valueOf(flipped),
                        start + p);
            }
            String illegal = before + key.value().charAt(0) + "~" + key.value().substring(1) + after;
            rejects(() -> Identifiers.parse(illegal), IdentifierRule.GS1_CHARSET, "~", start + 1);
        }
        String longer = before + rawKey + "1".repeat(def.maxLength() - key.value().length() + 1) + after;
        rejects(() -> Identifiers.parse(longer), IdentifierRule.GS1_LENGTH);
    }

    // ------------------------------------------------------------------------------------------- helpers

    static Path locateCorpus() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        Path direct = dir.resolve("../../shared/conformance").normalize();
        if (Files.isDirectory(direct)) {
            return direct;
        }
        for (Path p = dir; p != null; p = p.getParent()) {
            for (Path c : new Path[] {p.resolve("shared/conformance"), p.resolve("../shared/conformance")}) {
                if (Files.isDirectory(c.normalize())) {
                    return c.normalize();
                }
            }
        }
        return null;
    }

    private static Map<String, String[]> loadInvalidList() {
        Map<String, String[]> m = new TreeMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                ConformanceCorpusTest.class.getResourceAsStream("corpus-invalid.tsv"), "corpus-invalid.tsv"),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                m.put(cols[0], new String[] {cols[1], cols[2]});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }

    private static List<String> splitComponents(String body, int count) {
        List<String> out = new ArrayList<>();
        int p = 0;
        for (int i = 0; i < count - 1; i++) {
            int dot = body.indexOf('.', p);
            out.add(body.substring(p, dot));
            p = dot + 1;
        }
        out.add(body.substring(p));
        return out;
    }

    private static String join(List<String> raw, int replaceIndex, String replacement) {
        List<String> copy = new ArrayList<>(raw);
        copy.set(replaceIndex, replacement);
        return String.join(".", copy);
    }
}
