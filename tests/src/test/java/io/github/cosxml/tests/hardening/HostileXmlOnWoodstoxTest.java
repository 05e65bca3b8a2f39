package io.github.cosxml.tests.hardening;

import static io.github.cosxml.tests.hardening.HostileDocuments.VALID;
import static io.github.cosxml.tests.hardening.HostileDocuments.invalidUtf8OnLineTwo;
import static io.github.cosxml.tests.hardening.HostileDocuments.read;
import static io.github.cosxml.tests.hardening.HostileDocuments.readFails;
import static io.github.cosxml.tests.hardening.HostileDocuments.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.cosxml.core.xml.SecureXmlFactories;
import io.github.cosxml.core.xml.Violation;
import io.github.cosxml.core.xml.XmlWriteException;
import io.github.cosxml.core.xml.XmlProblem;
import io.github.cosxml.core.xml.XmlReadException;
import io.github.cosxml.core.xml.XmlReadOptions;
import io.github.cosxml.tests.ci.sync.AILicenseRecResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The security cases of {@link HostileXmlTest} on Woodstox, the StAX parser that
 * {@code XMLInputFactory.newFactory()} picks in any application that has it on its class path
 * (Jackson's XML module brings it). Runs in its own surefire execution, which names Woodstox's
 * factory; the other tests name the JDK's. Woodstox words its errors differently, so these
 * tests assert what matters for security: the toolkit's exception, no file read, no expansion,
 * the depth limit.
 */
@Tag("woodstox")
class HostileXmlOnWoodstoxTest {
    private static final String SECRET = "cosxml-local-file-7d2a41-must-never-be-read";
    @TempDir
    static Path dir;
    private static Path secretFile;

    @BeforeAll
    static void writeTheLocalFile() throws Exception {
        secretFile = dir.resolve("secret.txt");
        Files.write(secretFile, SECRET.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theReaderRunsOnWoodstoxHere() {
        assertThat(SecureXmlFactories.inputFactory().getClass().getName()).startsWith("com.ctc.wstx.");
        AILicenseRecResponse r = read(utf8(VALID));
        assertThat(r.getIdInfo().get(0).getName()).isEqualTo("Name");
    }

    /**
     * Woodstox decodes an overlong four-byte UTF-8 sequence into a broken surrogate pair (the JDK's
     * parser rejects it): the value is read as Woodstox gives it, {@code validate()} reports it at its
     * path, and the writer refuses it there, so it never reaches a document.
     */
    @Test
    void aCharacterWoodstoxLetsThroughIsReportedByValidateAndRefusedByTheWriter() {
        String[] around = VALID.split("Name</Name>", 2);
        byte[] start = utf8(around[0]);
        byte[] end = utf8("</Name>" + around[1]);
        byte[] xml = new byte[start.length + 4 + end.length];
        System.arraycopy(start, 0, xml, 0, start.length);
        System.arraycopy(new byte[] {(byte) 0xF0, (byte) 0x80, (byte) 0x80, (byte) 0x80}, 0, xml, start.length, 4);
        System.arraycopy(end, 0, xml, start.length + 4, end.length);

        AILicenseRecResponse read = read(xml);
        assertThat(read.getIdInfo().get(0).getName()).as("a lone low surrogate").contains("\uDC00");
        assertThat(read.validate().violations()).extracting(Violation::path, Violation::facet)
                .containsExactly(tuple("idInfo[0].name", "datatype"));
        assertThat(read.validate().violations().get(0).message()).contains("U+DC00 at index 1 cannot be written");
        assertThatThrownBy(read::toXml).isInstanceOf(XmlWriteException.class)
                .hasMessageContaining("U+DC00 cannot be written in XML 1.0, at /Response/IdInfo/Name");
    }

    @Test
    void aRunLongerThanASmallLimitInTheFirstBufferIsTheToolkitsError() {
        HostileDocuments.longFirstRunFailsWithASmallLimit();
    }

    @Test
    void externalEntityToALocalFileIsNeverRead() {
        String xml = "<!DOCTYPE Response [<!ENTITY xxe SYSTEM \"" + secretFile.toUri() + "\">]>\n"
                + VALID.replace("<Name>Name</Name>", "<Name>&xxe;</Name>");
        XmlReadException e = readFails(() -> read(utf8(xml)), "DOCTYPE");
        assertThat(e.getMessage()).doesNotContain(SECRET);
        assertThat(e.line()).isEqualTo(1);
    }

    @Test
    void anEntityWithoutADoctypeIsAnErrorNotText() {
        String xml = VALID.replace("<Name>Name</Name>", "<Name>&xxe;</Name>");
        XmlReadException e = readFails(() -> read(utf8(xml)), "xxe");
        assertThat(e.getMessage()).doesNotContain(SECRET);
    }

    @Test
    void parameterEntitiesAreRefused() {
        String external = "<!DOCTYPE Response [<!ENTITY % p SYSTEM \"" + secretFile.toUri() + "\"> %p;]>\n" + VALID;
        assertThat(readFails(() -> read(utf8(external)), "DOCTYPE").getMessage()).doesNotContain(SECRET);
        String internal = "<!DOCTYPE Response [<!ENTITY % q \"<!ENTITY n 'x'>\"> %q;]>\n"
                + VALID.replace("<Name>Name</Name>", "<Name>&n;</Name>");
        readFails(() -> read(utf8(internal)), "DOCTYPE");
    }

    @Test
    void billionLaughsIsRefusedBeforeAnyExpansion() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE Response [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        String xml = dtd + "]>\n" + VALID.replace("<Name>Name</Name>", "<Name>&lol9;</Name>");
        long before = System.nanoTime();
        readFails(() -> read(utf8(xml)), "DOCTYPE");
        assertThat((System.nanoTime() - before) / 1_000_000).as("milliseconds").isLessThan(10_000);
    }

    @Test
    void externalDtdsAreNeverFetched() {
        for (String doctype : new String[] {"<!DOCTYPE Response SYSTEM \"" + secretFile.toUri() + "\">",
                "<!DOCTYPE Response PUBLIC \"-//X//Y//EN\" \"" + secretFile.toUri() + "\">",
                "<!DOCTYPE Response SYSTEM \"http://127.0.0.1:9/never.dtd\">"}) {
            XmlReadException e = readFails(() -> read(utf8(doctype + "\n" + VALID)), "DOCTYPE");
            assertThat(e.getMessage()).as(doctype).doesNotContain(SECRET);
        }
    }

    /**
     * Woodstox parses text when it is first asked for and throws what it finds there unchecked
     * (its {@code WstxLazyException}); the reader reports it as every other parse error, where the
     * text is, in both modes, whether the text is read, skipped or between elements. Woodstox
     * places the error at the reference's {@code ;}.
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
        byte[] xml = utf8(VALID.replace("<Name>Name</Name>", name));
        for (XmlReadOptions options : new XmlReadOptions[] {XmlReadOptions.defaults(), XmlReadOptions.strict()}) {
            XmlReadException e = readFails(() -> read(xml, options), expected);
            XmlProblem parse = e.problems().get(e.problems().size() - 1);
            assertThat(parse.message()).as(what).startsWith("malformed XML: ").doesNotContain("[row,col");
            assertThat(parse.line()).as(what).isEqualTo(line);
            assertThat(parse.column()).as(what).isEqualTo(column);
            assertThat(parse.path()).as(what).isEqualTo(path);
        }
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

    @Test
    void hundredThousandNestedElementsStopAtTheDepthLimit() {
        StringBuilder xml = new StringBuilder("<Response><Status>1</Status><IdInfo>");
        xml.append("<Name>".repeat(100_000)).append("</Name>".repeat(100_000)).append("</IdInfo></Response>");
        XmlReadException e = readFails(() -> read(utf8(xml.toString())), "elements nested deeper than 100");
        assertThat(e.path()).startsWith("/Response/IdInfo/Name/Name");
    }
}
