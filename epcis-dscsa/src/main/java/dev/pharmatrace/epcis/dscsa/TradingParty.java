package dev.pharmatrace.epcis.dscsa;

import dev.pharmatrace.epcis.model.gs1.EpcUri;
import dev.pharmatrace.epcis.model.gs1.Sgln;
import java.util.Objects;

/**
 * A trading party or one of its sites (seller, buyer, ship-from, ship-to), identified by an SGLN, with the name and
 * address the location master data of a DSCSA document carries.
 *
 * @param sgln the party's or site's SGLN EPC URI, e.g. {@code urn:epc:id:sgln:0361234.00000.0}
 * @param name the name
 * @param address the address
 */
public record TradingParty(String sgln, String name, Address address) {

  /**
   * Validates the SGLN and the name.
   *
   * @throws IllegalArgumentException (an {@code InvalidIdentifierException} naming the GS1 rule) if the SGLN is
   *     not a valid SGLN EPC URI
   */
  public TradingParty {
    Sgln.fromEpcUri(Values.text(sgln, "sgln"));
    Values.text(name, "name");
    Objects.requireNonNull(address, "address");
  }

  /** A party with the given SGLN, name and address. */
  public static TradingParty of(String sgln, String name, Address address) {
    return new TradingParty(sgln, name, address);
  }

  /** The party's 13-digit GLN (the SGLN without extension). */
  public String gln() {
    return Sgln.fromEpcUri(sgln).gln().value();
  }

  /** The GS1 Company Prefix of the SGLN. */
  public String companyPrefix() {
    return EpcUri.parse(sgln).companyPrefix();
  }
}
