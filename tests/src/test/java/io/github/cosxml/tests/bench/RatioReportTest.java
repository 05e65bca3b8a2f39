package io.github.cosxml.tests.bench;

import static io.github.cosxml.tests.bench.ThroughputResults.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The ratio lines of the report, from one round and from several. */
class RatioReportTest {

    private static final String READER_VS_JAXB = "| generated reader on Woodstox vs JAXB RI unmarshal | document=JOB_LIST_1000 |";

    @Test
    void oneRoundGivesTheSpeedUpAndItsVerdict() {
        String report = new RatioReport(List.of(List.of(
                run("XmlReadBenchmark.cosxml", "JOB_LIST_1000", new double[] {310}),
                run("XmlReadBenchmark.jaxb", "JOB_LIST_1000", new double[] {100})))).toMarkdown();

        assertThat(report).contains("| ratio | params | speed-up | target | |")
                .contains(READER_VS_JAXB + " 3.10× | ≥ 3× on the list, ≥ 1× small | met |");
    }

    @Test
    void severalRoundsGiveTheSpeedUpOfAllForksAndItsSpreadFromRoundToRound() {
        String report = new RatioReport(List.of(
                List.of(run("XmlReadBenchmark.cosxml", "JOB_LIST_1000", new double[] {300}),
                        run("XmlReadBenchmark.jaxb", "JOB_LIST_1000", new double[] {100})),
                List.of(run("XmlReadBenchmark.cosxml", "JOB_LIST_1000", new double[] {200}),
                        run("XmlReadBenchmark.jaxb", "JOB_LIST_1000", new double[] {100})),
                List.of(run("XmlReadBenchmark.cosxml", "JOB_LIST_1000", new double[] {250}),
                        run("XmlReadBenchmark.jaxb", "JOB_LIST_1000", new double[] {100})))).toMarkdown();

        assertThat(report).contains("| ratio | params | speed-up | per round (3) | target | |")
                .contains(READER_VS_JAXB + " 2.50× | 2.00–3.00× | ≥ 3× on the list, ≥ 1× small | missed |")
                .contains("| XmlReadBenchmark.cosxml | document=JOB_LIST_1000 | 250.0 |");
    }

    @Test
    void aRatioMissingFromARoundIsLeftOutOfItsSpread() {
        String report = new RatioReport(List.of(
                List.of(run("XmlReadBenchmark.cosxml", "JOB_LIST_1000", new double[] {400}),
                        run("XmlReadBenchmark.jaxb", "JOB_LIST_1000", new double[] {100})),
                List.of(run("XmlReadBenchmark.cosxml", "JOB_LIST_1000", new double[] {200})))).toMarkdown();

        assertThat(report).contains(READER_VS_JAXB + " 3.00× | 4.00–4.00× (1 of 2 rounds) |");
    }

    @Test
    void theAllocationOfSeveralRoundsIsThatOfAllTheirIterations() {
        String report = new RatioReport(List.of(
                List.of(run("SignerBenchmark.cosxmlJdk", "request", "UPLOAD", 900, new double[] {1, 1})),
                List.of(run("SignerBenchmark.cosxmlJdk", "request", "UPLOAD", 1100, new double[] {1, 1})))).toMarkdown();

        assertThat(report).contains("| SignerBenchmark.cosxmlJdk | request=UPLOAD | 1.0 | ± 0.0 | ops/s | — | 1000 |")
                .contains("| SignerBenchmark.cosxmlJdk | request=UPLOAD | 1000 | met |");
    }
}
