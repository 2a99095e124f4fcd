package dev.pharmatrace.epcis.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class EventTypeTest {
  /** The readers refuse exactly the type-specific fields the standard gives another type (TypeSpecificFields). */
  @Test
  void aTypeRefusesExactlyTheFieldsTheStandardGivesOnlyOtherTypes() {
    Set<String> all = new TreeSet<>();
    TypeSpecificFields.HAS.values().forEach(all::addAll);
    assertEquals(all, new TreeSet<>(EventType.TYPE_SPECIFIC_FIELDS));
    for (EventType type : EventType.values()) {
      Set<String> own = TypeSpecificFields.HAS.get(type.localName());
      for (String field : all) {
        assertEquals(!own.contains(field), type.isFieldOfAnotherType(field), type + " " + field);
      }
      // fields every event has, and extensions, belong to no other type
      for (String field : Set.of("eventTime", "bizStep", "readPoint", "sensorElementList", "ex:foo", "")) {
        assertEquals(false, type.isFieldOfAnotherType(field), type + " " + field);
      }
    }
  }
}
