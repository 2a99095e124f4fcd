package dev.pharmatrace.epcis.model.gs1.internal;

import dev.pharmatrace.epcis.model.gs1.AiElement;
import dev.pharmatrace.epcis.model.gs1.ApplicationIdentifier;
import dev.pharmatrace.epcis.model.gs1.IdentifierRule;
import dev.pharmatrace.epcis.model.gs1.InvalidIdentifierException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Duplicate-AI and required/excluded AI pairing checks over a set of elements. */
public final class AiPairing {

    private AiPairing() {
    }

    /**
     * Checks that no AI occurs twice and that the required and excluded AI pairings hold.
     *
     * @param elements the elements
     * @param input the input, for the exception
     * @param positions index of each element in the input (same size as elements), or null when unknown
     * @throws InvalidIdentifierException with {@code GS1-DUPLICATE-AI} or {@code GS1-AI-PAIRING}
     */
    public static void check(List<AiElement> elements, String input, int[] positions) {
        Set<String> present = new HashSet<>();
        for (int i = 0; i < elements.size(); i++) {
            AiElement e = elements.get(i);
            if (!present.add(e.ai())) {
                throw fail(IdentifierRule.GS1_DUPLICATE_AI, input, e, positions, i,
                        "AI (" + e.ai() + ") occurs more than once");
            }
        }
        for (int i = 0; i < elements.size(); i++) {
            AiElement e = elements.get(i);
            ApplicationIdentifier def = e.definition();
            for (List<String> group : def.requires()) {
                if (group.stream().noneMatch(present::contains)) {
                    throw fail(IdentifierRule.GS1_AI_PAIRING, input, e, positions, i, "AI (" + e.ai() + ") "
                            + def.title() + " requires " + (group.size() == 1 ? "AI (" + group.get(0) + ")"
                                    : "one of the AIs " + String.join(", ", group)));
                }
            }
            for (String ex : def.excludes()) {
                if (present.contains(ex)) {
                    throw fail(IdentifierRule.GS1_AI_PAIRING, input, e, positions, i, "AI (" + e.ai() + ") "
                            + def.title() + " must not occur together with AI (" + ex + ")");
                }
            }
        }
    }

    private static InvalidIdentifierException fail(IdentifierRule rule, String input, AiElement e, int[] positions,
            int i, String msg) {
        String part = e.toString();
        int pos = positions != null ? positions[i] : input.indexOf(part);
        if (positions != null && pos >= 0 && pos < input.length()) {
            int end = i + 1 < positions.length ? positions[i + 1] : input.length();
            part = input.substring(pos, Math.max(pos, Math.min(end, input.length())));
        }
        return new InvalidIdentifierException(rule, input, part, pos, msg);
    }
}
