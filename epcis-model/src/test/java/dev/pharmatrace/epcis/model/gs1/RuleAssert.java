package dev.pharmatrace.epcis.model.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Test helper: asserts that code throws {@link InvalidIdentifierException} with a given rule and offending part. */
final class RuleAssert {

    private RuleAssert() {
    }

    static InvalidIdentifierException rejects(ThrowingCallable call, IdentifierRule rule) {
        InvalidIdentifierException e = catchThrowableOfType(InvalidIdentifierException.class, call);
        assertThat(e).as("expected InvalidIdentifierException with rule %s", rule.code()).isNotNull();
        assertThat(e.rule()).as("rule of: %s", e.getMessage()).isEqualTo(rule);
        assertThat(e.getMessage()).startsWith("[" + rule.code() + "]");
        if (e.position() >= 0) {
            assertThat(e.input().substring(e.position())).as("offending part sits at position: %s", e.getMessage())
                    .startsWith(e.offendingPart());
        }
        return e;
    }

    static InvalidIdentifierException rejects(ThrowingCallable call, IdentifierRule rule, String offendingPart,
            int position) {
        InvalidIdentifierException e = rejects(call, rule);
        assertThat(e.offendingPart()).as("offending part of: %s", e.getMessage()).isEqualTo(offendingPart);
        assertThat(e.position()).as("position of: %s", e.getMessage()).isEqualTo(position);
        return e;
    }
}
