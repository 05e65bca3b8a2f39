package io.github.cosxml.tests.bench;

import io.github.cosxml.core.xml.SecureXmlFactories;
import io.github.cosxml.tests.bench.xml.BenchDocument;
import io.github.cosxml.tests.bench.xml.ParserFloor;
import io.github.cosxml.tests.bench.xml.SameValues;
import io.github.cosxml.tests.bench.xml.XmlCodec;
import java.util.Locale;
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
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Reading a whole document from bytes into typed objects: the classes cosxml generated
 * ({@code fromXml(InputStream)}), JAXB RI's unmarshal, and Jackson XML, on the same bytes. The
 * setup requires the three to read the same values, so no library is timed on a wrong answer.
 * The report turns ops/s into MB/s with the document's size.
 *
 * <p>cosxml reads through whichever StAX implementation {@code XMLInputFactory.newFactory()}
 * finds. On this class path that is Woodstox, which Jackson XML brings; an application without it
 * gets the JDK's own parser. {@link #cosxmlJdkStax} therefore runs the generated reader in a fork
 * whose system property selects the JDK's parser. JAXB RI unmarshals with the JDK's SAX parser in
 * both cases, and Jackson always uses Woodstox.
 *
 * <p>The {@code ...Alone} benchmarks are the parsers with nothing bound ({@link ParserFloor}): the
 * most any reader on that parser could reach, measured in the same run.
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

    /** Selects the JDK's StAX implementation over any other on the class path. */
    static final String JDK_STAX_FACTORY = "com.sun.xml.internal.stream.XMLInputFactoryImpl";
    static final String JDK_STAX_PROPERTY = "javax.xml.stream.XMLInputFactory=" + JDK_STAX_FACTORY;

    private byte[] xml;
    private XmlCodec cosxml;
    private XmlCodec jaxb;
    private XmlCodec jackson;
    private ParserFloor floor;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        requireChosenStax();
        xml = document.bytes();
        cosxml = document.cosxml();
        jaxb = document.jaxb();
        jackson = document.jackson();
        floor = new ParserFloor(xml);
        Object expected = cosxml();
        SameValues.require(document, "JAXB RI", expected, jaxb());
        SameValues.require(document, "Jackson XML", expected, jackson());
    }

    /**
     * The benchmarks named for the JDK's StAX parser must run on it: a fork option that replaced
     * their {@code @Fork}'s {@code jvmArgsAppend} would otherwise time Woodstox under their name.
     */
    @Setup(Level.Trial)
    public void requireJdkStaxWhereNamed(BenchmarkParams params) {
        String used = SecureXmlFactories.inputFactory().getClass().getName();
        if (params.getBenchmark().toLowerCase(Locale.ROOT).contains("jdkstax") && !JDK_STAX_FACTORY.equals(used)) {
            throw new IllegalStateException(params.getBenchmark() + " must read with the JDK's StAX parser ("
                    + JDK_STAX_FACTORY + ") but reads with " + used + "; its fork lacks -D" + JDK_STAX_PROPERTY);
        }
    }

    /** When a fork names a StAX implementation, cosxml's reader must be using it. */
    private static void requireChosenStax() {
        String chosen = System.getProperty("javax.xml.stream.XMLInputFactory");
        String used = SecureXmlFactories.inputFactory().getClass().getName();
        if (chosen != null && !chosen.equals(used)) {
            throw new IllegalStateException("this fork asks for StAX " + chosen + " but cosxml reads with " + used);
        }
    }

    /** The generated reader. */
    @Benchmark
    public Object cosxml() throws Exception {
        return cosxml.read(xml);
    }

    /** The generated reader on the JDK's built-in StAX parser (the fork sets {@code javax.xml.stream.XMLInputFactory}). */
    @Benchmark
    @Fork(value = 1, jvmArgsAppend = "-D" + JDK_STAX_PROPERTY)
    public Object cosxmlJdkStax() throws Exception {
        return cosxml.read(xml);
    }

    /** The StAX parser the generated reader uses (Woodstox here), alone: every event, nothing bound. */
    @Benchmark
    public long staxAlone() throws Exception {
        return floor.staxEvents();
    }

    /** The JDK's StAX parser alone (the fork sets {@code javax.xml.stream.XMLInputFactory}). */
    @Benchmark
    @Fork(value = 1, jvmArgsAppend = "-D" + JDK_STAX_PROPERTY)
    public long jdkStaxAlone() throws Exception {
        return floor.staxEvents();
    }

    /** The JDK's SAX parser alone, configured as JAXB RI configures it: what JAXB unmarshals with. */
    @Benchmark
    public long jdkSaxAlone() throws Exception {
        return floor.saxEvents();
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
