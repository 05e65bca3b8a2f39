package io.github.cosxml.tests.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.cosxml.schema.CiSchema;
import io.github.cosxml.schema.ValidationResult;
import io.github.cosxml.schema.Violation;

/**
 * Fuzzes the schema validator of all seven CI documents. Whatever the bytes, {@code validate}
 * returns a result (never throws); an invalid result has violations, each with a kind, a message
 * and an element path; a document that is not well-formed or refused has exactly one violation.
 *
 * <p>A normal build runs this over the corpus in
 * {@code src/test/resources/io/github/cosxml/tests/fuzz/CiSchemaFuzzTestInputs/validate/};
 * {@code scripts/fuzz.sh ci-schema SECONDS} fuzzes it.
 */
class CiSchemaFuzzTest {

    @FuzzTest
    @DictionaryEntries({"<Response>", "</Response>", "<Request>", "<Error>", "<JobsDetail>", "<Operation>", "<IdInfo>",
            "<Location>", "<Point>", "<Status>", "<Score>", "<CardType>", "IDCard", "<State>", "<CreationTime>",
            "2022-06-27T14:44:10+0800", "<Code>", "<Message>", "<![CDATA[", "]]>", "<!--", "-->", "<!DOCTYPE",
            "xmlns=\"", "xsi:schemaLocation=\"", "<?xml version=\"1.0\" encoding=\""})
    void validate(byte[] input) {
        for (CiSchema schema : CiSchema.values()) {
            ValidationResult result = schema.validate(input);
            assertThat(result).isNotNull();
            assertThat(result.isValid()).isEqualTo(result.violations().isEmpty());
            for (Violation v : result.violations()) {
                assertThat(v.kind()).isNotNull();
                assertThat(v.message()).isNotBlank();
                assertThat(v.elementPath()).startsWith("/");
            }
            if (!result.isWellFormed()) {
                assertThat(result.violations()).as(result.report()).hasSize(1);
            }
        }
    }
}
