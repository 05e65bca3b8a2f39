package io.github.cosxml.tests.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.IterationResultMetaData;
import org.openjdk.jmh.results.ResultRole;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.ScalarResult;
import org.openjdk.jmh.results.ThroughputResult;
import org.openjdk.jmh.runner.IterationType;
import org.openjdk.jmh.runner.WorkloadParams;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * JMH results as JMH itself builds them, with chosen scores, for tests of what the suite does
 * with results ({@link RoundResults}, {@link RatioReport}) without running benchmarks.
 */
final class ThroughputResults {

    private ThroughputResults() {
    }

    /**
     * A throughput run of a method of this package, on one document.
     *
     * @param method e.g. {@code "XmlReadBenchmark.cosxml"}
     * @param document the {@code document} parameter
     * @param forks each fork's measurement iterations, in ops/s
     */
    static RunResult run(String method, String document, double[]... forks) {
        return run(method, "document", document, Double.NaN, forks);
    }

    /**
     * A throughput run with one parameter, whose every iteration also reports the bytes allocated
     * per operation as JMH's GC profiler does ({@code gc.alloc.rate.norm}).
     *
     * @param method e.g. {@code "SignerBenchmark.cosxmlJdk"}
     * @param param the parameter's name, e.g. {@code "request"}
     * @param value its value
     * @param bytesPerOp bytes allocated per operation, NaN for none reported
     * @param forks each fork's measurement iterations, in ops/s
     */
    static RunResult run(String method, String param, String value, double bytesPerOp, double[]... forks) {
        WorkloadParams workload = new WorkloadParams();
        workload.put(param, value, 0);
        IterationParams warmup = new IterationParams(IterationType.WARMUP, 0, TimeValue.seconds(1), 1);
        IterationParams measurement = new IterationParams(IterationType.MEASUREMENT, forks[0].length, TimeValue.seconds(1), 1);
        BenchmarkParams params = new BenchmarkParams(ThroughputResults.class.getPackage().getName() + "." + method,
                "generated", false, 1, new int[] {1}, List.of(), forks.length, 0, warmup, measurement,
                Mode.Throughput, workload, TimeUnit.SECONDS, 1, "java", List.of(), "17", "vm", "17", "1.37",
                TimeValue.minutes(10));
        List<BenchmarkResult> results = new ArrayList<>();
        for (double[] fork : forks) {
            List<IterationResult> iterations = new ArrayList<>();
            for (double opsPerSecond : fork) {
                IterationResult iteration = new IterationResult(params, measurement, new IterationResultMetaData(0, 0));
                iteration.addResult(new ThroughputResult(ResultRole.PRIMARY, method, opsPerSecond,
                        TimeUnit.SECONDS.toNanos(1), TimeUnit.SECONDS));
                if (!Double.isNaN(bytesPerOp)) {
                    iteration.addResult(new ScalarResult("gc.alloc.rate.norm", bytesPerOp, "B/op", AggregationPolicy.AVG));
                }
                iterations.add(iteration);
            }
            results.add(new BenchmarkResult(params, iterations));
        }
        return new RunResult(params, results);
    }
}
