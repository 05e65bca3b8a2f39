package io.github.cosxml.tests.hardening;

import static io.github.cosxml.tests.hardening.HostileDocuments.VALID;
import static io.github.cosxml.tests.hardening.HostileDocuments.invalidUtf8OnLineTwo;
import static io.github.cosxml.tests.hardening.HostileDocuments.onlyViolation;
import static io.github.cosxml.tests.hardening.HostileDocuments.read;
import static io.github.cosxml.tests.hardening.HostileDocuments.readFails;
import static io.github.cosxml.tests.hardening.HostileDocuments.utf8;
import static io.github.cosxml.tests.hardening.HostileDocuments.validate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.cosxml.core.xml.XmlProblem;
import io.github.cosxml.core.xml.XmlReadException;
import io.github.cosxml.core.xml.XmlReadOptions;
import io.github.cosxml.schema.ValidationResult;
import io.github.cosxml.schema.Violation;
import io.github.cosxml.tests.ci.sync.AILicenseRecResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile XML against the generated reader ({@code AILicenseRecResponse.fromXml}) and the schema
 * validator ({@code CiSchema.AI_LICENSE_REC_RESPONSE}). Each input is read correctly, or gets the
 * toolkit's own {@code XmlReadException} / {@code Violation} with line, column and a message that
 * says what is wrong; never a JDK exception, a stack overflow, an out-of-memory error, a file read
 * or a silently wrong value. The 50 MB inputs are in {@link HugeValuesTest} (run with -Xmx64m).
 */
class HostileXmlTest {
    private static final String SECRET = "cosxml-local-file-4f1c9e-must-never-be-read";
    @TempDir
    static Path dir;
    private static Path secretFile;

    @BeforeAll
    static void writeTheLocalFile() throws Exception {
        secretFile = dir.resolve("secret.txt");
        Files.write(secretFile, SECRET.getBytes(StandardCharsets.UTF_8));
    }

    private static String withName(String prolog, String name) {
        return prolog + VALID.replace("<Name>Name</Name>", "<Name>" + name + "</Name>");
    }

    @Test
    void theBaselineIsReadAndValid() {
        AILicenseRecResponse r = read(utf8(VALID));
        assertThat(r.getStatus()).isEqualTo(1);
        assertThat(r.getIdInfo().get(0).getName()).isEqualTo("Name");
        assertThat(validate(utf8(VALID)).isValid()).as(validate(utf8(VALID)).report()).isTrue();
    }

