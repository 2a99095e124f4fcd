package dev.pharmatrace.epcis.model.serial;

/**
 * The rules a serial number configuration or issuing request can break, with stable codes.
 */
public enum SerialRule {
    /** The alphabet is not a set of at least two distinct characters of GS1 AI character set 82. */
    SERIAL_ALPHABET("SERIAL-ALPHABET"),
    /** The length is outside 1..20 (GS1 AI 21 holds at most 20 characters). */
    SERIAL_LENGTH("SERIAL-LENGTH"),
    /** Planned volume divided by the number of possible serials exceeds the allowed guess probability. */
    SERIAL_GUESSABILITY("SERIAL-GUESSABILITY"),
    /** Another setting is out of range (volume, bound, attempts). */
    SERIAL_CONFIGURATION("SERIAL-CONFIGURATION"),
    /** Issuing would exceed the planned volume for the GTIN, voiding the guessability guarantee. */
    SERIAL_VOLUME_EXCEEDED("SERIAL-VOLUME-EXCEEDED"),
    /** No free serial was found within the allowed attempts: the space is (nearly) exhausted. */
    SERIAL_SPACE_EXHAUSTED("SERIAL-SPACE-EXHAUSTED");

    private final String code;

    SerialRule(String code) {
        this.code = code;
    }

    /**
     * Returns the stable code.
     *
     * @return e.g. {@code "SERIAL-GUESSABILITY"}
     */
    public String code() {
        return code;
    }
}
