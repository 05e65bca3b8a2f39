package io.github.cosxml.tests.bench;

import io.github.cosxml.tests.bench.xml.BenchDocument;
import io.github.cosxml.tests.bench.xml.SameValues;
import io.github.cosxml.tests.bench.xml.XmlCodec;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Writing a whole document as UTF-8 bytes from typed objects: the classes cosxml generated
 * ({@code writeXml(OutputStream)}), JAXB RI's marshal, and Jackson XML. Each library writes the
 * object it read itself from the document; each writes into a reused, pre-sized buffer. The
 * setup reads every library's output back with cosxml and requires the document's values, so no
 * writer is timed on wrong output.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class XmlWriteBenchmark {

    /** Which document is written. */
    @Param({"JOB_RESPONSE", "SYNC_RESPONSE", "JOB_LIST_1000"})
    public BenchDocument document;

    private XmlCodec cosxml;
    private XmlCodec jaxb;
    private XmlCodec jackson;
    private Object cosxmlValue;
    private Object jaxbValue;
    private Object jacksonValue;
    private ByteArrayOutputStream out;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        byte[] xml = document.bytes();
        cosxml = document.cosxml();
        jaxb = document.jaxb();
        jackson = document.jackson();
        cosxmlValue = cosxml.read(xml);
        jaxbValue = jaxb.read(xml);
        jacksonValue = jackson.read(xml);
        out = new ByteArrayOutputStream(xml.length * 2);
        SameValues.require(document, "cosxml's writer", cosxmlValue, cosxml.read(written(cosxml())));
        SameValues.require(document, "JAXB RI's marshal", cosxmlValue, cosxml.read(written(jaxb())));
        SameValues.require(document, "Jackson XML's writer", cosxmlValue, cosxml.read(written(jackson())));
    }

    private byte[] written(int size) {
        byte[] bytes = out.toByteArray();
        if (bytes.length != size || size == 0) {
            throw new IllegalStateException("writer reported " + size + " bytes, wrote " + bytes.length);
        }
        return bytes;
    }

    /** The generated writer. */
    @Benchmark
    public int cosxml() throws Exception {
        out.reset();
        cosxml.write(cosxmlValue, out);
        return out.size();
    }

    /** JAXB RI marshal, cached context, reused marshaller. */
    @Benchmark
    public int jaxb() throws Exception {
        out.reset();
        jaxb.write(jaxbValue, out);
        return out.size();
    }

    /** Jackson XML from the JAXB classes. */
    @Benchmark
    public int jackson() throws Exception {
        out.reset();
        jackson.write(jacksonValue, out);
        return out.size();
    }
}
