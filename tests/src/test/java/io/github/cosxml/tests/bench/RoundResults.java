package io.github.cosxml.tests.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.RunResult;

/**
 * The results of several rounds of the same benchmarks (see {@link BenchmarkSuite}), joined per
 * benchmark, mode and parameters as if JMH had run every round's forks in one go: the mean and
 * error of a joined result, and its secondary results such as allocation, are those of all its
 * forks' iterations. A joined result keeps the first round's {@code BenchmarkParams}, so its fork
 * count is that of one round.
 */
final class RoundResults {

    private RoundResults() {
    }

    /**
     * Joins rounds. A benchmark keeps the place it had in the first round that ran it.
     *
     * @param rounds each round's results, in the order they ran
     * @return one result per benchmark and parameters, holding the forks of every round
     */
    static List<RunResult> merge(List<? extends Collection<RunResult>> rounds) {
        Map<String, List<RunResult>> byRun = new LinkedHashMap<>();
        for (Collection<RunResult> round : rounds) {
            for (RunResult result : round) {
                byRun.computeIfAbsent(key(result), k -> new ArrayList<>()).add(result);
            }
        }
        List<RunResult> merged = new ArrayList<>();
        for (List<RunResult> same : byRun.values()) {
            List<BenchmarkResult> forks = new ArrayList<>();
            same.forEach(r -> forks.addAll(r.getBenchmarkResults()));
            merged.add(new RunResult(same.get(0).getParams(), forks));
        }
        return merged;
    }

    /** JMH's own name for a run: the benchmark, its mode and its parameters. */
    private static String key(RunResult result) {
        return result.getParams().id();
    }
}
