package dev.pharmatrace.epcis.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdTableTest {
  @Test
  void internsFindsAndNamesBackManyIdentifiers() {
    IdTable t = new IdTable();
    int n = 200_000;
    for (int i = 0; i < n; i++) {
      assertThat(t.intern(id(i))).isEqualTo(i);
    }
    assertThat(t.size()).isEqualTo(n);
    for (int i = 0; i < n; i += 997) {
      assertThat(t.find(id(i))).isEqualTo(i);
      assertThat(t.intern(id(i))).isEqualTo(i);
      assertThat(t.name(i)).isEqualTo(id(i));
    }
    assertThat(t.find("urn:epc:id:sgtin:0361234.056789.X")).isEqualTo(-1);
    assertThat(t.find("urn:epc:id:sgtin:9999999.056789.1")).isEqualTo(-1);
    assertThat(t.size()).isEqualTo(n);
  }

  @Test
  void keepsOddIdentifiersApart() {
    IdTable t = new IdTable();
    String[] ids = {"urn:epc:id:sgtin:0361234.056789.1", "urn:epc:id:sgtin:0361234.0567891", "plain", "",
        "urn:uuid:123", "urn:epc:id:sgtin:0361234.056789.%C3%A9", "https://id.gs1.org/01/00361234567890/21/é1",
        "urn:epc:id:sgtin:0361234.056789.", "a.b.c.d"};
    for (int i = 0; i < ids.length; i++) {
      assertThat(t.intern(ids[i])).isEqualTo(i);
    }
    for (int i = 0; i < ids.length; i++) {
      assertThat(t.find(ids[i])).isEqualTo(i);
      assertThat(t.name(i)).isEqualTo(ids[i]);
    }
  }

  @Test
  void anIdentifierWithoutAClassPartFirstIsInternedOnce() {
    // found by TraceFuzzTest: the empty class part of a first identifier without '.', ':' or '/' was taken for the
    // class last seen before any (id -1), stored undecodable, and every occurrence became a new identifier
    for (String first : new String[] {"", "SERIAL1"}) {
      IdTable t = new IdTable();
      assertThat(t.intern(first)).isZero();
      assertThat(t.intern(first)).isZero();
      assertThat(t.intern("urn:epc:id:sscc:0614141.1")).isEqualTo(1);
      assertThat(t.intern(first)).isZero();
      assertThat(t.find(first)).isZero();
      assertThat(t.name(0)).isEqualTo(first);
      assertThat(t.size()).isEqualTo(2);
    }
  }

  @Test
  void keepsIdentifiersTooLongForTheArenaApart() {
    IdTable t = new IdTable();
    String serial = "urn:epc:id:giai:0614141." + "A".repeat(70_000);
    String path = "https://example.com/" + "é".repeat(IdTable.MAX_REST + 1);
    String edge = "urn:epc:id:giai:0614141." + "é".repeat(IdTable.MAX_REST);
    String[] ids = {"urn:epc:id:sgtin:0361234.056789.1", serial, path, edge, serial + "B", "urn:epc:id:sscc:0361234.1"};
    for (int i = 0; i < ids.length; i++) {
      assertThat(t.intern(ids[i])).isEqualTo(i);
    }
    for (int i = 0; i < 5_000; i++) { // grows the table past the long ones several times
      assertThat(t.intern(id(i))).isEqualTo(ids.length + i);
    }
    for (int i = 0; i < ids.length; i++) {
      assertThat(t.find(ids[i])).isEqualTo(i);
      assertThat(t.intern(ids[i])).isEqualTo(i);
      assertThat(t.name(i)).isEqualTo(ids[i]);
    }
    assertThat(t.find(serial + "C")).isEqualTo(-1);
    assertThat(t.find(id(4_999))).isEqualTo(ids.length + 4_999);
    assertThat(t.size()).isEqualTo(ids.length + 5_000);
  }

  @Test
  void manyLongIdentifiersBeforeShortOnesKeepEveryIdUnderTheTablesSize() {
    // the slots pack id + 1 under the table's mask: ids of identifiers kept apart count too
    IdTable t = new IdTable();
    String longSerial = "S".repeat(IdTable.MAX_REST + 1);
    for (int i = 0; i < 3_000; i++) {
      assertThat(t.intern("urn:epc:id:giai:0614141." + longSerial + i)).isEqualTo(i);
    }
    for (int i = 0; i < 3_000; i++) {
      assertThat(t.intern(id(i))).isEqualTo(3_000 + i);
      assertThat(t.find(id(i))).isEqualTo(3_000 + i); // at once, before the table grows again
      assertThat(t.intern(id(i))).isEqualTo(3_000 + i);
    }
    for (int i = 0; i < 3_000; i++) {
      assertThat(t.find(id(i))).isEqualTo(3_000 + i);
      assertThat(t.name(3_000 + i)).isEqualTo(id(i));
      assertThat(t.find("urn:epc:id:giai:0614141." + longSerial + i)).isEqualTo(i);
    }
  }

  static String id(int i) {
    return (i % 3 == 0 ? "urn:epc:id:sgtin:0361234.056789." : i % 3 == 1 ? "urn:epc:id:sgtin:0361234.556789."
        : "urn:epc:id:sscc:0361234.") + i;
  }
}
