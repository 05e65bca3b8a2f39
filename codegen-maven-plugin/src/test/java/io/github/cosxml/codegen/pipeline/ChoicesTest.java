package io.github.cosxml.codegen.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cosxml.core.xml.ValidationResult;
import io.github.cosxml.core.xml.XmlReadException;
import io.github.cosxml.core.xml.XmlReadOptions;
import org.junit.jupiter.api.BeforeAll;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.SAXException;

/**
 * The choice of {@code Source}: {@code Url | Bucket | Key | (Host, Port?)}, each branch required,
 * so the choice is too. {@code validate()} and strict reading agree with the schema: one branch,
 * and a branch that is a sequence counts as one, with the elements it requires.
 */
class ChoicesTest {
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
                .containsExactly("source choice: one of url, bucket, key, (host, port) is required");
        assertThatThrownBy(() -> GeneratedEverything.fromXml(generated.type("Catalog"), xml, XmlReadOptions.strict()))
                .isInstanceOfSatisfying(XmlReadException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.path() + " " + p.message())
                        .containsExactly("/Catalog/Source missing one of Url, Bucket, Key, (Host, Port)"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"<Key>k</Key>", "<Host>h</Host>", "<Host>h</Host><Port>1</Port>"})
    void aSourceWithOneBranchIsValid(String branch) throws Exception {
        String xml = catalog("<Source>" + branch + "</Source>");
        generated.validateAgainstSchema(xml);

        Object catalog = GeneratedEverything.fromXml(generated.type("Catalog"), xml, XmlReadOptions.strict());

        assertThat(((ValidationResult) GeneratedEverything.call(catalog, "validate")).violations()).isEmpty();
        assertThat(GeneratedEverything.fromXml(generated.type("Catalog"), GeneratedEverything.toXml(catalog)))
                .isEqualTo(catalog);
    }

    @Test
    void aSequenceBranchWithoutItsRequiredElementIsReported() throws Exception {
        String xml = catalog("<Source><Port>1</Port></Source>");
        assertThatThrownBy(() -> generated.validateAgainstSchema(xml)).isInstanceOf(SAXException.class);

        Object catalog = GeneratedEverything.fromXml(generated.type("Catalog"), xml);

        assertThat(violations(catalog)).containsExactly("source.host required: is required");
        assertThat(strictProblems(xml)).containsExactly("/Catalog/Source missing element Host");
    }

    @Test
    void twoBranchesAreReportedOnceEachWay() throws Exception {
        String xml = catalog("<Source><Key>k</Key><Host>h</Host><Port>1</Port></Source>");
        assertThatThrownBy(() -> generated.validateAgainstSchema(xml)).isInstanceOf(SAXException.class);

        Object catalog = GeneratedEverything.fromXml(generated.type("Catalog"), xml);

        assertThat(violations(catalog))
                .containsExactly("source choice: only one of url, bucket, key, (host, port) may be set, 2 are");
        assertThat(strictProblems(xml))
                .containsExactly("/Catalog/Source only one of Url, Bucket, Key, (Host, Port) is allowed, found Key, (Host, Port)");
    }

    @Test
    void aChoiceWithAJavaTypeBranchWhoseTextCanReadAsNullIsNotRequiredToTheChecks() throws Exception {
        // the CI time "-" reads as null, so the branch looks unset: a required choice would reject it
        String xml = catalog("<Stamped><Stamp>-</Stamp></Stamped>");
        generated.validateAgainstSchema(xml);

        Object catalog = GeneratedEverything.fromXml(generated.type("Catalog"), xml, XmlReadOptions.strict());

        assertThat(violations(catalog)).isEmpty();
    }

    private static List<String> violations(Object value) throws Exception {
        return ((ValidationResult) GeneratedEverything.call(value, "validate")).violations().stream()
                .map(v -> v.path() + " " + v.facet() + ": " + v.message()).toList();
    }

    private static List<String> strictProblems(String xml) {
        try {
            GeneratedEverything.fromXml(generated.type("Catalog"), xml, XmlReadOptions.strict());
            return List.of();
        } catch (XmlReadException e) {
            return e.problems().stream().map(p -> p.path() + " " + p.message()).toList();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void anAbsentSourceNeedsNoBranch() throws Exception {
        String xml = catalog("");
        generated.validateAgainstSchema(xml);

        Object catalog = GeneratedEverything.fromXml(generated.type("Catalog"), xml, XmlReadOptions.strict());

        assertThat(((ValidationResult) GeneratedEverything.call(catalog, "validate")).isValid()).isTrue();
    }
}
