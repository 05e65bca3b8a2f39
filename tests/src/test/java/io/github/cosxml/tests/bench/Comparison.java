package io.github.cosxml.tests.bench;

/**
 * One ratio the README records: a benchmark method measured against a reference method of the
 * same class, with the same parameters, and the target for it.
 *
 * @param benchmarkClass simple name of the JMH class
 * @param subject        the measured method
 * @param reference      the method it is compared with
 * @param label          how the ratio reads, e.g. "cosxml JDK vs cos_api COSSigner"
 * @param target         the target for the ratio, as text (e.g. "≥ 5×"), "—" for none
 * @param minimum        the smallest speed-up that meets the target; NaN when there is no target
 * @param minimumOnList  the same for the 1,000-job list document, when it differs (else NaN)
 */
record Comparison(String benchmarkClass, String subject, String reference, String label, String target,
        double minimum, double minimumOnList) {

    /** A ratio without a target. */
    static Comparison informative(String benchmarkClass, String subject, String reference, String label) {
        return new Comparison(benchmarkClass, subject, reference, label, "—", Double.NaN, Double.NaN);
    }

    /** "met", "missed", or "—" for a speed-up measured with these parameters. */
    String verdict(String params, double speedUp) {
        double needed = params.contains("JOB_LIST") && !Double.isNaN(minimumOnList) ? minimumOnList : minimum;
        if (Double.isNaN(needed)) {
            return "—";
        }
        return speedUp >= needed ? "met" : "missed";
    }
}
