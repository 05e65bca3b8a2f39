package io.github.cosxml.codegen.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cosxml.codegen.testing.GeneratedCode;
import io.github.cosxml.core.xml.ValidationResult;
import io.github.cosxml.core.xml.XmlReadOptions;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An {@code xs:list} element or attribute present with no items ({@code <Smalls/>},
 * {@code twoSizes=""}) is not an absent one: it is read as present ({@code hasX()}), written back,
 * compared as different from absence, and kept by {@code toBuilder()}; the builder makes one with
 * an empty collection and removes one with null.
 */
class ListPresenceTest {
    private static final String LIMITS = "<Limits xmlns=\"urn:cosxml:test:catalog\" id=\"a1\"%s>%s</Limits>";

    private static GeneratedEverything generated;

    @BeforeAll
    static void generate() throws Exception {
        generated = GeneratedEverything.get();
    }

    private static Object limits(String attributes, String elements) throws Exception {
        return GeneratedEverything.fromXml(generated.type("Limits"), LIMITS.formatted(attributes, elements),
                XmlReadOptions.strict());
    }

    private static Object builder() {
        return GeneratedCode.invokeStatic(generated.type("Limits"), "builder");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<Smalls/>", "<Smalls></Smalls>", "<Smalls> </Smalls>"})
    void anElementWithNoItemsIsPresentAndWrittenBack(String element) throws Exception {
        Object limits = limits("", element);

        assertThat(GeneratedEverything.call(limits, "hasSmalls")).isEqualTo(true);
        assertThat(GeneratedEverything.call(limits, "getSmalls")).isEqualTo(List.of());
        String written = GeneratedEverything.toXml(limits);
        assertThat(written).containsPattern("<Smalls\\s*/>|<Smalls></Smalls>");
        generated.validateAgainstSchema(written);
        assertThat(limits("", "")).isNotEqualTo(limits);
        assertThat(GeneratedEverything.fromXml(generated.type("Limits"), written)).isEqualTo(limits);
    }

    @Test
    void anAttributeWithNoItemsIsPresentAndWrittenBack() throws Exception {
        Object limits = limits(" fitList=\"\"", "");

        assertThat(GeneratedEverything.call(limits, "hasFitList")).isEqualTo(true);
        assertThat(GeneratedEverything.call(limits, "getFitList")).isEqualTo(List.of());
        assertThat(GeneratedEverything.call(limits, "getFitListAsString")).isEqualTo(List.of());
        String written = GeneratedEverything.toXml(limits);
        assertThat(written).contains("fitList=\"\"");
        assertThat(GeneratedEverything.fromXml(generated.type("Limits"), written)).isEqualTo(limits);
    }

    @Test
    void absentListsStayAbsent() throws Exception {
        Object limits = limits("", "");

        assertThat(GeneratedEverything.call(limits, "hasSmalls")).isEqualTo(false);
        assertThat(GeneratedEverything.call(limits, "getSmalls")).isEqualTo(List.of());
        assertThat(GeneratedEverything.call(limits, "hasFitList")).isEqualTo(false);
        assertThat(GeneratedEverything.call(limits, "getFitList")).isEqualTo(List.of());
        assertThat(GeneratedEverything.toXml(limits)).doesNotContain("Smalls").doesNotContain("fitList");
        assertThat(limits).isEqualTo(GeneratedCode.build(GeneratedCode.invoke(builder(), "id", "a1")));
    }

    @Test
    void theBuilderMakesAListPresentWithAnEmptyCollectionOrAnItemAndAbsentWithNull() throws Exception {
        Object empty = GeneratedCode.build(GeneratedCode.invoke(builder(), "smalls", List.of()));
        Object oneItem = GeneratedCode.build(GeneratedCode.invoke(builder(), "addSmalls", 3));
        Object removed = GeneratedCode.build(
                GeneratedCode.invoke(GeneratedCode.invoke(builder(), "addSmalls", 3), "smalls", (Object) null));

        assertThat(GeneratedEverything.call(empty, "hasSmalls")).isEqualTo(true);
        assertThat(GeneratedEverything.toXml(empty)).containsPattern("<Smalls\\s*/>|<Smalls></Smalls>");
        assertThat(GeneratedEverything.call(oneItem, "getSmalls")).isEqualTo(List.of(3));
        assertThat(GeneratedEverything.call(removed, "hasSmalls")).isEqualTo(false);
        assertThat(removed).isEqualTo(GeneratedCode.build(builder())).isNotEqualTo(empty);
    }

    @Test
    void toBuilderKeepsAPresentListWithNoItems() throws Exception {
        Object limits = limits(" twoSizes=\"\"", "<Smalls/>");

        Object copy = GeneratedCode.build(GeneratedEverything.call(limits, "toBuilder"));

        assertThat(copy).isEqualTo(limits);
        assertThat(GeneratedEverything.call(copy, "hasTwoSizes")).isEqualTo(true);
        assertThat(GeneratedEverything.call(copy, "hasSmalls")).isEqualTo(true);
    }

    @Test
    void aPresentListWithNoItemsIsCheckedAsTheSchemaChecksIt() throws Exception {
        Object limits = limits(" twoSizes=\"\"", "<Sizes/>");

        ValidationResult result = (ValidationResult) GeneratedEverything.call(limits, "validate");

        assertThat(result.violations()).extracting(v -> v.path() + " " + v.facet() + ": " + v.message())
                .containsExactly("sizes length: has 0 items, must have 2", "twoSizes length: has 0 items, must have 2");
    }
}
