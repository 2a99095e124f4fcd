package dev.pharmatrace.epcis.model.gs1;

import dev.pharmatrace.epcis.model.gs1.internal.AiValidator;
import dev.pharmatrace.epcis.model.gs1.internal.Problem;
import java.util.Objects;

/**
 * One GS1 element: an Application Identifier and its (validated) data, e.g. {@code (21)400}.
 *
 * @param ai the AI digits, e.g. {@code "21"}
 * @param value the data, validated against the AI's format
 */
public record AiElement(String ai, String value) {

    /**
     * Validates the element.
     *
     * @param ai the AI digits, e.g. {@code "21"}
     * @param value the data, validated against the AI's format
     * @throws InvalidIdentifierException with {@code GS1-UNKNOWN-AI} for an AI outside the table, or the rule the
     *     value breaks ({@code GS1-LENGTH}, {@code GS1-CHARSET}, {@code GS1-CHECK-DIGIT}, {@code GS1-DATE},
     *     {@code GS1-FORMAT}), located in the human-readable form {@code (ai)value}
     */
    public AiElement {
        Objects.requireNonNull(ai, "ai");
        Objects.requireNonNull(value, "value");
        ApplicationIdentifier def = ApplicationIdentifier.find(ai).orElseThrow(() -> new InvalidIdentifierException(
                IdentifierRule.GS1_UNKNOWN_AI, "(" + ai + ")" + value, ai, 1,
                "Application Identifier (" + ai + ") is not in the AI table"));
        Problem p = AiValidator.validate(def, value);
        if (p != null) {
            throw p.toException("(" + ai + ")" + value, ai.length() + 2);
        }
    }

    /**
     * Creates an element.
     *
     * @param ai the AI digits
     * @param value the data
     * @return the element
     * @throws InvalidIdentifierException if the AI is unknown or the value invalid
     */
    public static AiElement of(String ai, String value) {
        return new AiElement(ai, value);
    }

    /**
     * Returns the AI's definition from the table.
     *
     * @return the AI
     */
    public ApplicationIdentifier definition() {
        return ApplicationIdentifier.of(ai);
    }

    /**
     * Returns the human-readable form.
     *
     * @return e.g. {@code (21)400}
     */
    @Override
    public String toString() {
        return "(" + ai + ")" + value;
    }
}
