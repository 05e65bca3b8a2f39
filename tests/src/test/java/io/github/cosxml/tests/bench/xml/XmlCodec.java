package io.github.cosxml.tests.bench.xml;

import java.io.OutputStream;

/**
 * One library's reader and writer for one kind of document. An instance may keep state that is
 * not thread-safe (a JAXB {@code Unmarshaller}); the benchmarks keep one per thread.
 */
public interface XmlCodec {

    /** Reads a whole document. */
    Object read(byte[] xml) throws Exception;

    /** Writes {@code value}, an object this codec's {@link #read} returns, as a document. */
    void write(Object value, OutputStream out) throws Exception;
}
