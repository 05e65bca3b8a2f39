package io.github.cosxml.codegen.pipeline;

import static io.github.cosxml.codegen.testing.GeneratedCode.build;
import static io.github.cosxml.codegen.testing.GeneratedCode.invoke;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cosxml.codegen.testing.GeneratedCode;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A built value and its builder share one list: {@code build()} and {@code toBuilder()} copy no
 * items, and the builder copies the list before it next changes it, so a value never sees a change
 * made afterwards. One row per kind of list the generator emits.
 */
class BuilderCollectionSharingTest {

    /**
     * A list property: the adder, the collection setter, the getter, the getter of the list as stored (an
     * enum's {@code getXAsString}, since {@code getX} converts into a new list), and two items to add.
     */
    record ListProperty(String kind, String owner, String adder, String setter, String getter, String storedGetter,
            Object first, Object second) {

        ListProperty(String kind, String owner, String adder, String setter, String getter, Object first,
                Object second) {
            this(kind, owner, adder, setter, getter, getter, first, second);
        }

        Object newBuilder() {
            return GeneratedCode.invokeStatic(type(owner), "builder");
        }

        @SuppressWarnings("unchecked")
        List<Object> items(Object value) {
            return (List<Object>) invoke(value, getter);
        }

        Object stored(Object value) {
            return invoke(value, storedGetter);
        }

        @Override
        public String toString() {
            return kind + ": " + owner + "." + getter;
        }
    }

    static Stream<ListProperty> lists() {
        Object product = build(invoke(GeneratedCode.invokeStatic(type("Product"), "builder"), "id", "p-1"));
        Object other = build(invoke(GeneratedCode.invokeStatic(type("Product"), "builder"), "id", "p-2"));
        return Stream.of(
                new ListProperty("repeated complex element", "Catalog", "addProduct", "product", "getProduct",
                        product, other),
                new ListProperty("repeated element kept as text", "Product", "addAlias", "alias", "getAlias", "a", "b"),
                new ListProperty("repeated enum element as raw text", "Product", "addCutsAsString", "cutsAsString",
                        "getCutsAsString", "Slim", "Regular"),
                new ListProperty("xs:list that can be present with no items", "Product", "addTags", "tags", "getTags",
                        "a", "b"),
                new ListProperty("xs:list of a parsed type", "Limits", "addSmalls", "smalls", "getSmalls", 3, 4),
                new ListProperty("repeated enum element", "Product", "addCuts", "cuts", "getCuts", "getCutsAsString",
                        fit("SLIM"), fit("REGULAR")),
                new ListProperty("repeated nillable element, a nil item first", "Product", "addPastRating",
                        "pastRating", "getPastRating", null, 5),
                new ListProperty("xs:list attribute of an enum", "Limits", "addFitList", "fitList", "getFitList",
                        "getFitListAsString", fit("SLIM"), fit("REGULAR")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void aBuiltValueKeepsItsItemsWhenItsBuilderChangesAfterwards(ListProperty list) {
        Object builder = invoke(list.newBuilder(), list.adder(), list.first());
        Object built = build(builder);

        Object grown = build(invoke(builder, list.adder(), list.second()));
        Object replaced = build(invoke(builder, list.setter(), List.of(list.second())));

        assertThat(list.items(built)).containsExactly(list.first());
        assertThat(list.items(grown)).containsExactly(list.first(), list.second());
        assertThat(list.items(replaced)).containsExactly(list.second());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void aChangeThroughToBuilderLeavesTheSourceAsItWas(ListProperty list) {
        Object source = build(invoke(list.newBuilder(), list.adder(), list.first()));

        Object changed = build(invoke(invoke(source, "toBuilder"), list.adder(), list.second()));

        assertThat(list.items(source)).containsExactly(list.first());
        assertThat(list.items(changed)).containsExactly(list.first(), list.second());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void buildingAgainWithoutAChangeCopiesNoItems(ListProperty list) {
        Object builder = invoke(list.newBuilder(), list.adder(), list.first());
        Object built = build(builder);

        assertThat(list.stored(build(builder))).isSameAs(list.stored(built));
        assertThat(list.stored(build(invoke(built, "toBuilder")))).isSameAs(list.stored(built));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void theSharedListCannotBeChangedThroughTheValue(ListProperty list) {
        Object builder = invoke(list.newBuilder(), list.adder(), list.first());
        @SuppressWarnings("unchecked")
        List<Object> items = (List<Object>) list.stored(build(builder));

        assertThatThrownBy(() -> items.add(list.second())).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(items::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThat(list.items(build(builder))).containsExactly(list.first());
    }

    private static Object fit(String constant) {
        return Stream.of(type("Fit").getEnumConstants())
                .filter(c -> ((Enum<?>) c).name().equals(constant))
                .findFirst().orElseThrow();
    }

    private static Class<?> type(String simpleName) {
        try {
            return GeneratedEverything.get().type(simpleName);
        } catch (Exception e) {
            throw new IllegalStateException("the test schema's classes were not generated", e);
        }
    }
}
