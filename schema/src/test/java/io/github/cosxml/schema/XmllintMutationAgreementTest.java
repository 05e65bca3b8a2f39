package io.github.cosxml.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cosxml.schema.Fixtures.Fixture;
import io.github.cosxml.schema.Fixtures.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import org.w3c.dom.Element;

/**
 * libxml2 and the JDK agree beyond the fixtures too: on random values, valid and invalid, put
 * into the constrained leaves of the valid fixtures.
 *
 * <p>One known departure of libxml2 (2.9.14, Debian's): it does not collapse the whitespace around
 * an {@code xs:int} value restricted by range facets, so it rejects {@code " 1"} where XSD 1.0
 * (Part 2, 3.3.17: the whiteSpace facet of {@code xs:int} is {@code collapse}, fixed) and the JDK
 * accept it. For the integer leaves, xmllint is therefore given the value as a validator must see it
 * after collapsing, and its verdict must equal the JDK's on the value as written;
 * {@link #theJdkCollapsesWhitespaceAroundAnIntegerAsXsdSays} checks the JDK's side of it.
 */
class XmllintMutationAgreementTest {

    private static final List<String> LEAVES = List.of("CardType", "Score", "JobLevel", "UserData",
            "Point", "CreationTime", "EndTime", "Status", "State", "CallBackFormat", "MqRegion");
    /** Leaves whose types restrict {@code xs:int} (Score, JobLevel, RecognitionStatus). */
    private static final List<String> INTEGER_LEAVES = List.of("Score", "JobLevel", "Status");

    @BeforeContainer
    static void xmllintIsInstalled() {
        Xmllint.requireInstalled();
    }

    @Provide
    Arbitrary<Fixture> validFixtures() {
        return Arbitraries.of(Fixtures.withVerdict(Verdict.VALID));
    }

    @Provide
    Arbitrary<String> values() {
        return Arbitraries.oneOf(
                Arbitraries.of("IDCard", "DriverLicense", "0", "1", "2", "3", "100", "101", "-1",
                        "553,439", "553;439", "-5,-7", "2022-06-27T14:44:10+0800",
                        "2022-06-27T14:44:10+08:00", "-", "2022-06-27 14:44:10", "Success",
                        "Failed", "Submitted", "json", "XML", "Json", "gz", "ap-guangzhou", "",
                        " 1", "é", "x".repeat(1025)),
                Arbitraries.strings().withChars("0123456789,-+:T ").ofMaxLength(26),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(12));
    }

    @Property(tries = 60)
    void xmllintAndTheJdkAgreeOnMutatedLeaves(@ForAll("validFixtures") Fixture fixture,
            @ForAll("values") String value, @ForAll int pick) throws IOException {
        MutableDoc doc = MutableDoc.of(fixture);
        List<Element> leaves = doc.elements().stream()
                .filter(e -> LEAVES.contains(e.getTagName())).toList();
        Element leaf = leaves.isEmpty() ? null : leaves.get(Math.floorMod(pick, leaves.size()));
        if (leaf != null) {
            leaf.setTextContent(value);
        }
        String xml = doc.xml();
        if (leaf != null && INTEGER_LEAVES.contains(leaf.getTagName())) {
            leaf.setTextContent(trimXmlWhitespace(value));
        }
        String collapsed = doc.xml();
        Path file = Files.createTempFile("cosxml-mutation-", ".xml");
        try {
            Files.writeString(file, collapsed, StandardCharsets.UTF_8);
            ValidationResult jdk = fixture.schema().validate(xml);
            Xmllint.Outcome libxml2 = Xmllint.validate(fixture.schema(), file);

            Statistics.collect(jdk.isValid() ? "valid" : "invalid");
            assertThat(libxml2.verdict() == Verdict.VALID).as("xmllint:%n%s%nJDK:%n%s",
                    libxml2.output(), jdk.report()).isEqualTo(jdk.isValid());
        } finally {
            Files.delete(file);
        }
        Statistics.coverage(coverage -> {
            coverage.check("valid").count(n -> n >= 3);
            coverage.check("invalid").count(n -> n >= 3);
        });
    }

    @Example
    void theJdkCollapsesWhitespaceAroundAnIntegerAsXsdSays() throws IOException {
        Fixture fixture = Fixtures.withVerdict(Verdict.VALID).stream()
                .filter(f -> f.schema() == CiSchema.AI_LICENSE_REC_RESPONSE).findFirst().orElseThrow();
        for (String padded : List.of(" 1", "1 ", "\t1\n", " 0 ")) {
            MutableDoc doc = MutableDoc.of(fixture);
            doc.elements().stream().filter(e -> e.getTagName().equals("Status")).findFirst().orElseThrow()
                    .setTextContent(padded);
            assertThat(fixture.schema().validate(doc.xml()).isValid()).as("JDK on Status '%s'", padded).isTrue();
            doc.elements().stream().filter(e -> e.getTagName().equals("Status")).findFirst().orElseThrow()
                    .setTextContent(trimXmlWhitespace(padded));
            Path file = Files.createTempFile("cosxml-collapsed-", ".xml");
            try {
                Files.writeString(file, doc.xml(), StandardCharsets.UTF_8);
                assertThat(Xmllint.validate(fixture.schema(), file).verdict()).as("xmllint on the collapsed value")
                        .isEqualTo(Verdict.VALID);
            } finally {
                Files.delete(file);
            }
        }
    }

    /** {@code value} without leading and trailing XML whitespace (space, tab, CR, LF). */
    private static String trimXmlWhitespace(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && " \t\r\n".indexOf(value.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && " \t\r\n".indexOf(value.charAt(end - 1)) >= 0) {
            end--;
        }
        return value.substring(start, end);
    }
}
