package dev.pharmatrace.epcis.model;

import dev.pharmatrace.epcis.model.internal.Checks;
import dev.pharmatrace.epcis.model.sbdh.StandardBusinessDocumentHeader;
import java.util.List;
import java.util.Optional;

/**
 * The EPCIS header: the SBDH, master data, and header extensions. DSCSA puts its transaction statement ({@code
 * gs1ushc:dscsaTransactionStatement}) and guideline version among the extensions.
 *
 * @param sbdh the Standard Business Document Header, or null
 * @param masterData the header master data, or null
 * @param extensions header extension elements, in order
 * @param otherAttributes non-standard XML attributes of the header, in order
 */
public record EpcisHeader(
    StandardBusinessDocumentHeader sbdh,
    MasterData masterData,
    List<Extension> extensions,
    List<ExtensionAttribute> otherAttributes) {
  /** Copies the lists. */
  public EpcisHeader {
    extensions = Checks.copy(extensions, "extensions");
    otherAttributes = Checks.copy(otherAttributes, "otherAttributes");
  }

  /** A header with an SBDH and master data, without extensions. */
  public static EpcisHeader of(StandardBusinessDocumentHeader sbdh, MasterData masterData) {
    return new EpcisHeader(sbdh, masterData, List.of(), List.of());
  }

  /** The SBDH, if any. */
  public Optional<StandardBusinessDocumentHeader> sbdhValue() {
    return Optional.ofNullable(sbdh);
  }

  /** The master data, if any. */
  public Optional<MasterData> masterDataValue() {
    return Optional.ofNullable(masterData);
  }
}
