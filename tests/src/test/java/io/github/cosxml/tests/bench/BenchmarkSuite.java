package io.github.cosxml.tests.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the JMH benchmarks in one JVM session and prints, beside JMH's own table, every ratio the
 * README records (each figure against the comparison it is measured against). The report is
 * also written as Markdown to {@code target/benchmarks.md}.
 *
 * <p>Arguments: an optional regular expression selecting benchmarks (default: all of this
 * package), then an optional number of forks per benchmark (default {@value #FORKS}): more forks
 * average out a comparison whose score moves from one JVM to the next; then an optional number of
 * rounds (default {@value #ROUNDS}). Each round runs every selected benchmark with those forks, so
 * the forks of a subject and of its reference take turns through the run: a stretch of time in
 * which the machine runs slow lands on both sides of a ratio, not on whichever ran then. JMH prints
 * its own results per round; the report joins the rounds ({@link RoundResults}), shows each
 * ratio's spread from round to round, and is written again after every round, so a run that fails
 * or is stopped keeps the rounds it finished.
 */
public final class BenchmarkSuite {

    /** JVMs per benchmark unless told otherwise (overrides the classes' {@code @Fork(1)}, which single IDE runs use). */
    static final int FORKS = 2;

    /** Rounds unless told otherwise: one run of every selected benchmark. */
    static final int ROUNDS = 1;

    /** Every fork's heap: fixed and pre-touched (see {@link #main}). */
    static final String[] FORK_HEAP = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"};

    private BenchmarkSuite() {
    }

    public static void main(String[] args) throws RunnerException, IOException {
        String include = args.length > 0 ? args[0] : BenchmarkSuite.class.getPackage().getName() + ".*";
        int forks = args.length > 1 ? forks(args[1]) : FORKS;
        int rounds = args.length > 2 ? rounds(args[2]) : ROUNDS;
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(include)
                // Two JVMs per benchmark: on a shared 2-core virtual machine one fork's JIT decisions and
                // noise can move a score by half; the ratios are computed from the mean of all forks.
                .forks(forks)
                // A fixed heap, touched before the first iteration: a growing heap faults its new pages in
                // while a benchmark allocates, which slowed single iterations of the allocating XML
                // benchmarks to a third. jvmArgs, not jvmArgsAppend, which the JDK-StAX forks' @Fork sets.
                .jvmArgs(FORK_HEAP)
                .addProfiler(GCProfiler.class)
                .shouldFailOnError(true);
        List<Collection<RunResult>> results = new ArrayList<>();
        Path out = Paths.get("target", "benchmarks.md");
        String report = "";
        for (int round = 1; round <= rounds; round++) {
            if (rounds > 1) {
                System.out.printf("%n# Round %d of %d%n", round, rounds);
            }
            results.add(new Runner(options.build()).run());
            report = new RatioReport(results).toMarkdown();
            write(out, report);
        }
        System.out.println();
        System.out.println(report);
        System.out.println("Written to " + out.toAbsolutePath());
    }

    private static void write(Path out, String report) throws IOException {
        Files.createDirectories(out.getParent());
        Files.write(out, report.getBytes(StandardCharsets.UTF_8));
    }

    /** The forks argument: a whole number from 1. */
    static int forks(String text) {
        return wholeNumberFromOne(text, "forks per benchmark", "-Dbench.forks=6");
    }

    /** The rounds argument: a whole number from 1. */
    static int rounds(String text) {
        return wholeNumberFromOne(text, "rounds", "-Dbench.rounds=3");
    }

    private static int wholeNumberFromOne(String text, String what, String example) {
        int number;
        try {
            number = Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            number = 0;
        }
        if (number < 1) {
            throw new IllegalArgumentException(what + " '" + text + "' is not a whole number from 1; pass e.g. " + example);
        }
        return number;
    }
}
