package dev.pharmatrace.epcis.dscsa;

import dev.pharmatrace.epcis.model.gs1.CheckDigit;
import dev.pharmatrace.epcis.model.gs1.Gtin;
import java.util.Objects;
import java.util.Optional;

/**
 * A US National Drug Code in its 10-digit form: labeler, product and package segments in one of the three FDA
 * configurations. A US prescription drug's GTIN-14 is an indicator digit, {@code 03}, the 10 NDC digits and a
 * check digit; the hyphenation cannot be recovered from a GTIN, so an NDC keeps its {@link Format}.
 *
 * @param digits the 10 digits
 * @param format the segment configuration
 */
public record Ndc(String digits, Format format) {

  /** The FDA segment configurations of a 10-digit NDC (labeler-product-package). */
  public enum Format {
    /** 4-digit labeler, 4-digit product, 2-digit package, e.g. {@code 0001-0123-45}. */
    F4_4_2(4, 4),
    /** 5-digit labeler, 3-digit product, 2-digit package, e.g. {@code 61234-567-89}. */
    F5_3_2(5, 3),
    /** 5-digit labeler, 4-digit product, 1-digit package, e.g. {@code 61234-5678-9}. */
    F5_4_1(5, 4);

    private final int labeler;
    private final int product;

    Format(int labeler, int product) {
      this.labeler = labeler;
      this.product = product;
    }

    /** The labeler code's length. */
    public int labelerLength() {
      return labeler;
    }

    /** The product code's length. */
    public int productLength() {
      return product;
    }

    /** The package code's length. */
    public int packageLength() {
      return 10 - labeler - product;
    }
  }

  /** Checks that {@code digits} are 10 digits. */
  public Ndc {
    Objects.requireNonNull(format, "format");
    if (digits == null || !digits.matches("[0-9]{10}")) {
      throw new IllegalArgumentException("an NDC has 10 digits, not '" + digits + "'");
    }
  }

  /**
   * Reads a hyphenated 10-digit NDC such as {@code 61234-567-89}; the segment lengths give the format.
   *
   * @throws IllegalArgumentException if the text is not a 4-4-2, 5-3-2 or 5-4-1 NDC
   */
  public static Ndc parse(String text) {
    Objects.requireNonNull(text, "text");
    String[] parts = text.split("-", -1);
    if (parts.length == 3) {
      for (Format f : Format.values()) {
        if (parts[0].length() == f.labelerLength() && parts[1].length() == f.productLength()
            && parts[2].length() == f.packageLength()) {
          return new Ndc(parts[0] + parts[1] + parts[2], f);
        }
      }
    }
    throw new IllegalArgumentException("not a 10-digit NDC in 4-4-2, 5-3-2 or 5-4-1 form: '" + text + "'");
  }

  /** The labeler code (the FDA-assigned firm segment). */
  public String labeler() {
    return digits.substring(0, format.labelerLength());
  }

  /**
   * The GS1 Company Prefix a US labeler's GTINs carry: {@code 03} + the labeler code (6 or 7 digits), as an EPC URI
   * writes it.
   */
  public String companyPrefix() {
    return "03" + labeler();
  }

  /** The GTIN-14 of this NDC with the given indicator digit ({@code 0} for the item, another for a case). */
  public Gtin gtin(char indicator) {
    if (indicator < '0' || indicator > '9') {
      throw new IllegalArgumentException("an indicator digit is 0-9, not '" + indicator + "'");
    }
    return Gtin.of(CheckDigit.append(indicator + "03" + digits));
  }

  /**
   * The 10 NDC digits embedded in a US drug GTIN-14 (positions 4-13, after the indicator and {@code 03}), or empty
   * when the GTIN does not start that way. Compare digits only: the hyphenation is not in the GTIN.
   */
  public static Optional<String> digitsIn(Gtin gtin) {
    String v = gtin.value();
    return v.startsWith("03", 1) ? Optional.of(v.substring(3, 13)) : Optional.empty();
  }

  /** Whether the GTIN embeds this NDC's digits. */
  public boolean matches(Gtin gtin) {
    return digitsIn(gtin).filter(digits::equals).isPresent();
  }

  /** The hyphenated form, e.g. {@code 61234-567-89}. */
  @Override
  public String toString() {
    int a = format.labelerLength();
    int b = a + format.productLength();
    return digits.substring(0, a) + "-" + digits.substring(a, b) + "-" + digits.substring(b);
  }
}
