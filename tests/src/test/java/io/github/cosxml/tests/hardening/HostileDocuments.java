package io.github.cosxml.tests.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.cosxml.core.xml.XmlReadException;
import io.github.cosxml.core.xml.XmlReadOptions;
import io.github.cosxml.schema.CiSchema;
import io.github.cosxml.schema.ValidationResult;
import io.github.cosxml.schema.Violation;
import io.github.cosxml.tests.ci.sync.AILicenseRecResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * The two ways hostile bytes enter cosxml, side by side: the generated reader of the sync
 * AILicenseRec response and the schema validator of the same document, plus the assertions
 * every outcome must meet (the toolkit's own exception or violation, with line and column).
 */
final class HostileDocuments {
    /** A small valid document: Status is an xs:int, Score an int 0..100, Point a pattern. */
    static final String VALID = "<Response><Status>1</Status><IdInfo><Name>Name</Name><Score>99</Score>"
            + "<Location><Point>1,2</Point></Location></IdInfo></Response>";

    private HostileDocuments() {
    }

    /**
     * A 500-char attribute at the very start: with a small {@code maxTextLength}, the run guard
     * stops the parser's first read, which happens while the parser is being made.
     */
    static final String LONG_FIRST_RUN = VALID.replace("<Response>", "<Response note=\"" + "x".repeat(500) + "\">");

    /** Reading {@link #LONG_FIRST_RUN} with a 10-char limit fails with the toolkit's exception, from bytes and from text. */
    static void longFirstRunFailsWithASmallLimit() {
        XmlReadOptions small = XmlReadOptions.builder().maxTextLength(10).build();
        String expected = "longer than the limit of 10 chars (XmlReadOptions.maxTextLength)";
        readFails(() -> read(utf8(LONG_FIRST_RUN), small), expected);
        readFails(() -> AILicenseRecResponse.fromXml(LONG_FIRST_RUN, small), expected);
    }

    /** A document whose Name, on line 2, holds a UTF-8 lead byte without its continuation ({@code C3 28}). */
    static byte[] invalidUtf8OnLineTwo() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(utf8("<Response>\n<Status>1</Status><IdInfo><Name>"));
        bytes.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28});
        bytes.writeBytes(utf8("</Name><Score>99</Score><Location><Point>1,2</Point></Location></IdInfo></Response>"));
        return bytes.toByteArray();
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static AILicenseRecResponse read(byte[] xml) {
        return AILicenseRecResponse.fromXml(new ByteArrayInputStream(xml));
    }

    static AILicenseRecResponse read(byte[] xml, XmlReadOptions options) {
        return AILicenseRecResponse.fromXml(new ByteArrayInputStream(xml), options);
    }

    static ValidationResult validate(byte[] xml) {
        return CiSchema.AI_LICENSE_REC_RESPONSE.validate(xml);
    }

    static ValidationResult validate(InputStream xml) {
        try {
            return CiSchema.AI_LICENSE_REC_RESPONSE.validate(xml);
        } catch (IOException e) {
            throw new AssertionError("the validator could not read the stream", e);
        }
    }

    /**
     * Runs {@code reading}, which must fail with an {@link XmlReadException} whose message holds
     * {@code expected} and whose first problem has a line and a column.
     */
    static XmlReadException readFails(ThrowingCallable reading, String expected) {
        Throwable thrown = catchThrowable(reading);
        assertThat(thrown).as("reading must fail with the toolkit's exception").isInstanceOf(XmlReadException.class);
        XmlReadException e = (XmlReadException) thrown;
        assertThat(e.getMessage()).contains(expected);
        assertThat(e.line()).as("line of: " + e.getMessage()).isPositive();
        assertThat(e.column()).as("column of: " + e.getMessage()).isPositive();
        return e;
    }

    /** The result must be one violation of {@code kind} with a position and {@code expected} in its message. */
    static Violation onlyViolation(ValidationResult result, Violation.Kind kind, String expected) {
        assertThat(result.isValid()).as(result.report()).isFalse();
        assertThat(result.violations()).as(result.report()).hasSize(1);
        Violation v = result.violations().get(0);
        assertThat(v.kind()).as(result.report()).isEqualTo(kind);
        assertThat(v.message()).contains(expected);
        assertThat(v.line()).as(result.report()).isPositive();
        assertThat(v.column()).as(result.report()).isPositive();
        return v;
    }
}
