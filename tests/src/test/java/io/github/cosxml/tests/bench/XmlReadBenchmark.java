package io.github.cosxml.tests.bench;

import io.github.cosxml.tests.bench.xml.BenchDocument;
import io.github.cosxml.tests.bench.xml.SameValues;
import io.github.cosxml.tests.bench.xml.XmlCodec;
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
 * Reading a whole document from bytes into typed objects: the classes cosxml generated
 * ({@code fromXml(InputStream)}), JAXB RI's unmarshal, and Jackson XML, on the same bytes. The
 * setup requires the three to read the same values, so no library is timed on a wrong answer.
 * The report turns ops/s into MB/s with the document's size.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class XmlReadBenchmark {

    /** Which document is read. */
    @Param({"JOB_RESPONSE", "SYNC_RESPONSE", "JOB_LIST_1000"})
    public BenchDocument document;

    private byte[] xml;
    private XmlCodec cosxml;
    private XmlCodec jaxb;
    private XmlCodec jackson;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        xml = document.bytes();
        cosxml = document.cosxml();
        jaxb = document.jaxb();
        jackson = document.jackson();
        Object expected = cosxml();
        SameValues.require(document, "JAXB RI", expected, jaxb());
        SameValues.require(document, "Jackson XML", expected, jackson());
    }

    /** The generated reader. */
    @Benchmark
    public Object cosxml() throws Exception {
        return cosxml.read(xml);
    }

    /** JAXB RI unmarshal, cached context, reused unmarshaller. */
    @Benchmark
    public Object jaxb() throws Exception {
        return jaxb.read(xml);
    }

    /** Jackson XML onto the JAXB classes. */
    @Benchmark
    public Object jackson() throws Exception {
        return jackson.read(xml);
    }
}
