package dev.pharmatrace.epcis.model.gs1;

import dev.pharmatrace.epcis.model.gs1.internal.AiTable;
import dev.pharmatrace.epcis.model.gs1.internal.AiValidator;
import dev.pharmatrace.epcis.model.gs1.internal.Problem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * A GS1 Application Identifier (AI) and the format of its data, as in the GS1 General Specifications AI table.
 *
 * <p>Look-ups go through {@link #of(String)} and {@link #find(String)}; {@link #all()} lists the table. The table
 * covers the AIs used on healthcare and logistics labels: keys (00, 01, 253, 255, 401, 402, 414, 417, 8003, 8004,
 * 8006, 8010, 8013, 8017, 8018, ...), their qualifiers (10, 21, 22, 235, 254, 8011, 8019, 8020, 7040), dates
 * (11-17, 7003, 7006, 7007, 7011, 8008), measures (31nn-36nn), amounts and prices (390n-395n), references
 * (240-251, 400-403, 410-427), national healthcare reimbursement numbers 710-715 (PZN, CIP, CN, DRN, AIM, NDC),
 * and more. Not covered (and rejected as unknown): 03/04, 43nn shipping address AIs, 7041, 723n, 7241/7242, 8030.
 *
 * @param code the AI digits, e.g. {@code "01"}
 * @param title the GS1 data title, e.g. {@code "GTIN"}
 * @param predefinedLength whether the AI is in the GS1 table of predefined lengths (first two digits 00-04, 11-20,
 *     31-36, 41), so that it never needs an FNC1 separator after it
 * @param components the components of the data field, in order
 * @param requires groups of AIs of which at least one per group must occur with this AI (empty: no requirement)
 * @param excludes AIs that must not occur with this AI
 */
public record ApplicationIdentifier(String code, String title, boolean predefinedLength, List<AiComponent> components,
        List<List<String>> requires, List<String> excludes) {

    /**
     * Validates and copies the arguments.
     *
     * @param code the AI digits, e.g. {@code "01"}
     * @param title the GS1 data title, e.g. {@code "GTIN"}
     * @param predefinedLength whether the AI is in the GS1 table of predefined lengths (first two digits 00-04, 11-20, 31-36, 41), so that it never needs an FNC1 separator after it
     * @param components the components of the data field, in order
     * @param requires groups of AIs of which at least one per group must occur with this AI (empty: no requirement)
     * @param excludes AIs that must not occur with this AI
     * @throws IllegalArgumentException if the code is not 2-4 digits or there is no component
     */
    public ApplicationIdentifier {
        Objects.requireNonNull(code, "code");
        if (code.length() < 2 || code.length() > 4 || !Gs1CharacterSet.NUMERIC.containsAll(code)) {
            throw new IllegalArgumentException("an AI is 2 to 4 digits: " + code);
        }
        Objects.requireNonNull(title, "title");
        components = List.copyOf(components);
        if (components.isEmpty()) {
            throw new IllegalArgumentException("AI " + code + " has no component");
        }
        // a loop, not a stream: the AI table builds some 500 of these when the first identifier is checked
        List<List<String>> groups = new ArrayList<>(requires.size());
        for (List<String> group : requires) {
            groups.add(List.copyOf(group));
        }
        requires = List.copyOf(groups);
        excludes = List.copyOf(excludes);
    }

    /**
     * Looks up an AI in the table.
     *
     * @param code the AI digits, e.g. {@code "21"}
     * @return the AI
     * @throws InvalidIdentifierException with rule {@code GS1-UNKNOWN-AI} naming the AI if it is not in the table
     */
    public static ApplicationIdentifier of(String code) {
        ApplicationIdentifier ai = AiTable.get(code);
        if (ai == null) {
            throw new InvalidIdentifierException(IdentifierRule.GS1_UNKNOWN_AI, code, code, 0,
                    "Application Identifier (" + code + ") is not in the AI table");
        }
        return ai;
    }

    /**
     * Looks up an AI in the table.
     *
     * @param code the AI digits
     * @return the AI, or empty if it is not in the table
     */
    public static Optional<ApplicationIdentifier> find(String code) {
        return Optional.ofNullable(AiTable.get(code));
    }

    /**
     * Returns every AI of the table, ordered by code.
     *
     * @return the AIs
     */
    public static Collection<ApplicationIdentifier> all() {
        return AiTable.all();
    }

    /**
     * Returns the minimum length of the data (sum of the mandatory components' minimums).
     *
     * @return the minimum number of data characters
     */
    public int minLength() {
        int n = 0;
        for (AiComponent c : components) {
            if (!c.optional()) {
                n += c.minLength();
            }
        }
        return n;
    }

    /**
     * Returns the maximum length of the data.
     *
     * @return the maximum number of data characters
     */
    public int maxLength() {
        int n = 0;
        for (AiComponent c : components) {
            n += c.maxLength();
        }
        return n;
    }

    /**
     * Tells whether the data always has the same length.
     *
     * @return true if {@link #minLength()} equals {@link #maxLength()}
     */
    public boolean isFixedLength() {
        return minLength() == maxLength();
    }

    /**
     * Tells whether, in an element string, this AI's data must be followed by an FNC1 separator when another
     * element follows. True for every AI outside the predefined-length table, including fixed-length ones
     * such as 8006.
     *
     * @return {@code !predefinedLength()}
     */
    public boolean requiresFnc1() {
        return !predefinedLength;
    }

    /**
     * Tells whether the data is all digits.
     *
     * @return true if every component is numeric
     */
    public boolean isNumeric() {
        return components.stream().allMatch(c -> c.charset() == Gs1CharacterSet.NUMERIC);
    }

    /**
     * Returns the zero-based index, within the data, of the check digit, if the AI has one.
     *
     * @return e.g. 13 for AI 01, 17 for AI 00, 13 for AI 8003 (after the leading zero), empty for AI 21
     */
    public OptionalInt checkDigitPosition() {
        int offset = 0;
        for (AiComponent c : components) {
            if (c.checks().contains(AiCheck.CHECK_DIGIT)) {
                return OptionalInt.of(offset + c.maxLength() - 1);
            }
            offset += c.maxLength();
        }
        return OptionalInt.empty();
    }

    /**
     * Returns the format in GS1 notation, e.g. {@code N14}, {@code X..20}, {@code N13+[X..17]}.
     *
     * @return the format
     */
    public String format() {
        return components.stream().map(AiComponent::format).collect(Collectors.joining("+"));
    }

    /**
     * Tells whether the AI is a GS1 Digital Link primary key (01, 00, 414, ...).
     *
     * @return true if {@link Gs1KeyType#forAi(String)} knows this AI
     */
    public boolean isPrimaryKey() {
        return Gs1KeyType.forAi(code).isPresent();
    }

    /**
     * Validates data for this AI: character set, length, check digit, dates and other component rules.
     *
     * @param value the data (without the AI)
     * @return {@code value}, for chaining
     * @throws InvalidIdentifierException naming the rule, with the offending part and its index in {@code value}
     */
    public String validate(String value) {
        Problem p = AiValidator.validate(this, value);
        if (p != null) {
            throw p.toException(value, 0);
        }
        return value;
    }

    /**
     * Tells whether data is valid for this AI.
     *
     * @param value the data (without the AI)
     * @return true if {@link #validate(String)} would accept it
     */
    public boolean isValid(String value) {
        return AiValidator.validate(this, value) == null;
    }
}
