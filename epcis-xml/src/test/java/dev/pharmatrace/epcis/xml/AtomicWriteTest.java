package dev.pharmatrace.epcis.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pharmatrace.epcis.model.Action;
import dev.pharmatrace.epcis.model.EpcisDocument;
import dev.pharmatrace.epcis.model.Fixtures;
import dev.pharmatrace.epcis.model.ObjectEvent;
import dev.pharmatrace.epcis.model.report.EpcisException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicWriteTest {

  @Test
  void aFailedWriteLeavesNoFileAndKeepsThePreviousOne(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("out.xml");
    Files.writeString(target, "previous content");
    ObjectEvent good = ObjectEvent.builder().eventTime(Fixtures.EVENT_TIME).action(Action.OBSERVE).build();
    // the second event cannot be written in EPCIS 2.0 XML (two certificationInfo): the write fails half-way
    ObjectEvent bad = good.toBuilder().addCertificationInfo("urn:a").addCertificationInfo("urn:b").build();
    EpcisDocument doc = EpcisDocument.builder().addEvent(good).addEvent(bad).build();
    assertThatThrownBy(() -> EpcisXmlWriter.builder().build().write(doc, target))
        .isInstanceOf(EpcisException.class).hasMessageContaining("XML-CERTIFICATION-INFO");
    assertThat(Files.readString(target)).isEqualTo("previous content");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void aSuccessfulWriteReplacesTheTarget(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("out.xml");
    EpcisDocument doc = EpcisDocument.builder().addEvents(Fixtures.allFullEvents()).build();
    EpcisXmlWriter.builder().build().write(doc, target);
    assertThat(EpcisXmlReader.create().read(target).events()).isEqualTo(doc.events());
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void aMissingFileIsAnIoFinding(@TempDir Path dir) {
    assertThatThrownBy(() -> EpcisXmlReader.create().read(dir.resolve("missing.xml")))
        .isInstanceOf(EpcisException.class).hasMessageContaining("IO").hasMessageContaining("missing.xml");
  }
}
