package io.github.cosxml.tests.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
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
 * average out a comparison whose score moves from one JVM to the next.
 */
public final class BenchmarkSuite {

    /** JVMs per benchmark unless told otherwise (overrides the classes' {@code @Fork(1)}, which single IDE runs use). */
    static final int FORKS = 2;

    /** Every fork's heap: fixed and pre-touched (see {@link #main}). */
    static final String[] FORK_HEAP = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"};

    private BenchmarkSuite() {
    }

    public static void main(String[] args) throws RunnerException, IOException {
        String include = args.length > 0 ? args[0] : BenchmarkSuite.class.getPackage().getName() + ".*";
        int forks = args.length > 1 ? forks(args[1]) : FORKS;
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
        Collection<RunResult> results = new Runner(options.build()).run();

        String report = new RatioReport(new ArrayList<>(results)).toMarkdown();
        System.out.println();
        System.out.println(report);
        Path out = Paths.get("target", "benchmarks.md");
        Files.createDirectories(out.getParent());
        Files.write(out, report.getBytes(StandardCharsets.UTF_8));
        System.out.println("Written to " + out.toAbsolutePath());
    }

    /** The forks argument: a whole number from 1. */
    static int forks(String text) {
        int forks;
        try {
            forks = Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            forks = 0;
        }
        if (forks < 1) {
            throw new IllegalArgumentException("forks per benchmark '" + text + "' is not a whole number from 1;"
                    + " pass e.g. -Dbench.forks=6");
        }
        return forks;
    }
}
