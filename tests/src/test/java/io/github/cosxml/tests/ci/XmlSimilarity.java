package io.github.cosxml.tests.ci;

import io.github.cosxml.core.xml.CiTimestamp;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.ComparisonResult;
import org.xmlunit.diff.ComparisonType;
import org.xmlunit.diff.DefaultNodeMatcher;
import org.xmlunit.diff.Diff;
import org.xmlunit.diff.DifferenceEvaluator;
import org.xmlunit.diff.DifferenceEvaluators;
import org.xmlunit.diff.ElementSelectors;

/**
 * XMLUnit comparison used by the round-trip tests: whitespace ignored, and siblings matched by
 * name, so a reordering of children counts as "similar" (the schema's {@code xs:all} types allow
 * any order; repeated elements are still matched in document order), and two CI times that are
 * the same {@link OffsetDateTime} ({@code +08:00} read, {@code +0800} written) count as similar.
 */
public final class XmlSimilarity {
    private static final DifferenceEvaluator SAME_CI_TIME = (comparison, outcome) -> {
        if (outcome != ComparisonResult.DIFFERENT || comparison.getType() != ComparisonType.TEXT_VALUE) {
            return outcome;
        }
        OffsetDateTime control = ciTime(comparison.getControlDetails().getValue());
        OffsetDateTime test = ciTime(comparison.getTestDetails().getValue());
        return control != null && Objects.equals(control, test) ? ComparisonResult.SIMILAR : outcome;
    };

    private XmlSimilarity() {
    }

    private static OffsetDateTime ciTime(Object text) {
        if (!(text instanceof String value) || !value.trim().matches("\\d{4}-\\d{2}-\\d{2}T.*")) {
            return null;
        }
        try {
            return CiTimestamp.parse(value);
        } catch (IllegalArgumentException notATime) {
            return null;
        }
    }

    /** The differences between {@code control} and {@code test}; {@code hasDifferences()} is false when similar. */
    public static Diff diff(String control, String test) {
        return DiffBuilder.compare(control).withTest(test)
                .ignoreWhitespace()
                .ignoreComments()
                .withNodeMatcher(new DefaultNodeMatcher(ElementSelectors.byName))
                .withDifferenceEvaluator(DifferenceEvaluators.chain(DifferenceEvaluators.Default, SAME_CI_TIME))
                .checkForSimilar()
                .build();
    }

    /** Throws an AssertionError listing every difference unless the two documents are similar. */
    public static void assertSimilar(String control, String test) {
        Diff diff = diff(control, test);
        if (diff.hasDifferences()) {
            StringBuilder message = new StringBuilder("documents differ:\n");
            diff.getDifferences().forEach(d -> message.append("  ").append(d).append('\n'));
            message.append("control:\n").append(control).append("\ntest:\n").append(test);
            throw new AssertionError(message.toString());
        }
    }
}
