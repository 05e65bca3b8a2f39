package io.github.cosxml.tests.bench.xml;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import jakarta.xml.bind.Unmarshaller;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.stream.StreamSource;

/**
 * JAXB RI on the classes XJC generated from the same XSD: one {@link JAXBContext} per root type,
 * created once and shared, and one {@code Unmarshaller} and {@code Marshaller} per codec (per
 * benchmark thread), reused for every document, which is JAXB at its fastest. It reads from a
 * {@code StreamSource}, which JAXB RI parses with the JDK's SAX parser, or, when given a StAX
 * factory, from that factory's {@code XMLStreamReader}. The root element
 * {@code Response} has a named type, so XJC generates no {@code @XmlRootElement}: documents are
 * read with the declared type and written wrapped in a {@link JAXBElement}.
 */
final class JaxbCodec<T> implements XmlCodec {
    private static final Map<Class<?>, JAXBContext> CONTEXTS = new ConcurrentHashMap<>();
    private static final QName ROOT = new QName("Response");

    private final Class<T> type;
    private final XMLInputFactory stax;
    private final Unmarshaller unmarshaller;
    private final Marshaller marshaller;

    /** Reads with the parser JAXB RI chooses for a {@code StreamSource}: the JDK's SAX parser. */
    JaxbCodec(Class<T> type) {
        this(type, null);
    }

    /** Reads from the {@code XMLStreamReader}s of {@code stax}, or as {@link #JaxbCodec(Class)} when null. */
    JaxbCodec(Class<T> type, XMLInputFactory stax) {
        this.type = type;
        this.stax = stax;
        try {
            JAXBContext context = CONTEXTS.computeIfAbsent(type, JaxbCodec::newContext);
            this.unmarshaller = context.createUnmarshaller();
            this.marshaller = context.createMarshaller();
        } catch (JAXBException e) {
            throw new IllegalStateException("JAXB cannot bind " + type.getName(), e);
        }
    }

    private static JAXBContext newContext(Class<?> type) {
        try {
            return JAXBContext.newInstance(type);
        } catch (JAXBException e) {
            throw new IllegalStateException("JAXB cannot bind " + type.getName(), e);
        }
    }

    @Override
    public Object read(byte[] xml) throws JAXBException, XMLStreamException {
        if (stax == null) {
            return unmarshaller.unmarshal(new StreamSource(new ByteArrayInputStream(xml)), type).getValue();
        }
        XMLStreamReader reader = stax.createXMLStreamReader(new ByteArrayInputStream(xml));
        try {
            return unmarshaller.unmarshal(reader, type).getValue();
        } finally {
            reader.close();
        }
    }

    @Override
    public void write(Object value, OutputStream out) throws JAXBException {
        marshaller.marshal(new JAXBElement<>(ROOT, type, type.cast(value)), out);
    }
}
