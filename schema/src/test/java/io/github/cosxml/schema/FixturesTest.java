package io.github.cosxml.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cosxml.schema.Fixtures.Fixture;
import io.github.cosxml.schema.Fixtures.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Acceptance 1: the documented examples (and cosxml's own fixtures) get the expected verdict. */
class FixturesTest {

    static Stream<Fixture> fixtures() {
        return Fixtures.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyFixtureGetsItsVerdict(Fixture fixture) throws IOException {
        ValidationResult result = fixture.schema().validate(fixture.path());

        switch (fixture.verdict()) {
            case VALID -> XmlAssertions.assertValid(result);
            case INVALID -> {
                assertThat(result.isValid()).as(result.report()).isFalse();
                assertThat(result.isWellFormed()).as(result.report()).isTrue();
            }
            case MALFORMED -> assertThat(result.violations()).as(result.report())
                    .anySatisfy(v -> assertThat(v.kind()).isEqualTo(Violation.Kind.NOT_WELL_FORMED));
        }
    }

    @Test
    void theMalformedExampleIsReportedAtTheEndTagThatDoesNotMatch() {
        Fixture malformed = Fixtures.named("docs/job-response-body.malformed.xml");
        List<String> lines = malformed.text().lines().toList();
        int operationEnd = lines.indexOf("</Operation>") + 1;

        ValidationResult result = malformed.schema().validate(malformed.bytes());

        assertThat(result.violations()).as(result.report()).hasSize(1);
        Violation violation = result.violations().get(0);
        assertThat(violation.kind()).isEqualTo(Violation.Kind.NOT_WELL_FORMED);
        assertThat(violation.line()).isEqualTo(operationEnd);
        assertThat(violation.column()).isBetween(1, "</Operation>".length() + 1);
        assertThat(violation.message()).contains("ImageLicenseRecResult");
        assertThat(violation.elementPath()).isEqualTo(
                "/Response/JobsDetail/Operation/ImageLicenseRecResult/ImageLicenseRecResult");
    }

    @Test
    void theCorrectedTwinDiffersOnlyInTheClosingTag() {
        List<String> malformed = Fixtures.named("docs/job-response-body.malformed.xml").text()
                .lines().toList();
        List<String> corrected = Fixtures.named("docs/job-response.corrected.xml").text()
                .lines().toList();

        assertThat(corrected).hasSameSizeAs(malformed);
        List<Integer> differing = new ArrayList<>();
        for (int i = 0; i < malformed.size(); i++) {
            if (!malformed.get(i).equals(corrected.get(i))) {
                differing.add(i);
            }
        }
        assertThat(differing).hasSize(1);
        assertThat(malformed.get(differing.get(0))).isEqualTo("<ImageLicenseRecResult>");
        assertThat(corrected.get(differing.get(0))).isEqualTo("</ImageLicenseRecResult>");
    }

    @Test
    void everyXmlExampleOfBothPagesIsAFixtureByteForByte() throws IOException {
        List<String> docFixtures = Fixtures.all().stream().filter(Fixture::fromDocs)
                .filter(f -> !f.name().contains("corrected")).map(Fixture::text).toList();
        int examples = 0;
        for (Path page : Pages.copies()) {
            String text = Files.readString(page, StandardCharsets.UTF_8);
            for (String example : xmlExamples(text)) {
                examples++;
                assertThat(docFixtures).as("example of %s starting %s", page.getFileName(),
                        example.lines().limit(3).toList()).contains(example);
            }
        }
        assertThat(examples).as("XML examples found in the pages").isEqualTo(6);
        for (String fixture : docFixtures) {
            assertThat(Pages.copies().stream().map(Pages::read))
                    .as("a page holding the fixture verbatim").anyMatch(p -> p.contains(fixture));
        }
    }

    @Test
    void everyCosxmlFixtureSaysWhereItComesFrom() {
        assertThat(Fixtures.all()).allSatisfy(f -> assertThat(f.origin()).isNotBlank());
        assertThat(Fixtures.withVerdict(Verdict.MALFORMED)).extracting(Fixture::name)
                .containsExactlyInAnyOrder("docs/job-response-body.malformed.xml",
                        "docs/job-response-example.malformed.xml");
    }

    /** An example starts with a line {@code <Request>} or {@code <Response>} and ends at its close. */
    private static List<String> xmlExamples(String page) {
        List<String> examples = new ArrayList<>();
        Matcher start = Pattern.compile("(?m)^<(Request|Response)>$").matcher(page);
        while (start.find()) {
            String end = "\n</" + start.group(1) + ">\n";
            int close = page.indexOf(end, start.start());
            examples.add(page.substring(start.start(), close + end.length()));
        }
        return examples;
    }
}
