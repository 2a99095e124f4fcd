package dev.pharmatrace.epcis.model.gs1;

/**
 * The kinds of EPC URI this package reads and writes (GS1 Tag Data Standard).
 */
public enum EpcUriKind {
    /** Pure identity URI of one object, {@code urn:epc:id:<scheme>:...}. */
    PURE_IDENTITY("urn:epc:id:"),
    /** EPC class URI of a class of objects, {@code urn:epc:class:lgtin:...} (GTIN + lot). */
    CLASS("urn:epc:class:"),
    /** Pattern URI matching a set of EPCs, {@code urn:epc:idpat:<scheme>:...} with {@code *} wildcards. */
    PATTERN("urn:epc:idpat:");

    private final String prefix;

    EpcUriKind(String prefix) {
        this.prefix = prefix;
    }

    /**
     * Returns the URI prefix.
     *
     * @return e.g. {@code "urn:epc:id:"}
     */
    public String prefix() {
        return prefix;
    }
}
