package io.github.cosxml.tests.bench;

/**
 * One ratio the README records: a benchmark method measured against a reference method of the
 * same class, with the same parameters.
 *
 * @param benchmarkClass simple name of the JMH class
 * @param subject        the measured method
 * @param reference      the method it is compared with
 * @param label          how the ratio reads, e.g. "speed-up over cos_api COSSigner"
 * @param target         the target for the ratio, as text (e.g. "≥ 5×")
 */
record Comparison(String benchmarkClass, String subject, String reference, String label, String target) {
}
