package dev.pharmatrace.epcis.rules;

import dev.pharmatrace.epcis.xml.EpcisXmlReader;
import dev.pharmatrace.epcis.xml.XmlEventStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Reads test fixtures and validates them event by event, as the CLI does. */
final class Fixtures {
  private Fixtures() {}

  static Path path(String name) {
    URL url = Fixtures.class.getResource(name);
    if (url == null) {
      throw new IllegalArgumentException("no fixture " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static ValidationResult validate(Path file, Profile profile) {
    try (XmlEventStream s = EpcisXmlReader.create().open(file)) {
      ValidationSession session = Validator.of(profile).start(s.document(), file.getFileName().toString());
      while (s.hasNext()) {
        session.accept(s.next(), s.lastEventLocation());
      }
      return session.finish();
    }
  }
}
