package io.github.cosxml.tests.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.DoubleSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import io.github.cosxml.tests.bench.xml.BenchDocument;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * Turns JMH results into the Markdown the README records: every score with its allocation per
 * operation and, for the XML benchmarks, its throughput in MB/s (document bytes × ops/s / 10⁶);
 * and every declared {@link Comparison} as a speed-up factor (how many times faster the subject is
 * than the reference; below 1 means slower), computed from results of the same run. When the run
 * had several rounds, the scores are those of all rounds' forks together ({@link RoundResults}),
 * and each ratio also shows its lowest and highest value in a single round, and in how many rounds
 * it was measured when that is not all of them.
 */
final class RatioReport {

    /** The ratios the README records, in the order it records them. */
    static final List<Comparison> COMPARISONS = List.of(
            signer("cosxmlJdk", "cosSigner", "cosxml JDK, request built from the maps + signed, vs cos_api COSSigner"),
            signer("cosxmlBouncyCastle", "cosSigner", "cosxml Bouncy Castle, request built from the maps + signed, vs cos_api COSSigner"),
            signer("cosxmlJdkPrebuilt", "cosSigner", "cosxml JDK, built request signed, vs cos_api COSSigner"),
            signer("cosxmlBouncyCastlePrebuilt", "cosSigner", "cosxml Bouncy Castle, built request signed, vs cos_api COSSigner"),
            signer("cosxmlJdk", "hashingFloor", "cosxml JDK, request built from the maps + signed, vs the hashing floor"),
            signer("cosxmlBouncyCastle", "hashingFloor", "cosxml Bouncy Castle, request built from the maps + signed, vs the hashing floor"),
            signer("cosxmlJdkPrebuilt", "hashingFloor", "cosxml JDK, built request signed, vs the hashing floor"),
            signer("cosxmlBouncyCastlePrebuilt", "hashingFloor", "cosxml Bouncy Castle, built request signed, vs the hashing floor"),
            Comparison.informative("SignerBenchmark", "hashingFloorBouncyCastle", "cosSigner",
                    "the hashing floor with Bouncy Castle's SHA-1 and HMAC vs cos_api COSSigner: the most its engine reaches"),
            Comparison.informative("SignerBenchmark", "cosxmlBouncyCastlePrebuilt", "hashingFloorBouncyCastle",
                    "cosxml Bouncy Castle, built request signed, vs Bouncy Castle's hashing floor"),
            Comparison.informative("SignerBenchmark", "leanBuildAndSign", "cosSigner",
                    "lean build + sign from the maps, no checks, vs cos_api COSSigner: about the most a signer building from the maps reaches"),
            Comparison.informative("SignerBenchmark", "cosxmlJdk", "leanBuildAndSign",
                    "cosxml JDK, request built from the maps + signed, vs the lean build + sign: the share of its speed kept"),
            xml("XmlReadBenchmark", "cosxml", "jaxb", "generated reader on Woodstox vs JAXB RI unmarshal"),
            xml("XmlReadBenchmark", "cosxmlJdkStax", "jaxb", "generated reader on the JDK's StAX vs JAXB RI unmarshal"),
            xml("XmlReadBenchmark", "cosxmlAalto", "jaxb", "generated reader on Aalto vs JAXB RI unmarshal"),
            Comparison.informative("XmlReadBenchmark", "cosxml", "jaxbOnWoodstox", "generated reader vs JAXB RI unmarshal, both on Woodstox"),
            Comparison.informative("XmlReadBenchmark", "cosxmlAalto", "jaxbOnAalto", "generated reader vs JAXB RI unmarshal, both on Aalto"),
            Comparison.informative("XmlReadBenchmark", "cosxml", "jackson", "generated reader vs Jackson XML (both on Woodstox)"),
            Comparison.informative("XmlReadBenchmark", "staxAlone", "jaxb", "Woodstox alone, nothing bound, vs JAXB RI unmarshal: the most a reader on it can reach"),
            Comparison.informative("XmlReadBenchmark", "jdkStaxAlone", "jaxb", "the JDK's StAX alone vs JAXB RI unmarshal: the most a reader on it can reach"),
            Comparison.informative("XmlReadBenchmark", "aaltoAlone", "jaxb", "Aalto alone vs JAXB RI unmarshal: the most a reader on it can reach"),
            Comparison.informative("XmlReadBenchmark", "jdkSaxAlone", "jaxb", "the JDK's SAX alone (JAXB's parser) vs JAXB RI unmarshal"),
            Comparison.informative("XmlReadBenchmark", "cosxml", "staxAlone", "generated reader vs its parser alone (Woodstox): the share of the parser's speed kept"),
            Comparison.informative("XmlReadBenchmark", "cosxmlJdkStax", "jdkStaxAlone", "generated reader vs its parser alone (JDK StAX)"),
            Comparison.informative("XmlReadBenchmark", "cosxmlAalto", "aaltoAlone", "generated reader vs its parser alone (Aalto)"),
            xml("XmlWriteBenchmark", "cosxml", "jaxb", "generated writer vs JAXB RI marshal"),
            Comparison.informative("XmlWriteBenchmark", "cosxml", "jackson", "generated writer vs Jackson XML"));

