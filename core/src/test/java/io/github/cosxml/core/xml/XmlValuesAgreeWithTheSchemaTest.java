package io.github.cosxml.core.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The parsers of {@link XmlValues} accept exactly the texts the JDK's XSD validator accepts for
 * the built-in type, on the edges where Java's own parsers and XML Schema 1.0 part ways: Unicode
 * digits, {@code +INF}, a fraction point without digits, time zones beyond 14 hours, the bounds
 * of the fixed-size integers.
 */
class XmlValuesAgreeWithTheSchemaTest {
    private static final Map<String, Function<String, ?>> PARSERS = Map.ofEntries(
            Map.entry("int", XmlValues::parseInt), Map.entry("long", XmlValues::parseLong),
            Map.entry("short", XmlValues::parseShort), Map.entry("byte", XmlValues::parseByte),
            Map.entry("integer", XmlValues::parseInteger), Map.entry("decimal", XmlValues::parseDecimal),
            Map.entry("float", XmlValues::parseFloat), Map.entry("double", XmlValues::parseDouble),
            Map.entry("dateTime", XmlValues::parseDateTime), Map.entry("time", XmlValues::parseTime),
            Map.entry("date", XmlValues::parseDate));

    @ParameterizedTest(name = "xs:{0} ''{1}''")
    @CsvSource(delimiter = '|', value = {
        "int|12", "int|+12", "int|-0", "int|\uFF15", "int|\u0661\u0662", "int|1\u0662",
        "int|2147483647", "int|2147483648", "int|-2147483648", "int|-2147483649", "int|+0002147483647",
        "int|00000000000000000000002147483648", "int|+", "int|-", "int|1 2", "int|--1", "int|1-",
        "short|32767", "short|32768", "short|-32768", "short|-32769", "byte|127", "byte|128", "byte|-128",
        "byte|-129", "byte|+000127",
        "long|\uFF11", "short|\uFF11", "byte|\u0661", "integer|\u0661\u0662", "integer|+", "integer|-",
        "decimal|1.5", "decimal|-.5", "decimal|2.", "decimal|\u0661.5", "decimal|1.\uFF15", "decimal|.", "decimal|+.",
        "decimal|1.2.3", "decimal|1e3",
        "float|INF", "float|-INF", "float|+INF", "double|+INF", "double|NaN",
        "time|12:00:00", "time|12:00:00.5", "time|12:00:00.", "time|12:00:00.Z",
        "dateTime|2020-01-01T12:34:56.", "dateTime|2020-01-01T12:34:56.789",
        "dateTime|2020-01-01T00:00:00+14:00", "dateTime|2020-01-01T00:00:00+14:01",
        "dateTime|2020-01-01T00:00:00-14:00", "dateTime|2020-01-01T00:00:00-15:00",
        "time|12:00:00-14:00", "time|12:00:00+14:01", "time|12:00:00-15:00",
        "date|2020-01-01+14:00", "date|2020-01-01+18:00", "date|2020-01-01-14:01",
    })
    void aTextIsReadIfAndOnlyIfTheSchemaAcceptsIt(String type, String text) {
        boolean schemaAccepts = JdkXsdOracle.acceptsAs(type, text);
        boolean read = JdkXsdOracle.parses(PARSERS.get(type), text);
        assertThat(read).as("read as xs:%s: '%s' (the schema %s it)", type, text,
                schemaAccepts ? "accepts" : "rejects").isEqualTo(schemaAccepts);
    }
}