    @Test
    void externalEntityToALocalFileIsNeverRead() {
        String xml = withName("<!DOCTYPE Response [<!ENTITY xxe SYSTEM \"" + secretFile.toUri() + "\">]>\n", "&xxe;");
        XmlReadException e = readFails(() -> read(utf8(xml)), "a DOCTYPE is not allowed");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.getMessage()).doesNotContain(SECRET);
        ValidationResult result = validate(utf8(xml));
        onlyViolation(result, Violation.Kind.REFUSED, "DOCTYPE declarations are refused");
        assertThat(result.report()).doesNotContain(SECRET);
    }

    @Test
    void externalEntityWithoutADoctypeIsAnUndeclaredEntity() {
        String xml = withName("", "&xxe;");
        readFails(() -> read(utf8(xml)), "xxe");
        onlyViolation(validate(utf8(xml)), Violation.Kind.NOT_WELL_FORMED, "xxe");
    }

    @Test
    void parameterEntityIsRefused() {
        String xml = "<!DOCTYPE Response [<!ENTITY % p SYSTEM \"" + secretFile.toUri() + "\"> %p;]>\n" + VALID;
        readFails(() -> read(utf8(xml)), "a DOCTYPE is not allowed");
        onlyViolation(validate(utf8(xml)), Violation.Kind.REFUSED, "DOCTYPE declarations are refused");
        String internal = "<!DOCTYPE Response [<!ENTITY % q \"<!ENTITY n 'x'>\"> %q;]>\n" + withName("", "&n;");
        readFails(() -> read(utf8(internal)), "a DOCTYPE is not allowed");
        onlyViolation(validate(utf8(internal)), Violation.Kind.REFUSED, "DOCTYPE declarations are refused");
    }

    @Test
    void billionLaughsIsRefusedBeforeAnyExpansion() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE Response [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            String ref = "&lol" + (i - 1) + ";";
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(ref.repeat(10)).append("\">");
        }
        String xml = withName(dtd + "]>\n", "&lol9;");
        long before = System.nanoTime();
        readFails(() -> read(utf8(xml)), "a DOCTYPE is not allowed");
        onlyViolation(validate(utf8(xml)), Violation.Kind.REFUSED, "DOCTYPE declarations are refused");
        assertThat((System.nanoTime() - before) / 1_000_000).as("milliseconds for both").isLessThan(10_000);
    }

    @Test
    void anyDoctypeIsRefused() {
        for (String doctype : new String[] {"<!DOCTYPE Response>", "<!DOCTYPE Response []>",
                "<!DOCTYPE Response SYSTEM \"http://127.0.0.1:9/never.dtd\">",
                "<!DOCTYPE Response PUBLIC \"-//X//Y//EN\" \"" + secretFile.toUri() + "\">",
                "<!DOCTYPE Response [<!ELEMENT Response ANY>]>"}) {
            String xml = "<?xml version=\"1.0\"?>\n" + doctype + "\n" + VALID;
            XmlReadException e = readFails(() -> read(utf8(xml)), "a DOCTYPE is not allowed (DTDs and entities are disabled for security)");
            assertThat(e.line()).as(doctype).isEqualTo(2);
            Violation v = onlyViolation(validate(utf8(xml)), Violation.Kind.REFUSED, "Remove the <!DOCTYPE ...> declaration");
            assertThat(v.line()).as(doctype).isEqualTo(2);
        }
    }

    @Test
    void aDoctypeInsideTheDocumentIsAnErrorWhereItStands() {
        // found by CiSchemaFuzzTest: the JDK's SAX parser threw a bare SAXException ("Scanner State 24 not Recognized")
        String xml = VALID.replace("<IdInfo>", "\n<!DOCTYPE x PUBLIC \"\" \"http://127.0.0.1:9/x\"><IdInfo>");
        XmlReadException e = readFails(() -> read(utf8(xml)), "malformed XML");
        assertThat(e.line()).isEqualTo(2);
        Violation v = onlyViolation(validate(utf8(xml)), Violation.Kind.NOT_WELL_FORMED, "<!DOCTYPE inside the document");
        assertThat(v.line()).isEqualTo(2);
        assertThat(v.elementPath()).isEqualTo("/Response");
    }

    @Test
    void hundredThousandNestedElementsStopAtTheDepthLimit() {
        StringBuilder xml = new StringBuilder("<Response><Status>1</Status><IdInfo>");
        for (int i = 0; i < 100_000; i++) {
            xml.append("<Name>");
        }
        for (int i = 0; i < 100_000; i++) {
            xml.append("</Name>");
        }
        xml.append("</IdInfo></Response>");
        byte[] bytes = utf8(xml.toString());
        XmlReadException e = readFails(() -> read(bytes), "elements nested deeper than 100 (XmlReadOptions.maxDepth)");
        assertThat(e.path()).startsWith("/Response/IdInfo/Name/Name");
        Violation v = onlyViolation(validate(bytes), Violation.Kind.REFUSED, "elements nested deeper than 100");
        assertThat(v.elementPath()).startsWith("/Response/IdInfo/Name/Name");
    }

    @Test
    void aRunLongerThanASmallLimitInTheFirstBufferIsTheToolkitsError() {
        HostileDocuments.longFirstRunFailsWithASmallLimit();
    }

    @Test
    void theLimitsAreConfigurableWithSafeDefaults() {
        assertThat(XmlReadOptions.defaults().maxDepth()).isEqualTo(100);
        assertThat(XmlReadOptions.defaults().maxTextLength()).isEqualTo(1024 * 1024);
        assertThat(XmlReadOptions.defaults().maxElementCount()).isEqualTo(1_000_000L);
        byte[] valid = utf8(VALID);
        // the baseline has depth 4, 7 elements and no value longer than 4 chars
        readFails(() -> read(valid, XmlReadOptions.builder().maxDepth(3).build()), "nested deeper than 3");
        assertThat(read(valid, XmlReadOptions.builder().maxDepth(4).build()).getStatus()).isEqualTo(1);
        readFails(() -> read(valid, XmlReadOptions.builder().maxElementCount(6).build()), "more than 6 elements");
        assertThat(read(valid, XmlReadOptions.builder().maxElementCount(7).build()).getStatus()).isEqualTo(1);
        readFails(() -> read(valid, XmlReadOptions.builder().maxTextLength(3).build()), "longer than the limit of 3 chars");
        assertThat(read(valid, XmlReadOptions.builder().maxTextLength(4).build()).getIdInfo()).hasSize(1);
        StringBuilder many = new StringBuilder("<Response><Status>1</Status>");
        for (int i = 0; i < 1_000_001; i++) {
            many.append("<x/>");
        }
        byte[] millionAndOne = utf8(many.append("</Response>").toString());
        readFails(() -> read(millionAndOne), "more than 1000000 elements (XmlReadOptions.maxElementCount)");
    }

    @Test
    void invalidUtf8IsAnErrorAtItsPosition() {
        byte[] bytes = invalidUtf8OnLineTwo();
        XmlReadException e = readFails(() -> read(bytes), "malformed XML");
        assertThat(e.line()).isEqualTo(2);
        Violation v = onlyViolation(validate(bytes), Violation.Kind.NOT_WELL_FORMED, "UTF-8");
        assertThat(v.line()).isEqualTo(2);
        byte[] lone = utf8("<Response><Status>1</Status><IdInfo><Name>x</Name></IdInfo></Response>");
        lone[lone.length - 20] = (byte) 0xFF; // inside </Name>'s neighbourhood: a byte that is never UTF-8
        readFails(() -> read(lone), "malformed XML");
        assertThat(validate(lone).isWellFormed()).isFalse();
    }

    @Test
    void aDeclaredEncodingIsBelievedAndAnImpossibleOneIsAnError() {
        String name = "腾讯云";
        // declared ISO-8859-1, bytes UTF-8: every byte is a Latin-1 character, so XML 1.0 (4.3.3) reads
        // the declared encoding; the value is what the declaration says, not a guess
        byte[] latin1Declared = utf8(withName("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>", name));
        String asDeclared = new String(name.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertThat(read(latin1Declared).getIdInfo().get(0).getName()).isEqualTo(asDeclared).isNotEqualTo(name);
        assertThat(validate(latin1Declared).isValid()).isTrue();
        // declared UTF-8, bytes Latin-1: not UTF-8, an error at the byte
        byte[] utf8Declared = withName("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "Jos\u00e9")
                .getBytes(StandardCharsets.ISO_8859_1);
        readFails(() -> read(utf8Declared), "malformed XML");
        onlyViolation(validate(utf8Declared), Violation.Kind.NOT_WELL_FORMED, "UTF-8");
        // declared UTF-16, bytes UTF-8 (no BOM): the parser cannot switch to UTF-16 mid-declaration
        byte[] utf16Declared = utf8(withName("<?xml version=\"1.0\" encoding=\"UTF-16\"?>", name));
        readFails(() -> read(utf16Declared), "malformed XML");
        assertThat(validate(utf16Declared).isWellFormed()).isFalse();
        // an encoding no JDK has
        byte[] unknown = utf8(withName("<?xml version=\"1.0\" encoding=\"X-COSXML-NONE\"?>", "x"));
        XmlReadException e = readFails(() -> read(unknown), "malformed XML: Invalid encoding name \"X-COSXML-NONE\"");
        assertThat(e.line()).isEqualTo(1);
        Violation v = onlyViolation(validate(unknown), Violation.Kind.NOT_WELL_FORMED, "encoding cannot be decoded (X-COSXML-NONE)");
        assertThat(v.line()).isEqualTo(1);
    }

    @Test
    void aByteOrderMarkIsHonoured() {
        byte[] utf8Bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(withName("", "腾讯云")));
        assertThat(read(utf8Bom).getIdInfo().get(0).getName()).isEqualTo("腾讯云");
        assertThat(validate(utf8Bom).isValid()).isTrue();
        byte[] utf16 = withName("<?xml version=\"1.0\" encoding=\"UTF-16\"?>", "腾讯云").getBytes(StandardCharsets.UTF_16); // BE + BOM
        assertThat(read(utf16).getIdInfo().get(0).getName()).isEqualTo("腾讯云");
        assertThat(validate(utf16).isValid()).as(validate(utf16).report()).isTrue();
        byte[] utf16le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, withName("", "腾讯云").getBytes(StandardCharsets.UTF_16LE));
        assertThat(read(utf16le).getIdInfo().get(0).getName()).isEqualTo("腾讯云");
        assertThat(validate(utf16le).isValid()).isTrue();
        // a UTF-8 BOM on UTF-16 text (or the reverse) is garbage before the root
        byte[] wrongBom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, withName("", "x").getBytes(StandardCharsets.UTF_16LE));
        readFails(() -> read(wrongBom), "malformed XML");
        assertThat(validate(wrongBom).isWellFormed()).isFalse();
    }

    @Test
    void commentsAndProcessingInstructionsInOddPlacesAreIgnored() {
        String xml = "<?xml version=\"1.0\"?><!--before--><?pi before?><Response><!--a--><Status><!--b-->1<?pi in-a-number?></Status>"
                + "<IdInfo><Name>Na<!-- split -->me</Name><Score>9<?x?>9</Score><Location><?y?><Point>1,<!--c-->2</Point></Location>"
                + "</IdInfo><?z?></Response><!--after--><?pi after?>";
        AILicenseRecResponse r = read(utf8(xml));
        assertThat(r.getStatus()).isEqualTo(1);
        assertThat(r.getIdInfo().get(0).getName()).isEqualTo("Name");
        assertThat(r.getIdInfo().get(0).getScore()).isEqualTo(99);
        assertThat(r.getIdInfo().get(0).getLocation().getPoint()).containsExactly("1,2");
        assertThat(validate(utf8(xml)).isValid()).as(validate(utf8(xml)).report()).isTrue();
        // an XML declaration anywhere but at the very start is a reserved processing instruction
        String late = "<!--first-->" + "<?xml version=\"1.0\"?>" + VALID;
        readFails(() -> read(utf8(late)), "malformed XML");
        onlyViolation(validate(utf8(late)), Violation.Kind.NOT_WELL_FORMED, "processing instruction target");
        String lateInside = VALID.replace("<Status>", "<Status><?xml version=\"1.0\"?>");
        readFails(() -> read(utf8(lateInside)), "malformed XML");
        assertThat(validate(utf8(lateInside)).isWellFormed()).isFalse();
        // a comment may not hold "--" and must be closed
        String badComment = VALID.replace("<Status>", "<!-- a -- b --><Status>");
        readFails(() -> read(utf8(badComment)), "malformed XML");
        assertThat(validate(utf8(badComment)).isWellFormed()).isFalse();
    }

    @Test
    void cdataInNumbersIsTheNumber() {
        String xml = VALID.replace("<Status>1</Status>", "<Status><![CDATA[1]]></Status>")
                .replace("<Score>99</Score>", "<Score>9<![CDATA[9]]></Score>");
        AILicenseRecResponse r = read(utf8(xml));
        assertThat(r.getStatus()).isEqualTo(1);
        assertThat(r.getIdInfo().get(0).getScore()).isEqualTo(99);
        assertThat(validate(utf8(xml)).isValid()).isTrue();
        // CDATA cannot smuggle a non-number into a number: the value is still checked
        String notANumber = VALID.replace("<Score>99</Score>", "<Score><![CDATA[99<b>]]></Score>");
        XmlReadException e = readFails(() -> read(utf8(notANumber)), "invalid value '99<b>' in element Score");
        assertThat(e.path()).isEqualTo("/Response/IdInfo/Score");
        ValidationResult invalid = validate(utf8(notANumber));
        assertThat(invalid.isWellFormed()).isTrue();
        assertThat(invalid.violations()).isNotEmpty().allSatisfy(v -> {
            assertThat(v.kind()).isEqualTo(Violation.Kind.INVALID);
            assertThat(v.elementPath()).isEqualTo("/Response/IdInfo/Score");
            assertThat(v.line()).isPositive();
        });
        assertThat(invalid.violations().get(0).message()).contains("99<b>");
        String overflow = VALID.replace("<Status>1</Status>", "<Status><![CDATA[99999999999]]></Status>");
        readFails(() -> read(utf8(overflow)), "invalid value '99999999999' in element Status");
        assertThat(validate(utf8(overflow)).isValid()).isFalse();
    }

    @Test
    void aNamespaceWhereNoneIsExpectedIsReportedNotGuessed() {
        String qualified = VALID.replace("<Response>", "<Response xmlns=\"https://example.com/ci\">");
        XmlReadException e = readFails(() -> read(utf8(qualified)),
                "expected root element Response but found {https://example.com/ci}Response");
        assertThat(e.line()).isEqualTo(1);
        onlyViolation(validate(utf8(qualified)), Violation.Kind.INVALID, "Response");
        // a qualified child is another element: skipped when lenient, reported when strict
        String child = VALID.replace("<Status>1</Status>", "<c:Status xmlns:c=\"https://example.com/ci\">1</c:Status>");
        assertThat(read(utf8(child)).getStatus()).as("lenient: the unknown element is skipped").isNull();
        readFails(() -> read(utf8(child), XmlReadOptions.strict()), "unknown element c:Status");
        assertThat(validate(utf8(child)).isValid()).isFalse();
        // an undeclared prefix is not well-formed
        String undeclared = VALID.replace("<Status>1</Status>", "<c:Status>1</c:Status>");
        readFails(() -> read(utf8(undeclared)), "malformed XML");
        assertThat(validate(utf8(undeclared)).isWellFormed()).isFalse();
    }

    @Test
    void attributesTheSchemaDoesNotDeclareAreReportedInStrictMode() {
        String attributed = VALID.replace("<Response>", "<Response debug=\"1\" xsi:nil=\"true\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">").replace("<Status>1</Status>",
                "<Status c:unit=\"x\" xsi:nil=\"false\" xmlns:c=\"https://example.com/ci\""
                        + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">1</Status>");
        assertThat(read(utf8(attributed)).getStatus()).as("lenient: attributes the type lacks are ignored").isEqualTo(1);
        XmlReadException e = readFails(() -> read(utf8(attributed), XmlReadOptions.strict()),
                "unknown attribute debug in element Response");
        // xsi:nil is no unknown attribute, but the schema allows it (even "false") only on a nillable element,
        // which neither the root nor Status is
        assertThat(e.problems()).extracting(XmlProblem::message).containsExactly(
                "element Response is not nillable, so it may not have xsi:nil; remove the attribute",
                "unknown attribute debug in element Response",
                "element Status is not nillable, so it may not have xsi:nil; remove the attribute",
                "unknown attribute c:unit in element Status");
        assertThat(e.problems()).extracting(XmlProblem::path)
                .containsExactly("/Response", "/Response", "/Response/Status", "/Response/Status");
        assertThat(validate(utf8(attributed)).isValid()).isFalse();
    }

    @Test
    void truncatedAndEmptyDocumentsAreErrors() {
        readFails(() -> read(utf8(VALID.substring(0, VALID.length() / 2))), "malformed XML");
        assertThat(validate(utf8(VALID.substring(0, VALID.length() / 2))).isWellFormed()).isFalse();
        Throwable empty = catchThrowable(() -> read(new byte[0]));
        assertThat(empty).isInstanceOf(XmlReadException.class);
        assertThat(validate(new byte[0]).isWellFormed()).isFalse();
        readFails(() -> read(utf8(VALID + "<Response/>")), "malformed XML");
        readFails(() -> read(utf8("<Error><Code>x</Code></Error>")), "expected root element Response but found Error");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