    private static Comparison signer(String subject, String reference, String label) {
        return reference.equals("cosSigner")
                ? new Comparison("SignerBenchmark", subject, reference, label, "≥ 5×", 5, Double.NaN)
                : new Comparison("SignerBenchmark", subject, reference, label, "≥ 0.67× (≤ 1.5× the floor's time)", 1 / 1.5, Double.NaN);
    }

    private static Comparison xml(String benchmarkClass, String subject, String reference, String label) {
        return new Comparison(benchmarkClass, subject, reference, label, "≥ 3× on the list, ≥ 1× small", 1, 3);
    }

    /** The allocation target for one cosxml signature, in bytes. */
    static final double SIGNATURE_ALLOCATION_TARGET = 1024;

    private final List<RunResult> results;
    private final List<List<RunResult>> rounds;

    /**
     * A report on one or more rounds of the same benchmarks.
     *
     * @param rounds each round's results, in the order they ran
     */
    RatioReport(List<? extends Collection<RunResult>> rounds) {
        this.results = RoundResults.merge(rounds);
        this.rounds = rounds.stream().<List<RunResult>>map(List::copyOf).toList();
    }

    String toMarkdown() {
        StringBuilder md = new StringBuilder();
        md.append("| benchmark | params | score | error | unit | MB/s | alloc B/op |\n");
        md.append("|---|---|---:|---:|---|---:|---:|\n");
        for (RunResult r : results) {
            Result<?> primary = r.getPrimaryResult();
            md.append(String.format(Locale.ROOT, "| %s | %s | %.1f | ± %.1f | %s | %s | %s |%n",
                    shortName(r), params(r), primary.getScore(), primary.getScoreError(), primary.getScoreUnit(),
                    megabytesPerSecond(r).map(m -> String.format(Locale.ROOT, "%.1f", m)).orElse("—"),
                    allocation(r).map(a -> String.format(Locale.ROOT, "%.0f", a)).orElse("—")));
        }
        if (results.stream().anyMatch(r -> r.getParams().getParam("document") != null)) {
            md.append("\nDocuments (MB/s = bytes × ops/s / 10⁶):");
            for (BenchDocument d : BenchDocument.values()) {
                md.append(String.format(Locale.ROOT, " %s %,d bytes;", d, d.bytes().length));
            }
            md.setLength(md.length() - 1);
            md.append(".\n");
        }
        boolean perRound = rounds.size() > 1;
        md.append(perRound ? "\n| ratio | params | speed-up | per round (" + rounds.size() + ") | target | |\n|---|---|---:|---:|---|---|\n"
                : "\n| ratio | params | speed-up | target | |\n|---|---|---:|---|---|\n");
        for (Comparison c : COMPARISONS) {
            for (Map.Entry<String, Double> e : speedUps(c, results).entrySet()) {
                String spread = perRound ? " " + roundSpread(c, e.getKey()) + " |" : "";
                md.append(String.format(Locale.ROOT, "| %s | %s | %.2f× |%s %s | %s |%n", c.label(), e.getKey(), e.getValue(),
                        spread, c.target(), c.verdict(e.getKey(), e.getValue())));
            }
        }
        appendSignatureAllocations(md);
        return md.toString();
    }

