package dev.pharmatrace.epcis.model.serial;

import dev.pharmatrace.epcis.model.gs1.Gtin;

/**
 * Records which serials have been issued per GTIN, so that a serial is never issued twice for the same GTIN.
 * Implementations must be thread-safe; a persistent implementation (database table with a unique key on GTIN and
 * serial) lets several generator instances or processes share one record.
 */
public interface IssuedSerialStore {

    /**
     * Atomically records a serial as issued for a GTIN unless it already is.
     *
     * @param gtin the GTIN
     * @param serial the serial (1 to 20 characters of GS1 AI character set 82)
     * @return true if the serial was free and is now reserved; false if it had already been issued
     */
    boolean reserve(Gtin gtin, String serial);

    /**
     * Tells whether a serial has been issued for a GTIN.
     *
     * @param gtin the GTIN
     * @param serial the serial
     * @return true if issued
     */
    boolean isIssued(Gtin gtin, String serial);

    /**
     * Returns how many serials have been issued for a GTIN.
     *
     * @param gtin the GTIN
     * @return the count
     */
    long issuedCount(Gtin gtin);
}
