package dev.pharmatrace.epcis.xml.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pharmatrace.epcis.model.Action;
import dev.pharmatrace.epcis.model.EpcisDocument;
import dev.pharmatrace.epcis.model.EpcisEvent;
import dev.pharmatrace.epcis.model.Fixtures;
import dev.pharmatrace.epcis.model.ObjectEvent;
import dev.pharmatrace.epcis.xml.CbvXmlForm;
import dev.pharmatrace.epcis.xml.DowngradePolicy;
import dev.pharmatrace.epcis.xml.XmlVersion;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.transform.Result;
import org.codehaus.stax2.XMLStreamWriter2;
import org.junit.jupiter.api.Test;

/**
 * Leaf elements with plain text are written in one raw write; the oracle is the same Woodstox writer driven
 * element by element (hidden behind a delegate that is no {@link XMLStreamWriter2}, so the writer cannot write raw):
 * the bytes must be identical, in every version, indented or not, for plain texts, texts that need escaping or
 * are not ASCII, and both mixed in one list.
 */
class RawLeafTest {
  @Test
  void rawLeavesGiveTheBytesOfElementByElementWriting() {
    List<EpcisEvent> events = new ArrayList<>(Fixtures.allFullEvents());
    events.add(ObjectEvent.builder().eventTime(Fixtures.EVENT_TIME).action(Action.OBSERVE)
        .addEpcs("urn:epc:id:sgtin:0614141.107346.2018", "https://id.gs1.org/01/09506000134352/21/a&b<c>d",
            "urn:epc:id:sgtin:0614141.107346.only&amp", "urn:epc:id:sgtin:0614141.107346.only<lt",
            "urn:epc:id:sgtin:0614141.107346.%22q%22'", "https://id.gs1.org/01/09506000134352/21/é",
            "urn:epc:id:sgtin:0614141.107346." + "9".repeat(5000), "urn:epc:id:sgtin:0614141.107346.x\ty")
        .build());
    EpcisDocument document = EpcisDocument.builder().creationDate(Fixtures.EVENT_TIME).addEvents(events).build();
    int compared = 0;
    for (XmlVersion version : XmlVersion.values()) {
      for (boolean indent : new boolean[] {true, false}) {
        String raw = write(SecureStax.outputFactory(), document, version, indent);
        String elementByElement = write(new NoRaw(SecureStax.outputFactory()), document, version, indent);
        assertThat(raw).as("%s, indent %s", version, indent).isEqualTo(elementByElement)
            .contains("<epc>urn:epc:id:sgtin:0614141.107346.2018</epc>").contains("a&amp;b&lt;c>d")
            .contains("only&amp;amp<").contains("only&lt;lt<");
        compared++;
      }
    }
    assertThat(compared).isEqualTo(2 * XmlVersion.values().length);
  }

  private static String write(XMLOutputFactory factory, EpcisDocument document, XmlVersion version,
      boolean indent) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (StaxDocumentWriter w = new StaxDocumentWriter(factory, out, document, version, CbvXmlForm.URN,
        DowngradePolicy.PARK_IN_EXTENSION, indent)) {
      for (EpcisEvent e : document.events()) {
        w.write(e);
      }
      w.finish();
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Woodstox's writers behind a plain {@link XMLStreamWriter} proxy. */
  private static final class NoRaw extends XMLOutputFactory {
    private final XMLOutputFactory woodstox;

    NoRaw(XMLOutputFactory woodstox) {
      this.woodstox = woodstox;
    }

    @Override
    public XMLStreamWriter createXMLStreamWriter(OutputStream stream, String encoding) throws XMLStreamException {
      XMLStreamWriter w = woodstox.createXMLStreamWriter(stream, encoding);
      assertThat(w).isInstanceOf(XMLStreamWriter2.class);
      return (XMLStreamWriter) Proxy.newProxyInstance(getClass().getClassLoader(),
          new Class<?>[] {XMLStreamWriter.class}, (proxy, method, args) -> {
            try {
              return method.invoke(w, args);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
          });
    }

    @Override
    public XMLStreamWriter createXMLStreamWriter(Writer stream) {
      throw new UnsupportedOperationException();
    }

    @Override
    public XMLStreamWriter createXMLStreamWriter(OutputStream stream) {
      throw new UnsupportedOperationException();
    }

    @Override
    public XMLStreamWriter createXMLStreamWriter(Result result) {
      throw new UnsupportedOperationException();
    }

    @Override
    public XMLEventWriter createXMLEventWriter(Result result) {
      throw new UnsupportedOperationException();
    }

    @Override
    public XMLEventWriter createXMLEventWriter(OutputStream stream) {
      throw new UnsupportedOperationException();
    }

    @Override
    public XMLEventWriter createXMLEventWriter(OutputStream stream, String encoding) {
      throw new UnsupportedOperationException();
    }

    @Override
    public XMLEventWriter createXMLEventWriter(Writer stream) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void setProperty(String name, Object value) {
      woodstox.setProperty(name, value);
    }

    @Override
    public Object getProperty(String name) {
      return woodstox.getProperty(name);
    }

    @Override
    public boolean isPropertySupported(String name) {
      return woodstox.isPropertySupported(name);
    }
  }
}
