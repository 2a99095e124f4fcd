package dev.pharmatrace.epcis.model.gs1;

/**
 * The GS1 mod-10 check digit (GS1 General Specifications 7.9.1), shared by GTIN-8/12/13/14, GLN, SSCC, GSIN,
 * GRAI, GDTI, GCN, GSRN and the GTIN inside ITIP.
 *
 * <p>From the rightmost data digit leftwards, digits are weighted 3, 1, 3, 1, ...; the check digit is the
 * amount that brings the weighted sum up to the next multiple of ten. Leading zeros therefore do not change the
 * check digit, which is why a GTIN-13 keeps its check digit when padded to GTIN-14.
 */
public final class CheckDigit {

    private CheckDigit() {
    }

    /**
     * Computes the check digit for a string of data digits.
     *
     * @param dataDigits the digits without check digit (at least one)
     * @return the check digit, 0..9
     * @throws InvalidIdentifierException with rule {@code GS1-CHARSET} if a character is not a digit, or
     *     {@code GS1-LENGTH} if {@code dataDigits} is empty
     */
    public static int compute(CharSequence dataDigits) {
        String in = dataDigits.toString();
        if (in.isEmpty()) {
            throw new InvalidIdentifierException(IdentifierRule.GS1_LENGTH, in, "", 0, "no digits to compute a check digit for");
        }
        int sum = 0;
        int weight = 3;
        for (int i = in.length() - 1; i >= 0; i--) {
            char c = in.charAt(i);
            if (c < '0' || c > '9') {
                throw new InvalidIdentifierException(IdentifierRule.GS1_CHARSET, in, String.valueOf(c), i,
                        "check digits are computed over digits only");
            }
            sum += (c - '0') * weight;
            weight = 4 - weight;
        }
        return (10 - sum % 10) % 10;
    }

    /**
     * Tells whether the last digit of {@code digits} is the correct check digit for the digits before it.
     *
     * @param digits data digits followed by the check digit (at least two digits)
     * @return true if the check digit is correct; false if it is wrong or the input is not at least two digits
     */
    public static boolean isValid(CharSequence digits) {
        String in = digits.toString();
        if (in.length() < 2 || !Gs1CharacterSet.NUMERIC.containsAll(in)) {
            return false;
        }
        return compute(in.substring(0, in.length() - 1)) == in.charAt(in.length() - 1) - '0';
    }

    /**
     * Verifies the check digit and throws if it is wrong.
     *
     * @param digits data digits followed by the check digit
     * @return {@code digits}, for chaining
     * @throws InvalidIdentifierException with rule {@code GS1-CHECK-DIGIT} (offending part: the check digit, at
     *     the last index), {@code GS1-CHARSET} or {@code GS1-LENGTH}
     */
    public static String verify(CharSequence digits) {
        String in = digits.toString();
        if (in.length() < 2) {
            throw new InvalidIdentifierException(IdentifierRule.GS1_LENGTH, in, in, 0,
                    "need data digits and a check digit");
        }
        int bad = Gs1CharacterSet.NUMERIC.indexOfInvalid(in);
        if (bad >= 0) {
            throw new InvalidIdentifierException(IdentifierRule.GS1_CHARSET, in, in.substring(bad, bad + 1), bad,
                    "'" + in.charAt(bad) + "' is not a digit");
        }
        int expected = compute(in.substring(0, in.length() - 1));
        int last = in.length() - 1;
        if (in.charAt(last) - '0' != expected) {
            throw new InvalidIdentifierException(IdentifierRule.GS1_CHECK_DIGIT, in, in.substring(last), last,
                    "check digit is " + in.charAt(last) + ", expected " + expected);
        }
        return in;
    }

    /**
     * Appends the check digit to data digits.
     *
     * @param dataDigits the digits without check digit
     * @return {@code dataDigits} followed by its check digit
     * @throws InvalidIdentifierException as {@link #compute(CharSequence)}
     */
    public static String append(CharSequence dataDigits) {
        return dataDigits.toString() + compute(dataDigits);
    }
}
