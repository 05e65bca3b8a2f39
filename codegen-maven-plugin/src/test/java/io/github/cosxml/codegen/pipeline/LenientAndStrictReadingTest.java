package io.github.cosxml.codegen.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cosxml.core.xml.XmlProblem;
import io.github.cosxml.core.xml.XmlReadException;
import io.github.cosxml.core.xml.XmlReadOptions;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Acceptance 4: a document with an unknown element, shuffled children and an unknown enum value is
 * read leniently (keeping the raw value, which is written back) and rejected strictly with each
 * problem named, with its line, column and element path.
 */
class LenientAndStrictReadingTest {
    private static final String DOCUMENT = """
            <Catalog xmlns="urn:cosxml:test:catalog">
              <Detail jobId="j-1">
                <State>Paused</State>
                <Code>0</Code>
              </Detail>
              <Surprise>added by a newer service</Surprise>
              <Title>Spring</Title>
            </Catalog>
            """;

    private static GeneratedEverything generated;

    @BeforeAll
    static void generate() throws Exception {
        generated = GeneratedEverything.get();
    }

    @Test
    void lenientReadingSkipsUnknownsAcceptsAnyOrderAndKeepsUnknownEnumValues() throws Exception {
        Object catalog = GeneratedEverything.fromXml(generated.type("Catalog"), DOCUMENT);

        assertThat(GeneratedEverything.call(catalog, "getTitle")).isEqualTo("Spring");
        Object detail = GeneratedEverything.call(catalog, "getDetail");
        assertThat(GeneratedEverything.call(detail, "getCode")).isEqualTo("0");
        assertThat(GeneratedEverything.call(detail, "getStateAsString")).isEqualTo("Paused");
        String written = GeneratedEverything.toXml(catalog);
        assertThat(written).contains(">Paused<").doesNotContain("Surprise");
        assertThat(GeneratedEverything.fromXml(generated.type("Catalog"), written)).isEqualTo(catalog);
    }

    @Test
    void strictReadingNamesUnknownAndOutOfOrderElementsWithLineColumnAndPath() {
        assertThatThrownBy(() -> GeneratedEverything.fromXml(generated.type("Catalog"), DOCUMENT,
                XmlReadOptions.strict()))
                .isInstanceOfSatisfying(XmlReadException.class, e -> {
                    List<XmlProblem> problems = e.problems();
                    assertThat(problems).as(e.getMessage()).anySatisfy(p -> {
                        assertThat(p.message()).contains("Surprise");
                        assertThat(p.line()).isEqualTo(6);
                        assertThat(p.column()).isPositive();
                        assertThat(p.path()).isEqualTo("/Catalog/Surprise");
                    });
                    assertThat(problems).as(e.getMessage()).anySatisfy(p -> {
                        assertThat(p.message()).contains("Title");
                        assertThat(p.line()).isEqualTo(7);
                        assertThat(p.path()).isEqualTo("/Catalog/Title");
                    });
                });
    }

    /** Acceptance 4 names the unknown enum value among the problems strict reading reports. */
    @Test
    void strictReadingNamesTheUnknownEnumValue() {
        assertThatThrownBy(() -> GeneratedEverything.fromXml(generated.type("Catalog"), DOCUMENT,
                XmlReadOptions.strict()))
                .isInstanceOfSatisfying(XmlReadException.class, e -> assertThat(e.problems()).as(e.getMessage())
                        .anySatisfy(p -> {
                            assertThat(p.message()).contains("Paused");
                            assertThat(p.line()).isEqualTo(3);
                            assertThat(p.path()).isEqualTo("/Catalog/Detail/State");
                        }));
    }

    @Test
    void strictReadingReportsMissingRequiredChildren() {
        String missingTitle = "<Catalog xmlns=\"urn:cosxml:test:catalog\">\n  <Detail jobId=\"j\"><Code>1</Code>"
                + "<State>Success</State></Detail>\n</Catalog>\n";

        assertThatThrownBy(() -> GeneratedEverything.fromXml(generated.type("Catalog"), missingTitle,
                XmlReadOptions.strict()))
                .isInstanceOf(XmlReadException.class)
                .hasMessageContaining("Title");
    }

    @Test
    void validateReportsFacetViolationsWithPropertyPaths() throws Exception {
        Object detail = GeneratedEverything.fromXml(generated.type("JobDetail"),
                "<Ping xmlns=\"urn:cosxml:test:catalog\" jobId=\"j\"><Code>1</Code><State>Success</State>"
                        + "<Progress>150</Progress></Ping>");

        Object result = GeneratedEverything.call(detail, "validate");

        assertThat(GeneratedEverything.call(result, "isValid")).isEqualTo(false);
        assertThat(String.valueOf(GeneratedEverything.call(result, "violations"))).contains("progress")
                .contains("150");
    }
}
