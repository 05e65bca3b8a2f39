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
 * The security cases of {@link HostileXmlTest} on Woodstox, the StAX parser that
 * {@code XMLInputFactory.newFactory()} picks in any application that has it on its class path
 * (Jackson's XML module brings it), and how Woodstox's errors reach the user. Runs in its own
 * surefire execution, which names Woodstox's factory.
 */
@Tag("woodstox")
class HostileXmlOnWoodstoxTest extends HostileXmlOnAnotherStaxParser {

    @Override
    String parserPackage() {
        return "com.ctc.wstx.";
    }

    /**
     * Woodstox throws an error inside text unchecked (its {@code WstxLazyException}) and places it
     * at the reference's {@code ;}. See {@link #assertErrorInsideText}.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            an entity inside a value           | <Name>Na&bogus;me</Name>             | 1 | 51 | /Response/IdInfo/Name | Undeclared general entity "bogus"
            a NUL reference inside a value     | <Name>Na&#0;me</Name>                | 1 | 48 | /Response/IdInfo/Name | null character not allowed
            a surrogate reference in a value   | <Name>Na&#xD800;me</Name>            | 1 | 52 | /Response/IdInfo/Name | code 0xd800
            an entity in an unknown element    | <Name>Name</Name><Extra>a&x;b</Extra> | 1 | 64 | /Response/IdInfo/Extra | Undeclared general entity "x"
            an entity between elements         | <Name>Name</Name> a&x;b               | 1 | 58 | /Response/IdInfo | Undeclared general entity "x"
            """)
    void anErrorInsideTextIsTheToolkitsError(String what, String name, int line, int column, String path,
            String expected) {
        assertErrorInsideText(what, name, line, column, path, expected);
    }

    /**
     * Woodstox gives no position for bytes that do not decode, and ends its other messages with a
     * location of its own; the reader places the first where the parser stands (the JDK's parser
     * gives the bytes' line, see {@code HostileXmlTest}) and drops the second.
     */
    @Test
    void invalidUtf8AndAWrongDeclarationHaveAPositionAndAPlainMessage() {
        // Woodstox decodes a buffer ahead of where it parses: the document fits one, so the parser stands at its start
        XmlReadException e = readFails(() -> read(invalidUtf8OnLineTwo()), "Invalid UTF-8");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(1);
        XmlReadException version = readFails(() -> read(utf8("<?xml version=\"2.0\"?>" + VALID)), "'2.0'");
        assertThat(version.getMessage()).doesNotContain("[row,col");
        assertThat(version.column()).isEqualTo(19);
    }

    /** Woodstox says column 0 where input ends just after a line break; a column is 1-based. */
    @Test
    void inputThatEndsAfterALineBreakIsAnErrorInTheLinesFirstColumn() {
        XmlReadException empty = readFails(() -> read(new byte[0]), "Unexpected EOF");
        assertThat(empty.line()).isEqualTo(1);
        assertThat(empty.column()).isEqualTo(1);
        XmlReadException comment = readFails(() -> read(utf8(VALID + "\n<!--\n")), "comment");
        assertThat(comment.line()).isEqualTo(3);
        assertThat(comment.column()).isEqualTo(1);
    }
}
