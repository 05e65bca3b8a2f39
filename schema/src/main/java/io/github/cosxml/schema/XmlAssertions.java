package io.github.cosxml.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Assertions for tests (JUnit 5 or any other framework): they throw {@link AssertionError}
 * listing every violation, so this jar needs no test library at run time.
 */
public final class XmlAssertions {

    private XmlAssertions() {
    }

    /**
     * @param schema the schema the document must satisfy
     * @param xml the document
     * @throws AssertionError listing every violation when it is not valid
     */
    public static void assertValid(CiSchema schema, String xml) {
        assertValid(schema.validate(xml));
    }

    /**
     * @param schema the schema the document must satisfy
     * @param xml the document
     * @throws AssertionError listing every violation when it is not valid
     */
    public static void assertValid(CiSchema schema, byte[] xml) {
        assertValid(schema.validate(xml));
    }

    /**
     * @param schema the schema the document must satisfy
     * @param xml the file holding the document
     * @throws AssertionError listing every violation when it is not valid
     */
    public static void assertValid(CiSchema schema, Path xml) {
        try {
            assertValid(schema.validate(xml));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + xml, e);
        }
    }

    /**
     * @param result a validation result
     * @throws AssertionError listing every violation when it is not valid
     */
    public static void assertValid(ValidationResult result) {
        if (!result.isValid()) {
            throw new AssertionError(result.report());
        }
    }

    /**
     * @param result a validation result
     * @param elementPath the path a violation must name, for example
     *     {@code /Response/IdInfo[2]/Score}
     * @throws AssertionError showing all violations when none names that path
     */
    public static void assertViolationAt(ValidationResult result, String elementPath) {
        for (Violation violation : result.violations()) {
            if (violation.elementPath().equals(elementPath)) {
                return;
            }
        }
        throw new AssertionError("Expected a violation at " + elementPath + " but got: "
                + result.report());
    }
}
