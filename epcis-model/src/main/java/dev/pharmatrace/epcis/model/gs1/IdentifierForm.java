package dev.pharmatrace.epcis.model.gs1;

import java.util.Locale;

/**
 * The three textual forms of a GS1 identifier.
 */
public enum IdentifierForm {
    /** EPC URI ({@code urn:epc:id:...}, {@code urn:epc:class:...}, {@code urn:epc:idpat:...}); CLI name {@code urn}. */
    EPC_URI("urn"),
    /** GS1 Digital Link URI ({@code https://.../01/...}); CLI name {@code dl}. */
    DIGITAL_LINK("dl"),
    /** GS1 element string ({@code (01)...(21)...} or FNC1 form); CLI name {@code ai}. */
    ELEMENT_STRING("ai");

    private final String cliName;

    IdentifierForm(String cliName) {
        this.cliName = cliName;
    }

    /**
     * Returns the short name used on the command line.
     *
     * @return {@code urn}, {@code dl} or {@code ai}
     */
    public String cliName() {
        return cliName;
    }

    /**
     * Finds a form by its command-line name (case-insensitive).
     *
     * @param name {@code urn}, {@code dl} or {@code ai}
     * @return the form
     * @throws IllegalArgumentException for another name
     */
    public static IdentifierForm fromCliName(String name) {
        for (IdentifierForm f : values()) {
            if (f.cliName.equals(name.toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown identifier form '" + name + "': use urn, dl or ai");
    }
}
