package io.github.cosxml.tests.bench.xml;

import com.ctc.wstx.stax.WstxInputFactory;
import com.ctc.wstx.stax.WstxOutputFactory;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.xml.XmlFactory;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.module.jakarta.xmlbind.JakartaXmlBindAnnotationModule;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Jackson's XML module on the JAXB classes XJC generated, through their Jakarta XML Binding
 * annotations (element names, the timestamp adapter, enum values). Repeated elements are not
 * wrapped in these documents ({@code defaultUseWrapper(false)}), and an absent optional value is
 * left out rather than written as an empty element ({@code NON_NULL}; an empty element would read
 * back as the empty string). One mapper, shared, on Woodstox whatever parser the fork names for
 * cosxml; reader and writer are prepared once per root type.
 */
final class JacksonCodec implements XmlCodec {
    private static final XmlMapper MAPPER = XmlMapper.builder(new XmlFactory(new WstxInputFactory(), new WstxOutputFactory()))
            .defaultUseWrapper(false)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .addModule(new JakartaXmlBindAnnotationModule())
            .build();

    private final ObjectReader reader;
    private final ObjectWriter writer;

    JacksonCodec(Class<?> type) {
        this.reader = MAPPER.readerFor(type);
        this.writer = MAPPER.writerFor(type).withRootName("Response");
    }

    @Override
    public Object read(byte[] xml) throws IOException {
        return reader.readValue(xml);
    }

    @Override
    public void write(Object value, OutputStream out) throws IOException {
        writer.writeValue(out, value);
    }
}
