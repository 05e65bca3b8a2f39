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
import javax.xml.transform.stream.StreamSource;

/**
 * JAXB RI on the classes XJC generated from the same XSD: one {@link JAXBContext} per root type,
 * created once and shared, and one {@code Unmarshaller} and {@code Marshaller} per codec (per
 * benchmark thread), reused for every document, which is JAXB at its fastest. The root element
 * {@code Response} has a named type, so XJC generates no {@code @XmlRootElement}: documents are
 * read with the declared type and written wrapped in a {@link JAXBElement}.
 */
final class JaxbCodec<T> implements XmlCodec {
    private static final Map<Class<?>, JAXBContext> CONTEXTS = new ConcurrentHashMap<>();
    private static final QName ROOT = new QName("Response");

    private final Class<T> type;
    private final Unmarshaller unmarshaller;
    private final Marshaller marshaller;

    JaxbCodec(Class<T> type) {
        this.type = type;
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
    public Object read(byte[] xml) throws JAXBException {
        return unmarshaller.unmarshal(new StreamSource(new ByteArrayInputStream(xml)), type).getValue();
    }

    @Override
    public void write(Object value, OutputStream out) throws JAXBException {
        marshaller.marshal(new JAXBElement<>(ROOT, type, type.cast(value)), out);
    }
}