    /** Bytes allocated per cosxml signature against the target (under 1 KB). */
    private void appendSignatureAllocations(StringBuilder md) {
        List<String> rows = new ArrayList<>();
        for (RunResult r : results) {
            String name = shortName(r);
            Optional<Double> alloc = allocation(r);
            if (name.startsWith("SignerBenchmark.cosxml") && alloc.isPresent()) {
                rows.add(String.format(Locale.ROOT, "| %s | %s | %.0f | %s |%n", name, params(r), alloc.get(),
                        alloc.get() < SIGNATURE_ALLOCATION_TARGET ? "met" : "missed"));
            }
        }
        if (!rows.isEmpty()) {
            md.append("\n| allocation per signature | params | B/op | target < 1 KB |\n|---|---|---:|---|\n");
            rows.forEach(md::append);
        }
    }

    /**
     * The lowest and highest speed-up of one comparison in a single round, e.g. "2.81–3.12×", with
     * "(2 of 3 rounds)" after it when some round lacks one of its two sides.
     */
    private String roundSpread(Comparison c, String params) {
        DoubleSummaryStatistics spread = rounds.stream().map(round -> speedUps(c, round).get(params))
                .filter(Objects::nonNull).mapToDouble(Double::doubleValue).summaryStatistics();
        if (spread.getCount() == 0) {
            return "—";
        }
        String range = String.format(Locale.ROOT, "%.2f–%.2f×", spread.getMin(), spread.getMax());
        return spread.getCount() == rounds.size() ? range : range + " (" + spread.getCount() + " of " + rounds.size() + " rounds)";
    }

    /** Speed-up of the subject over the reference, per parameter combination present in both. */
    private static Map<String, Double> speedUps(Comparison c, List<RunResult> results) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (RunResult subject : find(results, c.benchmarkClass(), c.subject())) {
            for (RunResult reference : find(results, c.benchmarkClass(), c.reference())) {
                if (params(subject).equals(params(reference))) {
                    double s = subject.getPrimaryResult().getScore();
                    double ref = reference.getPrimaryResult().getScore();
                    boolean timePerOp = subject.getParams().getMode() != Mode.Throughput;
                    out.put(params(subject), timePerOp ? ref / s : s / ref);
                }
            }
        }
        return out;
    }

    private static List<RunResult> find(List<RunResult> results, String benchmarkClass, String method) {
        List<RunResult> found = new ArrayList<>();
        for (RunResult r : results) {
            if (shortName(r).equals(benchmarkClass + "." + method)) {
                found.add(r);
            }
        }
        return found;
    }

    private static String shortName(RunResult r) {
        String name = r.getParams().getBenchmark();
        int method = name.lastIndexOf('.');
        int cls = name.lastIndexOf('.', method - 1);
        return name.substring(cls + 1);
    }

    private static String params(RunResult r) {
        List<String> parts = new ArrayList<>();
        for (String key : r.getParams().getParamsKeys()) {
            parts.add(key + "=" + r.getParams().getParam(key));
        }
        return String.join(", ", parts);
    }

    /** Document bytes per second / 10⁶, for a throughput result with a {@code document} parameter. */
    static Optional<Double> megabytesPerSecond(RunResult r) {
        String document = r.getParams().getParam("document");
        if (document == null || r.getParams().getMode() != Mode.Throughput
                || !r.getPrimaryResult().getScoreUnit().equals("ops/s")) {
            return Optional.empty();
        }
        return Optional.of(megabytesPerSecond(r.getPrimaryResult().getScore(), BenchDocument.valueOf(document).bytes().length));
    }

    /** {@code opsPerSecond} operations on a document of {@code documentBytes} bytes, in MB/s (10⁶ bytes). */
    static double megabytesPerSecond(double opsPerSecond, int documentBytes) {
        return opsPerSecond * documentBytes / 1_000_000.0;
    }

    private static Optional<Double> allocation(RunResult r) {
        Result<?> alloc = r.getSecondaryResults().get("gc.alloc.rate.norm");
        return alloc == null ? Optional.empty() : Optional.of(alloc.getScore());
    }
}
