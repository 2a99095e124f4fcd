package dev.pharmatrace.epcis.model.gs1;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A {@link CompanyPrefixProvider} built from entries "prefix digits &rarr; GS1 Company Prefix length", answering by
 * longest prefix match. An entry may be a whole company prefix ({@code 0614141 -> 7}) or a range prefix as in the
 * GS1 GCP length list ({@code 95 -> 7}: every key starting with 95 has a 7-digit company prefix unless a
 * longer entry matches).
 *
 * <p>Immutable and thread-safe; equality by entries. Lookup costs at most one hash probe per prefix length.
 */
public final class CompanyPrefixTable implements CompanyPrefixProvider {

    private final Map<String, Integer> entries;
    private final int longestPrefix;

    private CompanyPrefixTable(Map<String, Integer> entries) {
        Map<String, Integer> copy = new HashMap<>();
        int longest = 0;
        for (Map.Entry<String, Integer> e : entries.entrySet()) {
            String p = e.getKey();
            int len = e.getValue();
            if (p.isEmpty() || p.length() > 17 || !Gs1CharacterSet.NUMERIC.containsAll(p)) {
                throw new InvalidIdentifierException(IdentifierRule.GS1_CHARSET, p, p, 0,
                        "a company prefix table key is 1 to 17 digits");
            }
            if (len < 6 || len > 12) {
                throw new InvalidIdentifierException(IdentifierRule.GCP_LENGTH_INVALID, p + " " + len,
                        String.valueOf(len), p.length() + 1, "GS1 Company Prefix length for " + p + " must be 6..12");
            }
            copy.put(p, len);
            longest = Math.max(longest, p.length());
        }
        this.entries = copy;
        this.longestPrefix = longest;
    }

    /**
     * Creates a table.
     *
     * @param prefixToLength prefix digits to company prefix length (6..12)
     * @return the table
     * @throws InvalidIdentifierException with {@code GS1-CHARSET} for a non-numeric prefix or
     *     {@code GCP-LENGTH-INVALID} for a length outside 6..12
     */
    public static CompanyPrefixTable of(Map<String, Integer> prefixToLength) {
        return new CompanyPrefixTable(prefixToLength);
    }

    /**
     * Parses lines of the form {@code <prefix> <length>} or {@code <prefix>,<length>}; blank lines and lines
     * starting with {@code #} are skipped.
     *
     * @param lines the lines
     * @return the table
     * @throws IllegalArgumentException naming the line number for a malformed line
     */
    public static CompanyPrefixTable parse(List<String> lines) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("[,;\\s]+");
            try {
                if (parts.length != 2) {
                    throw new IllegalArgumentException("expected '<prefix> <length>'");
                }
                m.put(parts[0], Integer.parseInt(parts[1]));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("line " + (i + 1) + ": '" + line + "': " + e.getMessage(), e);
            }
        }
        return new CompanyPrefixTable(m);
    }

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the length for the longest entry that {@code keyDigits} starts with.
     *
     * @param keyDigits digits from the start of the company prefix
     * @return the length, or empty if no entry matches
     */
    @Override
    public OptionalInt companyPrefixLength(String keyDigits) {
        for (int len = Math.min(longestPrefix, keyDigits.length()); len > 0; len--) {
            Integer r = entries.get(keyDigits.substring(0, len));
            if (r != null) {
                return OptionalInt.of(r);
            }
        }
        return OptionalInt.empty();
    }

    /**
     * Returns the entries, ordered by prefix.
     *
     * @return prefix to length
     */
    public SortedMap<String, Integer> entries() {
        return Collections.unmodifiableSortedMap(new TreeMap<>(entries));
    }

    /**
     * Returns the number of entries.
     *
     * @return the size
     */
    public int size() {
        return entries.size();
    }

    /**
     * Compares entries.
     *
     * @param o another object
     * @return true if both tables have the same entries
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof CompanyPrefixTable t && entries.equals(t.entries);
    }

    /**
     * Returns the hash code of the entries.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    /**
     * Describes the table.
     *
     * @return a short description
     */
    @Override
    public String toString() {
        return "CompanyPrefixTable[" + entries.size() + " entries]";
    }

    /** Collects entries for a {@link CompanyPrefixTable}; not thread-safe. */
    public static final class Builder {
        private final Map<String, Integer> entries = new HashMap<>();

        private Builder() {
        }

        /**
         * Adds a whole GS1 Company Prefix; its length is the number of digits.
         *
         * @param companyPrefix e.g. {@code "0614141"}
         * @return this builder
         */
        public Builder addCompanyPrefix(String companyPrefix) {
            entries.put(companyPrefix, companyPrefix.length());
            return this;
        }

        /**
         * Adds an entry.
         *
         * @param prefix prefix digits
         * @param length company prefix length for keys starting with {@code prefix}
         * @return this builder
         */
        public Builder add(String prefix, int length) {
            entries.put(prefix, length);
            return this;
        }

        /**
         * Builds the table.
         *
         * @return the table
         * @throws InvalidIdentifierException if an entry is invalid
         */
        public CompanyPrefixTable build() {
            return new CompanyPrefixTable(entries);
        }
    }
}
