package io.github.cosxml.tests.bench;

import io.github.cosxml.schema.ValidationResult;
import io.github.cosxml.tests.bench.xml.BenchDocument;
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
 * Validating the XML benchmarks' documents against their entry XSD with the schema API
 * ({@code CiSchema.validate(byte[])}: the cached compiled schema, the shared validator with its
 * pooled parsers, every violation collected). The setup requires each document to be valid.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class ValidationBenchmark {

    /** Which document is validated. */
    @Param({"JOB_RESPONSE", "SYNC_RESPONSE", "JOB_LIST_1000"})
    public BenchDocument document;

    private byte[] xml;

    @Setup(Level.Trial)
    public void setUp() {
        xml = document.bytes();
        ValidationResult result = ciSchema();
        if (!result.isValid()) {
            throw new IllegalStateException(document + " is not valid against " + document.schema() + ": " + result.report());
        }
    }

    /** {@code CiSchema.validate(byte[])}. */
    @Benchmark
    public ValidationResult ciSchema() {
        return document.schema().validate(xml);
    }
}
