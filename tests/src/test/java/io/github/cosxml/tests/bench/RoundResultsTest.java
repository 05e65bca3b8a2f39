package io.github.cosxml.tests.bench;

import static io.github.cosxml.tests.bench.ThroughputResults.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;

/** Rounds joined per benchmark and parameters, as if all their forks had run in one go. */
class RoundResultsTest {

    @Test
    void aBenchmarkRunInEveryRoundHoldsEveryRoundsForks() {
        List<RunResult> merged = RoundResults.merge(List.of(
                List.of(run("XmlReadBenchmark.cosxml", "JOB_LIST_1000", new double[] {300, 300}),
                        run("XmlReadBenchmark.jaxb", "JOB_LIST_1000", new double[] {100, 100})),
                List.of(run("XmlReadBenchmark.cosxml", "JOB_LIST_1000", new double[] {200, 200}),
                        run("XmlReadBenchmark.jaxb", "JOB_LIST_1000", new double[] {80, 120}))));

        assertThat(merged).hasSize(2);
        assertThat(merged.get(0).getParams().getBenchmark()).endsWith("XmlReadBenchmark.cosxml");
        assertThat(merged.get(0).getBenchmarkResults()).hasSize(2);
        assertThat(merged.get(0).getPrimaryResult().getScore()).isEqualTo(250.0);
        assertThat(merged.get(1).getBenchmarkResults()).hasSize(2);
        assertThat(merged.get(1).getPrimaryResult().getScore()).isEqualTo(100.0);
    }

    @Test
    void keepsDifferentParametersApartAndTheFirstRoundsOrder() {
        List<RunResult> merged = RoundResults.merge(List.of(
                List.of(run("XmlReadBenchmark.cosxml", "JOB_RESPONSE", new double[] {10}),
                        run("XmlReadBenchmark.cosxml", "JOB_LIST_1000", new double[] {1})),
                List.of(run("XmlReadBenchmark.cosxml", "JOB_LIST_1000", new double[] {3}),
                        run("XmlReadBenchmark.cosxml", "JOB_RESPONSE", new double[] {20}))));

        assertThat(merged).extracting(r -> r.getParams().getParam("document"))
                .containsExactly("JOB_RESPONSE", "JOB_LIST_1000");
        assertThat(merged).extracting(r -> r.getPrimaryResult().getScore()).containsExactly(15.0, 2.0);
    }

    @Test
    void oneRoundIsItsOwnResult() {
        RunResult only = run("SignerBenchmark.cosSigner", "x", new double[] {5, 7}, new double[] {6, 6});
        List<RunResult> merged = RoundResults.merge(List.of(List.of(only)));
        assertThat(merged).hasSize(1);
        assertThat(merged.get(0).getBenchmarkResults()).hasSize(2);
        assertThat(merged.get(0).getPrimaryResult().getScore()).isEqualTo(6.0);
    }
}
