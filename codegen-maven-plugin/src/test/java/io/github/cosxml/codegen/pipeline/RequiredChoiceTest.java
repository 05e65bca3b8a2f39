package io.github.cosxml.codegen.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cosxml.core.xml.ValidationResult;
import io.github.cosxml.core.xml.XmlProblem;
import io.github.cosxml.core.xml.XmlReadException;
import io.github.cosxml.core.xml.XmlReadOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

/**
 * A choice whose branches are all required ({@code Source}: {@code Url | Bucket | Key}) needs one
 * of them, as the schema says: {@code validate()} and strict reading report an element with none.
 */
class RequiredChoiceTest {
    private static GeneratedEverything generated;

    @BeforeAll
    static void generate() throws Exception {
        generated = GeneratedEverything.get();
    }

    private static String catalog(String source) {
        return "<Catalog xmlns=\"urn:cosxml:test:catalog\"><Title>A</Title>" + source + "</Catalog>";
    }

    @Test
    void aSourceWithNoBranchIsReported() throws Exception {
        String xml = catalog("<Source/>");
        assertThatThrownBy(() -> generated.validateAgainstSchema(xml)).isInstanceOf(SAXException.class);

        Object catalog = GeneratedEverything.fromXml(generated.type("Catalog"), xml);

        assertThat(((ValidationResult) GeneratedEverything.call(catalog, "validate")).violations())
                .extracting(v -> v.path() + " " + v.facet() + ": " + v.message())
                .containsExactly("source choice: one of url, bucket, key is required");
        assertThatThrownBy(() -> GeneratedEverything.fromXml(generated.type("Catalog"), xml, XmlReadOptions.strict()))
                .isInstanceOfSatisfying(XmlReadException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.path() + " " + p.message())
                        .containsExactly("/Catalog/Source missing one of Url, Bucket, Key"));
    }

    @Test
    void aSourceWithOneBranchIsValid() throws Exception {
        String xml = catalog("<Source><Key>k</Key></Source>");
        generated.validateAgainstSchema(xml);

        Object catalog = GeneratedEverything.fromXml(generated.type("Catalog"), xml, XmlReadOptions.strict());

        assertThat(((ValidationResult) GeneratedEverything.call(catalog, "validate")).isValid()).isTrue();
    }

    @Test
    void anAbsentSourceNeedsNoBranch() throws Exception {
        String xml = catalog("");
        generated.validateAgainstSchema(xml);

        Object catalog = GeneratedEverything.fromXml(generated.type("Catalog"), xml, XmlReadOptions.strict());

        assertThat(((ValidationResult) GeneratedEverything.call(catalog, "validate")).isValid()).isTrue();
    }
}
