package io.github.cosxml.core.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bounds on {@code xs:dateTime}, {@code xs:date} and {@code xs:time} are checked in XML Schema 1.0's
 * partial order exactly as the JDK's XSD validator checks them: each bound (with a time zone, without
 * one, at the ±14:00 edges) against values around it, written with and without a time zone, as a
 * text (a {@code jaxb:javaType}'s printed text) and as the typed value generated code holds, which is
 * judged as {@code toXml()} writes it. Where a value with a time zone and one without are 14 hours or
 * less apart, neither is before the other, and the bound is not met.
 */
class CalendarBoundsAgreeWithTheSchemaTest {
    private static final String[] FACETS = {"minInclusive", "maxInclusive", "minExclusive", "maxExclusive"};
    private static final String[] ZONES = {"", "Z", "+14:00", "-14:00", "+05:30"};
    /** Seconds from a bound to the values around it: both sides of the 14-hour edges, and of the bound itself. */
    private static final long[] STEPS = {-28 * 3600 - 1, -14 * 3600 - 1, -14 * 3600, -14 * 3600 + 1, -1, 0, 1,
        14 * 3600 - 1, 14 * 3600, 14 * 3600 + 1, 28 * 3600};
    private static final Map<TextKind, Function<String, ?>> PARSERS = Map.of(TextKind.DATE_TIME,
            XmlValues::parseDateTime, TextKind.DATE, XmlValues::parseDate, TextKind.TIME, XmlValues::parseTime);
    private static final Map<TextKind, String> TYPES = Map.of(TextKind.DATE_TIME, "dateTime", TextKind.DATE, "date",
            TextKind.TIME, "time");

    @Test
    void dateTimeBoundsAgreeWithTheSchema() {
        LocalDateTime bound = LocalDateTime.of(2020, 1, 1, 0, 0);
        List<String> values = new ArrayList<>();
        for (long step : STEPS) {
            for (String zone : ZONES) {
                values.add(bound.plusSeconds(step).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME) + zone);
            }
        }
        values.add("2020-01-01T00:00:00.000000001Z");
        values.add("2019-12-31T24:00:00");
        for (String zone : ZONES) {
            assertAgree(TextKind.DATE_TIME, "2020-01-01T00:00:00" + zone, values);
        }
        assertAgree(TextKind.DATE_TIME, "2019-12-31T24:00:00Z", values);
    }

    @Test
    void dateBoundsAgreeWithTheSchema() {
        List<String> values = new ArrayList<>();
        for (int day = -2; day <= 2; day++) {
            for (String zone : ZONES) {
                values.add(LocalDate.of(2020, 1, 1).plusDays(day) + zone);
            }
        }
        for (String zone : new String[] {"", "Z", "+14:00", "-14:00", "+13:59", "-13:59", "+00:01"}) {
            assertAgree(TextKind.DATE, "2020-01-01" + zone, values);
        }
    }

    @Test
    void timeBoundsAgreeWithTheSchema() {
        List<String> values = new ArrayList<>();
        for (long step : STEPS) {
            for (String zone : ZONES) {
                values.add(LocalTime.of(12, 0).plusSeconds(step) + (step % 60 == 0 ? ":00" : "") + zone);
            }
        }
        values.add("01:00:00+02:00");
        values.add("23:00:00-05:00");
        for (String zone : ZONES) {
            assertAgree(TextKind.TIME, "12:00:00" + zone, values);
        }
        assertAgree(TextKind.TIME, "01:00:00+02:00", values);
        assertAgree(TextKind.TIME, "22:00:00Z", values);
    }

    /** What a violation says: where the order cannot tell, why, and what to do. */
    @Test
    void aViolationSaysWhichBoundAndWhy() {
        FacetSet since = FacetSet.builder().textKind(TextKind.DATE).minInclusive("2020-01-01Z").build();
        assertThat(messages(since, LocalDate.of(2019, 12, 30))).containsExactly(
                "minInclusive: 2019-12-30 is before 2020-01-01Z");
        assertThat(messages(since, LocalDate.of(2020, 1, 1))).singleElement().asString()
                .startsWith("minInclusive: 2020-01-01 is not at or after 2020-01-01Z: one has a time zone and the other"
                        + " not, and XML Schema 1.0 orders such values only when they are more than 14 hours apart")
                .endsWith("give both a time zone, or neither");
        assertThat(messages(since, LocalDate.of(2020, 1, 2))).isEmpty();
        FacetSet before = FacetSet.builder().textKind(TextKind.TIME).maxExclusive("12:00:00Z").build();
        assertThat(messages(before, OffsetTime.of(13, 0, 0, 0, ZoneOffset.ofHours(1)))).containsExactly(
                "maxExclusive: 13:00:00+01:00 must be before 12:00:00Z");
    }

    /**
     * A decision, where the JDK's validator is not followed: {@code 24:00:00} of an {@code xs:time} is
     * {@code 00:00:00}, one value, as XML Schema 1.0 has it (3.2.8: the value space is ISO 8601's times
     * of day, where both name the same clock time without a date; 3.2.8.2: the canonical form of
     * midnight is {@code 00:00:00}) and XML Schema 1.1 says outright. The JDK's validator keeps them
     * apart in some places and not in others (a fixed {@code 24:00:00Z} meets {@code 00:00:00Z}, a
     * fixed {@code 00:00:00Z} is not met by {@code 24:00:00Z}, and a bound of {@code 24:00:00} is the end
     * of the day); its verdicts are asserted here so that a change in the JDK shows.
     */
    @Test
    void midnightOfATimeIsOneValueWhereTheJdkKeepsTwo() {
        OffsetTime midnight = XmlValues.parseTime("24:00:00Z");
        assertThat(midnight).isEqualTo(OffsetTime.of(0, 0, 0, 0, ZoneOffset.UTC));
        // fixed 24:00:00Z, and the value as written (00:00:00Z): both meet it
        assertThat(messages(FacetSet.builder().fixed("24:00:00Z").build(), midnight)).isEmpty();
        assertThat(JdkXsdOracle.accepts(fixedTime("24:00:00Z"), "v", "00:00:00Z")).isTrue();
        // fixed 00:00:00Z, and a document's 24:00:00Z: read as 00:00:00Z and so written, which the JDK accepts,
        // though it rejects the text 24:00:00Z
        assertThat(messages(FacetSet.builder().fixed("00:00:00Z").build(), midnight)).isEmpty();
        assertThat(JdkXsdOracle.accepts(fixedTime("00:00:00Z"), "v", "00:00:00Z")).isTrue();
        assertThat(JdkXsdOracle.accepts(fixedTime("00:00:00Z"), "v", "24:00:00Z")).isFalse();
        // a bound of 24:00:00Z is 00:00:00Z: nothing at Z is before it, where the JDK has the end of the day
        FacetSet beforeMidnight = FacetSet.builder().textKind(TextKind.TIME).maxExclusive("24:00:00Z").build();
        assertThat(messages(beforeMidnight, OffsetTime.of(23, 59, 59, 0, ZoneOffset.UTC))).containsExactly(
                "maxExclusive: 23:59:59Z must be before 24:00:00Z");
        assertThat(JdkXsdOracle.accepts(JdkXsdOracle.schema("<xs:element name='v'><xs:simpleType><xs:restriction"
                + " base='xs:time'><xs:maxExclusive value='24:00:00Z'/></xs:restriction></xs:simpleType></xs:element>"),
                "v", "23:59:59Z")).isTrue();
    }

    private static javax.xml.validation.Schema fixedTime(String fixed) {
        return JdkXsdOracle.schema("<xs:element name='v' type='xs:time' fixed='" + fixed + "'/>");
    }

    @Test
    void aBoundThatIsNoValueOfTheTypeFailsTheBuild() {
        assertThatThrownBy(() -> FacetSet.builder().textKind(TextKind.DATE).maxInclusive("2020-13-01").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxInclusive '2020-13-01' is no value of the type")
                .hasMessageContaining("xs:date");
        assertThatThrownBy(() -> FacetSet.builder().minInclusive("2020-01-01").build())
                .as("without a date kind, a bound is a number").isInstanceOf(NumberFormatException.class);
    }

    private static void assertAgree(TextKind kind, String bound, List<String> values) {
        String type = TYPES.get(kind);
        for (String facet : FACETS) {
            FacetSet facets = bounded(kind, facet, bound);
            String restriction = "<xs:element name='v'><xs:simpleType><xs:restriction base='xs:" + type + "'><xs:"
                    + facet + " value='" + bound + "'/></xs:restriction></xs:simpleType></xs:element>";
            for (String text : values) {
                boolean schemaAccepts = JdkXsdOracle.accepts(JdkXsdOracle.schema(restriction), "v", text);
                assertThat(messages(facets, text)).as("%s %s: the text %s (the schema %s it)", facet, bound, text,
                        schemaAccepts ? "accepts" : "rejects").hasSize(schemaAccepts ? 0 : 1);
                // the typed value, as toXml() writes it: with its offset (UTC where the text has none), a date without
                Object typed = PARSERS.get(kind).apply(text);
                String written = XmlValues.printAny(typed);
                boolean schemaAcceptsWritten = JdkXsdOracle.accepts(JdkXsdOracle.schema(restriction), "v", written);
                assertThat(messages(facets, typed)).as("%s %s: the value %s (the schema %s it)", facet, bound, written,
                        schemaAcceptsWritten ? "accepts" : "rejects").hasSize(schemaAcceptsWritten ? 0 : 1);
            }
        }
    }

    private static FacetSet bounded(TextKind kind, String facet, String bound) {
        FacetSet.Builder builder = FacetSet.builder().textKind(kind).whiteSpace(WhiteSpace.COLLAPSE);
        switch (facet) {
            case "minInclusive":
                return builder.minInclusive(bound).build();
            case "maxInclusive":
                return builder.maxInclusive(bound).build();
            case "minExclusive":
                return builder.minExclusive(bound).build();
            default:
                return builder.maxExclusive(bound).build();
        }
    }

    private static List<String> messages(FacetSet facets, Object value) {
        Validation validation = new Validation();
        validation.check("v", value, facets);
        List<String> messages = new ArrayList<>();
        for (Violation violation : validation.result().violations()) {
            messages.add(violation.facet() + ": " + violation.message());
        }
        return messages;
    }
}
