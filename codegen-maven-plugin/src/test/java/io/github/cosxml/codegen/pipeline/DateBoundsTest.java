package io.github.cosxml.codegen.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cosxml.codegen.testing.GeneratedCode;
import io.github.cosxml.codegen.testing.SchemaUnderTest;
import io.github.cosxml.core.xml.ValidationResult;
import io.github.cosxml.core.xml.Violation;
import io.github.cosxml.core.xml.XmlWriteException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bounds on {@code xs:date}, {@code xs:dateTime} and {@code xs:time} (src/test/resources/datebounds):
 * generated {@code validate()} judges a value as the JDK's validator judges what {@code toXml()}
 * writes of it, in XML Schema 1.0's partial order: a {@code LocalDate} is written without a time
 * zone, so it is after {@code 2020-01-01Z} only from {@code 2020-01-02}; an {@code OffsetDateTime}
 * or {@code OffsetTime} is written with its offset (a document's value without one is read as UTC),
 * and is ordered against a bound without a time zone only when more than 14 hours from it.
 */
class DateBoundsTest {
    private static final String NS = "urn:cosxml:test:datebounds";
    private static final String PACKAGE = "io.github.cosxml.test.datebounds";
    private static final String PLAN = PACKAGE + ".Plan";

    @AutoClose
    private static SchemaUnderTest schema;
    private static GeneratedCode classes;

    @BeforeAll
    static void generate() throws Exception {
        schema = SchemaUnderTest.generate(DateBoundsTest.class.getResource("/datebounds/datebounds.xsd").toURI(),
                PACKAGE);
        classes = schema.classes();
    }

    /** Each row: the content of a {@code Plan} as read, and the violation of the value as written (none: valid). */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "<Since>2020-01-02</Since>|",
        "<Since>2020-01-01</Since>|since minInclusive",
        "<Since>2019-12-31</Since>|since minInclusive",
        "<Since>2020-01-01Z</Since>|since minInclusive",
        // a derivation step adds a minimum to its base's maximum, and each is met on its own
        "<Deadline>2029-12-31T09:59:59Z</Deadline>|",
        "<Deadline>2029-12-31T10:00:00Z</Deadline>|deadline maxExclusive",
        "<Deadline>2029-12-31T23:00:00</Deadline>|deadline maxExclusive",
        "<Deadline>2030-01-01T00:00:00+14:00</Deadline>|deadline maxExclusive",
        "<Deadline>2031-01-01T00:00:00Z</Deadline>|deadline maxExclusive",
        "<Deadline>2019-12-31T16:00:00Z</Deadline>|deadline minExclusive",
        "<Deadline>2020-01-01T00:00:01+08:00</Deadline>|",
        "<Opening>22:00:00Z</Opening>|opening minInclusive",
        "<Opening>08:00:00-14:00</Opening>|opening minInclusive",
        "<Opening>22:00:01Z</Opening>|",
        "<Opening>08:00:01-14:00</Opening>|",
        "<Opening>10:00:00+08:00</Opening>|opening minInclusive",
        "<Opening>23:00:00Z</Opening>|",
        "<Opening>23:00:01</Opening>|opening maxInclusive",
        "<RecentDays>2020-01-01 2019-12-31</RecentDays>|recentDays[1] minInclusive",
        "<Days>2020-01-01 2020-01-02</Days>|",
        "<Days>2020-01-01</Days>|days pattern",
        // read as 00:00:00Z, the value the fixed value is, and so written
        "<Midnight>24:00:00Z</Midnight>|",
        "<Midnight>01:00:00+01:00</Midnight>|",
        // no facets: any value read has a text
        "<Created>0001-01-01T00:00:00-14:00</Created><Holiday>-0001-12-31</Holiday><Holiday>2024-12-25</Holiday>"
                + "<PlainDays>2024-01-01 10000-01-02</PlainDays>|",
    })
    void validateJudgesTheWrittenValueAsTheSchemaDoes(String content, String violation) throws Exception {
        assertAgrees("", content, violation);
    }

    @Test
    void anAttributeIsCheckedAsAnElementIs() throws Exception {
        assertAgrees(" closing='22:30:00Z'", "", null);
        assertAgrees(" closing='23:30:00'", "", "closing maxInclusive");
    }

    /** A date in year 0 has no text: in a list whose item type has no facets, validate() reports it too. */
    @Test
    void aListItemInYearZeroIsReportedAndCannotBeWritten() throws Exception {
        Object plan = GeneratedCode.build(GeneratedCode.set(classes.builder(PLAN), "days",
                List.of(LocalDate.of(2020, 1, 1), LocalDate.of(0, 6, 1))));

        assertThat(violations(plan)).containsExactly("days[1] datatype");
        assertThatThrownBy(() -> GeneratedCode.invoke(plan, "toXml")).isInstanceOf(XmlWriteException.class)
                .hasMessageContaining("in /Plan (an attribute, the text or the first child)")
                .hasMessageContaining("no year 0000").hasCauseInstanceOf(IllegalArgumentException.class);
    }

    /** An offset beyond 14:00 has no text either: validate() reports it, and writing fails saying what to do. */
    @Test
    void anOffsetBeyondFourteenHoursIsReportedAndCannotBeWritten() throws Exception {
        Object plan = GeneratedCode.build(GeneratedCode.set(classes.builder(PLAN), "opening",
                OffsetTime.of(12, 0, 0, 0, ZoneOffset.ofHours(18))));

        assertThat(violations(plan)).containsExactly("opening datatype");
        assertThatThrownBy(() -> GeneratedCode.invoke(plan, "toXml")).isInstanceOf(XmlWriteException.class)
                .hasMessageContaining("in /Plan (").hasMessageContaining("+18:00")
                .hasMessageContaining("withOffsetSameInstant");
    }

    /**
     * A date or time with no facets is checked too: validate() reports a value that has no text, at its
     * path, single, repeated, in a list or in an attribute, and each is one toXml() cannot write.
     */
    @Test
    void aDateOrTimeWithoutFacetsIsReportedWhenItHasNoText() throws Exception {
        Map<String, Object> unwritable = new LinkedHashMap<>();
        unwritable.put("created", OffsetDateTime.of(0, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
        unwritable.put("holiday", List.of(LocalDate.of(2024, 12, 25), LocalDate.of(0, 12, 25)));
        unwritable.put("plainDays", List.of(LocalDate.of(0, 1, 1)));
        unwritable.put("reminder", OffsetTime.of(9, 0, 0, 0, ZoneOffset.ofHoursMinutesSeconds(1, 0, 30)));
        Object builder = classes.builder(PLAN);
        unwritable.forEach((property, value) -> GeneratedCode.set(builder, property, value));

        assertThat(violations(GeneratedCode.build(builder)))
                .containsExactlyInAnyOrder("created datatype", "holiday[1] datatype", "plainDays[0] datatype",
                        "reminder datatype");
        Map<String, String> where = Map.of("created", "in /Plan (an attribute, the text or the first child)",
                "holiday", "in /Plan (a child after Holiday, or the text)",
                "plainDays", "in /Plan (an attribute, the text or the first child)",
                "reminder", "in /Plan (an attribute, the text or the first child)");
        for (Map.Entry<String, Object> property : unwritable.entrySet()) {
            Object plan = GeneratedCode.build(GeneratedCode.set(classes.builder(PLAN), property.getKey(),
                    property.getValue()));
            assertThatThrownBy(() -> GeneratedCode.invoke(plan, "toXml")).as(property.getKey())
                    .isInstanceOf(XmlWriteException.class).hasMessageContaining(where.get(property.getKey()))
                    .hasMessageContaining("XML Schema 1.0").hasCauseInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aDateOrTimeWithoutFacetsThatHasATextIsValid() throws Exception {
        Object builder = classes.builder(PLAN);
        GeneratedCode.set(builder, "created", OffsetDateTime.of(-1, 12, 31, 23, 59, 59, 0, ZoneOffset.ofHours(14)));
        GeneratedCode.set(builder, "holiday", List.of(LocalDate.of(10000, 1, 1)));
        GeneratedCode.set(builder, "reminder", OffsetTime.of(9, 0, 0, 0, ZoneOffset.ofHoursMinutes(-9, -30)));
        Object plan = GeneratedCode.build(builder);

        assertThat(violations(plan)).isEmpty();
        assertThat(schema.schemaAccepts((String) GeneratedCode.invoke(plan, "toXml"))).isTrue();
    }

    private static void assertAgrees(String attributes, String content, String violation) throws Exception {
        Object plan = classes.fromXml(PLAN, "<Plan xmlns='" + NS + "'" + attributes + ">" + content + "</Plan>", null);
        String written = (String) GeneratedCode.invoke(plan, "toXml");
        boolean valid = violation == null;
        assertThat(schema.schemaAccepts(written)).as("the schema's verdict on %s", written).isEqualTo(valid);
        assertThat(violations(plan)).as("validate() of %s", written)
                .isEqualTo(valid ? List.of() : List.of(violation));
    }

    private static List<String> violations(Object value) {
        return ((ValidationResult) GeneratedCode.invoke(value, "validate")).violations().stream()
                .map((Violation v) -> v.path() + " " + v.facet()).toList();
    }
}
