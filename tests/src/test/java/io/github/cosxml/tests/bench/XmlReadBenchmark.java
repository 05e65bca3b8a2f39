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
 * setup requires them all to read the same values, so no library is timed on a wrong answer.
 * The report turns ops/s into MB/s with the document's size.
 *
 * <p>cosxml reads through whichever StAX implementation {@code XMLInputFactory.newFactory()}
 * finds, so each fork names one with {@code javax.xml.stream.XMLInputFactory}: Woodstox (which
 * Jackson XML brings) unless the benchmark's name says {@code JdkStax} (the JDK's own parser, what
 * an application with neither gets) or {@code Aalto}; a setup check fails a fork that reads with
 * another. {@link #jaxb} is JAXB RI as it is used, unmarshalling a {@code StreamSource} with the
 * JDK's SAX parser; {@code jaxbOn...} unmarshal from the same StAX parser the generated reader uses
 * in that fork, so a speed-up over them is not the parser's. Jackson always uses Woodstox.
 *
 * <p>The {@code ...Alone} benchmarks are the parsers with nothing bound ({@link ParserFloor}): the
 * most any reader on that parser could reach, measured in the same run.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-D" + XmlReadBenchmark.WOODSTOX_PROPERTY)
@State(Scope.Thread)
public class XmlReadBenchmark {

    /** Which document is read. */
    @Param({"JOB_RESPONSE", "SYNC_RESPONSE", "JOB_LIST_1000"})
    public BenchDocument document;

    /** Selects Woodstox, Jackson's parser, over any other on the class path. */
    static final String WOODSTOX_FACTORY = "com.ctc.wstx.stax.WstxInputFactory";
    static final String WOODSTOX_PROPERTY = "javax.xml.stream.XMLInputFactory=" + WOODSTOX_FACTORY;
    /** Selects the JDK's StAX implementation. */
    static final String JDK_STAX_FACTORY = "com.sun.xml.internal.stream.XMLInputFactoryImpl";
    static final String JDK_STAX_PROPERTY = "javax.xml.stream.XMLInputFactory=" + JDK_STAX_FACTORY;
    /** Selects Aalto. */
    static final String AALTO_FACTORY = "com.fasterxml.aalto.stax.InputFactoryImpl";
    static final String AALTO_PROPERTY = "javax.xml.stream.XMLInputFactory=" + AALTO_FACTORY;

    private byte[] xml;
    private XmlCodec cosxml;
    private XmlCodec jaxb;
    private XmlCodec jaxbOnStax;
    private XmlCodec jackson;
    private ParserFloor floor;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        requireChosenStax();
        xml = document.bytes();
        cosxml = document.cosxml();
        jaxb = document.jaxb();
        jaxbOnStax = document.jaxbOn(SecureXmlFactories.createInputFactory());
        jackson = document.jackson();
        floor = new ParserFloor(xml);
        Object expected = cosxml();
        SameValues.require(document, "JAXB RI", expected, jaxb());
        SameValues.require(document, "JAXB RI on StAX", expected, jaxbOnWoodstox());
        SameValues.require(document, "Jackson XML", expected, jackson());
    }

    /**
     * Each benchmark must run on the StAX parser its name says (Woodstox when it names none): a fork
     * option that replaced its {@code @Fork}'s {@code jvmArgsAppend} would otherwise time another
     * parser under its name.
     */
    @Setup(Level.Trial)
    public void requireTheNamedParser(BenchmarkParams params) {
        String used = SecureXmlFactories.inputFactory().getClass().getName();
        String expected = namedFactory(params.getBenchmark());
        if (!expected.equals(used)) {
            throw new IllegalStateException(params.getBenchmark() + " must read with " + expected + " but reads with "
                    + used + "; its fork lacks -Djavax.xml.stream.XMLInputFactory=" + expected);
        }
    }

    /** The StAX factory a benchmark's fork must name, by the benchmark's name. */
    static String namedFactory(String benchmark) {
        String name = benchmark.substring(benchmark.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return name.contains("jdkstax") ? JDK_STAX_FACTORY : name.contains("aalto") ? AALTO_FACTORY : WOODSTOX_FACTORY;
    }

    /** When a fork names a StAX implementation, cosxml's reader must be using it. */
    private static void requireChosenStax() {
        String chosen = System.getProperty("javax.xml.stream.XMLInputFactory");
        String used = SecureXmlFactories.inputFactory().getClass().getName();
        if (chosen != null && !chosen.equals(used)) {
            throw new IllegalStateException("this fork asks for StAX " + chosen + " but cosxml reads with " + used);
        }
    }

    /** The generated reader on Woodstox. */
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

    /** The generated reader on Aalto (the fork sets {@code javax.xml.stream.XMLInputFactory}). */
    @Benchmark
    @Fork(value = 1, jvmArgsAppend = "-D" + AALTO_PROPERTY)
    public Object cosxmlAalto() throws Exception {
        return cosxml.read(xml);
    }

    /** Woodstox alone: every event, nothing bound. */
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

    /** Aalto alone (the fork sets {@code javax.xml.stream.XMLInputFactory}). */
    @Benchmark
    @Fork(value = 1, jvmArgsAppend = "-D" + AALTO_PROPERTY)
    public long aaltoAlone() throws Exception {
        return floor.staxEvents();
    }

    /** The JDK's SAX parser alone, configured as JAXB RI configures it: what JAXB unmarshals with. */
    @Benchmark
    public long jdkSaxAlone() throws Exception {
        return floor.saxEvents();
    }

    /** JAXB RI unmarshal, cached context, reused unmarshaller, from a {@code StreamSource} (the JDK's SAX parser). */
    @Benchmark
    public Object jaxb() throws Exception {
        return jaxb.read(xml);
    }

    /** JAXB RI unmarshal from a Woodstox {@code XMLStreamReader}, configured as cosxml configures its parser. */
    @Benchmark
    public Object jaxbOnWoodstox() throws Exception {
        return jaxbOnStax.read(xml);
    }

    /** JAXB RI unmarshal from an Aalto {@code XMLStreamReader} (the fork sets {@code javax.xml.stream.XMLInputFactory}). */
    @Benchmark
    @Fork(value = 1, jvmArgsAppend = "-D" + AALTO_PROPERTY)
    public Object jaxbOnAalto() throws Exception {
        return jaxbOnStax.read(xml);
    }

    /** Jackson XML onto the JAXB classes. */
    @Benchmark
    public Object jackson() throws Exception {
        return jackson.read(xml);
    }
}
