package io.github.cosxml.tests.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The suite's forks and rounds arguments ({@code -Dbench.forks}, {@code -Dbench.rounds}). */
class BenchmarkSuiteTest {

    @Test
    void takesAWholeNumberOfForks() {
        assertThat(BenchmarkSuite.forks("6")).isEqualTo(6);
        assertThat(BenchmarkSuite.forks(" 1 ")).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-2", "six", "", "2.5"})
    void refusesAnythingElseSayingWhatToPass(String forks) {
        assertThatThrownBy(() -> BenchmarkSuite.forks(forks)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("forks per benchmark '" + forks + "' is not a whole number from 1; pass e.g. -Dbench.forks=6");
    }

    @Test
    void takesAWholeNumberOfRounds() {
        assertThat(BenchmarkSuite.rounds("3")).isEqualTo(3);
        assertThat(BenchmarkSuite.rounds("1")).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "three", " "})
    void refusesAnyOtherRoundsSayingWhatToPass(String rounds) {
        assertThatThrownBy(() -> BenchmarkSuite.rounds(rounds)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rounds '" + rounds + "' is not a whole number from 1; pass e.g. -Dbench.rounds=3");
    }
}
