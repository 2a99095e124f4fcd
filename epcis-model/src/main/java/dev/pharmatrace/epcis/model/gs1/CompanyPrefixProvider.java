package dev.pharmatrace.epcis.model.gs1;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Tells the length of the GS1 Company Prefix (GCP) at the start of a GS1 key's digits. Needed to turn a Digital
 * Link or element string into an EPC URI, because the key itself does not say where the company prefix ends.
 *
 * <p>The provider is asked about {@link Gs1KeyType#companyPrefixDigits(String)}: the digits of the key from
 * where the company prefix starts (after the GTIN indicator, SSCC extension digit or GRAI leading zero), e.g.
 * {@code 061414112345} for GTIN {@code 80614141123458}. It answers with the GCP length (6..12) or empty when it
 * does not know. Implementations must be thread-safe.
 *
 * <p>Implementations here: {@link #fixed(int)} (one length for all, e.g. from a {@code --gcp-length} option),
 * {@link CompanyPrefixTable} (prefix to length entries, longest prefix wins, e.g. loaded from the GS1 GCP length
 * list), {@link #none()} and chaining with {@link #orElse(CompanyPrefixProvider)} / {@link #chain(List)}.
 */
@FunctionalInterface
public interface CompanyPrefixProvider {

    /**
     * Returns the GS1 Company Prefix length for key digits.
     *
     * @param keyDigits digits from the start of the company prefix, e.g. {@code 061414112345}
     * @return the length (6..12), or empty if unknown
     */
    OptionalInt companyPrefixLength(String keyDigits);

    /**
     * Returns the GS1 Company Prefix length for a key value.
     *
     * @param type the key type
     * @param keyValue the key's AI value, e.g. a 14-digit GTIN
     * @return the length, or empty if unknown
     */
    default OptionalInt companyPrefixLength(Gs1KeyType type, String keyValue) {
        return companyPrefixLength(type.companyPrefixDigits(keyValue));
    }

    /**
     * Returns a provider that asks this one first and {@code next} when this one does not know.
     *
     * @param next the fallback
     * @return the chained provider
     */
    default CompanyPrefixProvider orElse(CompanyPrefixProvider next) {
        Objects.requireNonNull(next, "next");
        CompanyPrefixProvider self = this;
        return digits -> {
            OptionalInt r = self.companyPrefixLength(digits);
            return r.isPresent() ? r : next.companyPrefixLength(digits);
        };
    }

    /**
     * Returns a provider that never knows: conversions needing a length fail with {@code GCP-LENGTH-UNKNOWN}
     * unless the identifier carries its own.
     *
     * @return the empty provider
     */
    static CompanyPrefixProvider none() {
        return digits -> OptionalInt.empty();
    }

    /**
     * Returns a provider that answers the same length for every key.
     *
     * @param length the length, 6..12
     * @return the provider
     * @throws InvalidIdentifierException with {@code GCP-LENGTH-INVALID} if the length is outside 6..12
     */
    static CompanyPrefixProvider fixed(int length) {
        if (length < 6 || length > 12) {
            throw new InvalidIdentifierException(IdentifierRule.GCP_LENGTH_INVALID, String.valueOf(length),
                    String.valueOf(length), 0, "a GS1 Company Prefix has 6 to 12 digits");
        }
        OptionalInt r = OptionalInt.of(length);
        return digits -> r;
    }

    /**
     * Returns a provider that asks the given providers in order and takes the first answer.
     *
     * @param providers the providers
     * @return the chained provider
     */
    static CompanyPrefixProvider chain(List<CompanyPrefixProvider> providers) {
        List<CompanyPrefixProvider> copy = List.copyOf(providers);
        return digits -> {
            for (CompanyPrefixProvider p : copy) {
                OptionalInt r = p.companyPrefixLength(digits);
                if (r.isPresent()) {
                    return r;
                }
            }
            return OptionalInt.empty();
        };
    }

    /**
     * Returns a table-based provider; see {@link CompanyPrefixTable}.
     *
     * @param prefixToLength prefix digits to company prefix length
     * @return the table
     */
    static CompanyPrefixTable table(Map<String, Integer> prefixToLength) {
        return CompanyPrefixTable.of(prefixToLength);
    }
}
