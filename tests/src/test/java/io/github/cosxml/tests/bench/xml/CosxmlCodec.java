package io.github.cosxml.tests.bench.xml;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** The classes cosxml generated: {@code T.fromXml(InputStream)} and {@code value.writeXml(OutputStream)}. */
final class CosxmlCodec<T> implements XmlCodec {
    private final Class<T> type;
    private final Function<InputStream, T> reader;
    private final BiConsumer<T, OutputStream> writer;

    CosxmlCodec(Class<T> type, Function<InputStream, T> reader, BiConsumer<T, OutputStream> writer) {
        this.type = type;
        this.reader = reader;
        this.writer = writer;
    }

    @Override
    public Object read(byte[] xml) {
        return reader.apply(new ByteArrayInputStream(xml));
    }

    @Override
    public void write(Object value, OutputStream out) {
        writer.accept(type.cast(value), out);
    }
}
