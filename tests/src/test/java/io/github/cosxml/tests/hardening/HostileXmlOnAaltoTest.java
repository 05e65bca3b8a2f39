package io.github.cosxml.tests.hardening;

import static io.github.cosxml.tests.hardening.HostileDocuments.VALID;
import static io.github.cosxml.tests.hardening.HostileDocuments.invalidUtf8OnLineTwo;
import static io.github.cosxml.tests.hardening.HostileDocuments.read;
import static io.github.cosxml.tests.hardening.HostileDocuments.readFails;
import static io.github.cosxml.tests.hardening.HostileDocuments.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cosxml.core.xml.XmlReadException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The security cases of {@link HostileXmlTest} on Aalto, the fastest of the three StAX parsers the
 * generated reader is measured on (README, Benchmarks), which {@code XMLInputFactory.newFactory()}
 * picks in an application that puts it on its class path, and how Aalto's errors reach the user.
 * Runs in its own surefire execution, which names Aalto's factory.
 */
@Tag("aalto")
class HostileXmlOnAaltoTest extends HostileXmlOnAnotherStaxParser {

    @Override
    String parserPackage() {
        return "com.fasterxml.aalto.";
    }

    /**
     * Aalto places an error inside text just after the reference's {@code ;}, and words an entity it
     * does not know as one it cannot expand. See {@link #assertErrorInsideText}.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            an entity inside a value           | <Name>Na&bogus;me</Name>             | 1 | 52 | /Response/IdInfo/Name | General entity reference (&bogus;)
            a NUL reference inside a value     | <Name>Na&#0;me</Name>                | 1 | 49 | /Response/IdInfo/Name | Invalid null character
            a surrogate reference in a value   | <Name>Na&#xD800;me</Name>            | 1 | 53 | /Response/IdInfo/Name | Invalid xml content character (0xd800)
            an entity in an unknown element    | <Name>Name</Name><Extra>a&x;b</Extra> | 1 | 65 | /Response/IdInfo/Extra | General entity reference (&x;)
            an entity between elements         | <Name>Name</Name> a&x;b               | 1 | 59 | /Response/IdInfo | General entity reference (&x;)
            """)
    void anErrorInsideTextIsTheToolkitsError(String what, String name, int line, int column, String path,
            String expected) {
        assertErrorInsideText(what, name, line, column, path, expected);
    }

    /**
     * Aalto places bytes that do not decode on their line, just after them (the JDK's parser gives the
     * line too, Woodstox the start of its buffer), and an unsupported version just after its value.
     */
    @Test
    void invalidUtf8AndAWrongDeclarationHaveAPositionAndAPlainMessage() {
        XmlReadException e = readFails(() -> read(invalidUtf8OnLineTwo()), "Invalid UTF-8");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(35); // C3 28 are the 33rd and 34th bytes of line 2
        XmlReadException version = readFails(() -> read(utf8("<?xml version=\"2.0\"?>" + VALID)), "2.0");
        assertThat(version.column()).isEqualTo(20);
    }

    @Test
    void inputThatEndsEarlyIsAnErrorWithAPosition() {
        XmlReadException empty = readFails(() -> read(new byte[0]), "Unexpected End-of-input in prolog");
        assertThat(empty.line()).isEqualTo(1);
        assertThat(empty.column()).isEqualTo(1);
        XmlReadException comment = readFails(() -> read(utf8(VALID + "\n<!--\n")), "COMMENT");
        assertThat(comment.line()).isEqualTo(3);
        assertThat(comment.column()).isEqualTo(1);
    }
}
