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
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import org.w3c.dom.Element;

/**
 * libxml2 and the JDK agree beyond the fixtures too: on random values, valid and invalid, put
 * into the constrained leaves of the valid fixtures.
 */
class XmllintMutationAgreementTest {

    private static final List<String> LEAVES = List.of("CardType", "Score", "JobLevel", "UserData",
            "Point", "CreationTime", "EndTime", "Status", "State", "CallBackFormat", "MqRegion");

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
        if (!leaves.isEmpty()) {
            leaves.get(Math.floorMod(pick, leaves.size())).setTextContent(value);
        }
        String xml = doc.xml();
        Path file = Files.createTempFile("cosxml-mutation-", ".xml");
        try {
            Files.writeString(file, xml, StandardCharsets.UTF_8);
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
}
