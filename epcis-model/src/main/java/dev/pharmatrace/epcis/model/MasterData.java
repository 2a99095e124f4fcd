package dev.pharmatrace.epcis.model;

import dev.pharmatrace.epcis.model.internal.Checks;
import java.util.List;
import java.util.Optional;

/**
 * Master data: vocabularies with their elements ({@code EPCISMasterData/VocabularyList} in a header, or the body of
 * a master-data document or of query results).
 *
 * @param vocabularies the vocabularies, in order (a type may repeat, as in the documents seen in the wild)
 * @param extensions extension elements of the master data, in order
 */
public record MasterData(List<Vocabulary> vocabularies, List<Extension> extensions) {
  /** Copies the lists. */
  public MasterData {
    vocabularies = Checks.copy(vocabularies, "vocabularies");
    extensions = Checks.copy(extensions, "extensions");
  }

  /** Master data without extensions. */
  public static MasterData of(List<Vocabulary> vocabularies) {
    return new MasterData(vocabularies, List.of());
  }

  /** The first element with this identifier in a vocabulary of this type. */
  public Optional<VocabularyElement> element(String vocabularyType, String id) {
    for (Vocabulary vocabulary : vocabularies) {
      if (vocabulary.type().equals(vocabularyType)) {
        Optional<VocabularyElement> found = vocabulary.element(id);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }
}
