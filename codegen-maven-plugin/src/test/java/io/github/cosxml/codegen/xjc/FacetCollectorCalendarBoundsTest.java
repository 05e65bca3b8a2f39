package io.github.cosxml.codegen.xjc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cosxml.codegen.model.CalendarBounds;
import io.github.cosxml.codegen.model.SchemaModel;
import io.github.cosxml.core.xml.FacetSet;
import io.github.cosxml.core.xml.TextKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bounds on dates and times are collected as written, and generated code reads them with core's
 * readers ({@code XmlValues}, through {@link FacetSet}): the generator takes exactly the bounds those
 * readers read, and reports the others (years beyond java.time's, which the JDK's validator, and so
 * XJC's check of the schema, takes) as schema problems with their {@code file:line:column}.
 */
class FacetCollectorCalendarBoundsTest {
    @TempDir
    Path dir;

    @Test
    void boundsAreCollectedAsWrittenTheMostDerivedWinning() throws Exception {
        String xsd = "<xs:simpleType name='Base'><xs:restriction base='xs:dateTime'>"
                + "<xs:maxExclusive value=' 2030-01-01T00:00:00 '/><xs:minInclusive value='2000-01-01T00:00:00Z'/>"
                + "</xs:restriction></xs:simpleType>"
                + "<xs:simpleType name='T'><xs:restriction base='t:Base'><xs:minInclusive value='2020-01-01T00:00:00Z'/>"
                + "</xs:restriction></xs:simpleType>";
        assertThat(boundsOf(xsd)).isEqualTo(new CalendarBounds("2020-01-01T00:00:00Z", null, null,
                "2030-01-01T00:00:00"));
    }

    @ParameterizedTest(name = "xs:{0} minInclusive ''{1}''")
    @CsvSource({
        "date, 999999999-12-31", "date, -999999999-01-01", "date, 1000000000-01-01", "date, -1000000000-12-31+14:00",
        "dateTime, 999999999-12-30T24:00:00Z", "dateTime, 999999999-12-31T24:00:00",
        "dateTime, -999999999-12-31T24:00:00Z", "dateTime, 1000000000-01-01T00:00:00", "time, 24:00:00-14:00",
    })
    void aBoundIsTakenExactlyWhenTheRuntimeReadsIt(String type, String bound) throws Exception {
        TextKind kind = type.equals("date") ? TextKind.DATE : type.equals("time") ? TextKind.TIME : TextKind.DATE_TIME;
        boolean runtimeReads = reads(kind, bound);
        String xsd = "<xs:simpleType name='T'><xs:restriction base='xs:" + type + "'>\n<xs:minInclusive value='"
                + bound + "'/></xs:restriction></xs:simpleType>";
        if (runtimeReads) {
            assertThat(boundsOf(xsd).minInclusive()).isEqualTo(bound);
        } else {
            assertThatThrownBy(() -> boundsOf(xsd)).isInstanceOf(SchemaException.class)
                    .hasMessageContaining("schema.xsd:3:")
                    .hasMessageContaining("xs:minInclusive '" + bound + "'")
                    .hasMessageContaining("beyond the years java.time holds")
                    .hasMessageContaining("use a bound within those years");
        }
    }

    private static boolean reads(TextKind kind, String bound) {
        try {
            FacetSet.builder().textKind(kind).minInclusive(bound).build();
            return true;
        } catch (IllegalArgumentException notRead) {
            return false;
        }
    }

    private CalendarBounds boundsOf(String types) throws Exception {
        Path file = dir.resolve("schema.xsd");
        Files.writeString(file, "<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema' xmlns:t='urn:t'"
                + " targetNamespace='urn:t'>\n" + types + "<xs:element name='R'><xs:complexType><xs:sequence>"
                + "<xs:element name='v' type='t:T'/></xs:sequence></xs:complexType></xs:element></xs:schema>");
        SchemaModel model = XjcModelMapper.map(new XjcSchemaLoader(p -> { }).load(XjcRequest.of(List.of(file.toUri()))
                .withDefaultPackage("p")), p -> { });
        return model.types().stream().flatMap(t -> t.properties().stream())
                .filter(p -> p.xmlName().getLocalPart().equals("v")).findFirst().orElseThrow().facets().calendarBounds();
    }
}
