package io.github.cosxml.codegen.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cosxml.codegen.testing.GeneratedCode;
import java.lang.reflect.Field;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The builder methods that take a collection replace a list all or nothing: an item the adder
 * rejects (null, or a text item of an {@code xs:list} with whitespace inside or nothing left)
 * makes them throw with the adder's message and leaves the builder as it was. A null collection
 * is rejected with the property's name, except by an {@code xs:list}, which it makes absent. One
 * row per kind of list the generator emits.
 */
class AllOrNothingListSettersTest {
    private static final String INSIDE = " contains whitespace, which separates the items of an xs:list;"
            + " add each item on its own";
    private static final String EMPTY = " is empty once the whitespace around it goes; an xs:list has no empty items";

    /**
     * One collection setter, what the builder holds before it is called, and a collection it must
     * reject as a whole.
     */
    record ListSetter(String kind, String owner, String setter, String property, List<?> previous,
            List<?> rejected, Class<? extends RuntimeException> thrown, String message) {

        /** Whether the setter fills an {@code xs:list}, which can be absent, rather than a repeated element. */
        boolean xsList() {
            return kind.startsWith("xs:list");
        }

        Object builderHolding() {
            Object builder = GeneratedCode.invokeStatic(type(owner), "builder");
            return GeneratedCode.invoke(builder, setter, previous);
        }

        @Override
        public String toString() {
            return kind + ": " + owner + ".Builder." + setter + "(" + rejected + ")";
        }
    }

    static Stream<ListSetter> lists() {
        OffsetDateTime time = OffsetDateTime.parse("2024-01-02T03:04:05+08:00");
        Object productBuilder = GeneratedCode.invokeStatic(type("Product"), "builder");
        Object emptyProduct = GeneratedCode.build(productBuilder);
        Object product = GeneratedCode.build(GeneratedCode.invoke(productBuilder, "id", "p-1"));
        return Stream.of(
                nullItem("repeated complex element", "Catalog", "product", "product", emptyProduct, product),
                nullItem("repeated element kept as text", "Product", "alias", "alias", "a", "b"),
                nullItem("repeated enum element", "Product", "cuts", "cuts", fit("SLIM"), fit("REGULAR")),
                nullItem("repeated enum element as raw text", "Product", "cutsAsString", "cuts", "Slim", "Regular"),
                nullItem("xs:list of a parsed type", "Product", "sizes", "sizes", 1, 2),
                nullItem("xs:list of a jaxb:javaType", "Limits", "times", "times", time, time.plusDays(1)),
                nullItem("xs:list kept as text", "Product", "tags", "tags", "a", "b"),
                new ListSetter("xs:list kept as text", "Product", "tags", "tags", List.of("a"), List.of("b", "c d"),
                        IllegalArgumentException.class, "tags item 'c d'" + INSIDE),
                new ListSetter("xs:list kept as text", "Limits", "names", "names", List.of("ab"),
                        List.of("cd", " \t"), IllegalArgumentException.class, "names item ' \t'" + EMPTY),
                nullItem("xs:list of an enum", "Limits", "fits", "fits", fit("SLIM"), fit("REGULAR")),
                nullItem("xs:list of an enum as raw text", "Limits", "fitsAsString", "fits", "Slim", "Regular"),
                new ListSetter("xs:list of an enum as raw text", "Limits", "fitsAsString", "fits", List.of("Slim"),
                        List.of("Regular", "Slim Regular"), IllegalArgumentException.class,
                        "fits item 'Slim Regular'" + INSIDE));
    }

    static Stream<ListSetter> repeatedElements() {
        return lists().filter(list -> !list.xsList());
    }

    static Stream<ListSetter> xsLists() {
        return lists().filter(ListSetter::xsList);
    }

    /** A row whose builder holds {@code kept} and whose rejected collection holds {@code other}, then null. */
    private static ListSetter nullItem(String kind, String owner, String setter, String property, Object kept,
            Object other) {
        return new ListSetter(kind, owner, setter, property, List.of(kept), Arrays.asList(other, null),
                NullPointerException.class, property + " item");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void aRejectedItemThrowsAndLeavesTheBuilderAsItWas(ListSetter list) {
        Object builder = list.builderHolding();
        Object before = GeneratedCode.build(builder);
        Object empty = GeneratedCode.build(GeneratedCode.invokeStatic(type(list.owner()), "builder"));
        assertThat(before).isNotEqualTo(empty);

        assertThatThrownBy(() -> GeneratedCode.invoke(builder, list.setter(), list.rejected()))
                .isInstanceOf(list.thrown())
                .hasMessage(list.message());

        assertThat(GeneratedCode.build(builder)).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("repeatedElements")
    void aNullCollectionThrowsNamingThePropertyAndLeavesTheBuilderAsItWas(ListSetter list) {
        Object builder = list.builderHolding();
        Object before = GeneratedCode.build(builder);

        assertThatThrownBy(() -> GeneratedCode.invoke(builder, list.setter(), (Object) null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage(list.property());

        assertThat(GeneratedCode.build(builder)).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("xsLists")
    void aNullCollectionMakesAnXsListAbsent(ListSetter list) {
        Object empty = GeneratedCode.build(GeneratedCode.invokeStatic(type(list.owner()), "builder"));

        Object built = GeneratedCode.build(GeneratedCode.invoke(list.builderHolding(), list.setter(), (Object) null));

        assertThat(built).isEqualTo(empty);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("xsLists")
    void aRejectedFirstItemLeavesAnAbsentXsListAbsent(ListSetter list) {
        Object builder = GeneratedCode.invokeStatic(type(list.owner()), "builder");
        Object empty = GeneratedCode.build(builder);
        String adder = "add" + Character.toUpperCase(list.setter().charAt(0)) + list.setter().substring(1);
        Object rejectedItem = list.rejected().get(list.rejected().size() - 1);

        assertThatThrownBy(() -> GeneratedCode.invoke(builder, adder, rejectedItem)).isInstanceOf(list.thrown());

        assertThat(GeneratedCode.build(builder)).isEqualTo(empty);
    }

    @Test
    void givenTheBuildersOwnListTheSetterKeepsItsItems() throws Exception {
        Object builder = GeneratedCode.invoke(GeneratedCode.invokeStatic(type("Limits"), "builder"), "names",
                List.of("ab", "cd"));
        // No builder method hands its list out; a caller holding a live view of it must still get what it passed.
        Field names = builder.getClass().getDeclaredField("names");
        names.setAccessible(true);

        GeneratedCode.invoke(builder, "names", names.get(builder));

        assertThat(GeneratedCode.invoke(GeneratedCode.build(builder), "getNames")).isEqualTo(List.of("ab", "cd"));
    }

    private static Class<?> type(String simpleName) {
        try {
            return GeneratedEverything.get().type(simpleName);
        } catch (Exception e) {
            throw new IllegalStateException("the test schema's classes were not generated", e);
        }
    }

    private static Object fit(String constant) {
        return Stream.of(type("Fit").getEnumConstants())
                .filter(c -> ((Enum<?>) c).name().equals(constant))
                .findFirst().orElseThrow();
    }
}
