package io.github.cosxml.core.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javax.xml.validation.Schema;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The facets of a list type apply to the list as a whole: {@link Validation#checkList} agrees with
 * the JDK's XSD validator on lists written with any whitespace between the items, and, for an
 * enumeration, with any lexical form of each item's value.
 */
class ListFacetsTest {
    private static final Schema SCHEMA = schema();
    /** The enumeration of {@code Picks}: lists of xs:int, written as the schema may write them. */
    private static final FacetSet PICKS = FacetSet.builder().enumeration("1 2", "03", " 4\t05 6 ").build();
    /** The same enumeration for items kept as text, such as the raw items of a list of an enum of xs:int. */
    private static final FacetSet PICKS_OF_TEXT = FacetSet.builder().itemTextKind(TextKind.INTEGER)
            .enumeration("1 2", "03", " 4\t05 6 ").build();
    /** The pattern and maxLength of {@code Pair}: a list of xs:token of at most two items. */
    private static final FacetSet PAIR = FacetSet.builder().pattern("a\\S* b+").maxLength(2).build();

    @Property(tries = 300, seed = "20261122")
    void anEnumerationComparesListsOfValues(@ForAll("intLists") String text) {
        List<Integer> items = new ArrayList<Integer>();
        for (String item : items(text)) {
            items.add(Integer.valueOf(item));
        }
        assertAgrees("Picks", text, items, PICKS);
    }

    @Property(tries = 300, seed = "20261122")
    void anEnumerationComparesNumericItemsKeptAsTextAsNumbers(@ForAll("intLists") String text) {
        assertAgrees("Picks", text, items(text), PICKS_OF_TEXT);
    }

    @Property(tries = 300, seed = "20261122")
    void aPatternMatchesTheTextOfTheWholeList(@ForAll("wordLists") String text) {
        assertAgrees("Pair", text, items(text), PAIR);
    }

    @Provide
    Arbitrary<String> intLists() {
        Arbitrary<String> item = Combinators.combine(Arbitraries.integers().between(1, 6),
                Arbitraries.of("", "0", "00", "+")).as((value, prefix) -> prefix + value);
        return written(item, Arbitraries.oneOf(Arbitraries.just(2), Arbitraries.integers().between(1, 4)));
    }

    @Provide
    Arbitrary<String> wordLists() {
        return written(Arbitraries.of("a", "b", "ab", "ba", "bb", "abb"), Arbitraries.integers().between(1, 3));
    }

    /** Lists of items with runs of whitespace between them and around them. */
    private static Arbitrary<String> written(Arbitrary<String> item, Arbitrary<Integer> size) {
        Arbitrary<String> space = Arbitraries.strings().withChars(' ', '\t', '\n').ofMinLength(1).ofMaxLength(3);
        return size.flatMap(n -> Combinators.combine(item.list().ofSize(n), space.list().ofSize(n + 1))
                .as((values, spaces) -> {
                    // no whitespace or some before the first item and after the last, at least one space between
                    StringBuilder text = new StringBuilder(spaces.get(0).substring(1)).append(values.get(0));
                    for (int i = 1; i < n; i++) {
                        text.append(spaces.get(i)).append(values.get(i));
                    }
                    return text.append(spaces.get(n).substring(1)).toString();
                }));
    }

    private static List<String> items(String text) {
        List<String> items = new ArrayList<String>();
        for (String item : WhiteSpace.COLLAPSE.apply(text).split(" ")) {
            if (!item.isEmpty()) {
                items.add(item);
            }
        }
        return items;
    }

    private static void assertAgrees(String element, String text, List<?> items, FacetSet facets) {
        Validation validation = new Validation();
        validation.checkList("p", items, facets);
        assertThat(validation.result().isValid()).as("validate() accepts '%s'", text)
                .isEqualTo(schemaAccepts(element, text));
    }

    private static boolean schemaAccepts(String element, String text) {
        return JdkXsdOracle.accepts(SCHEMA, element, text);
    }

    private static Schema schema() {
        return JdkXsdOracle.schema("<xs:simpleType name='Ints'><xs:list itemType='xs:int'/></xs:simpleType>"
                + "<xs:simpleType name='Words'><xs:list itemType='xs:token'/></xs:simpleType>"
                + "<xs:element name='Picks'><xs:simpleType><xs:restriction base='Ints'>"
                + "<xs:enumeration value='1 2'/><xs:enumeration value='03'/><xs:enumeration value=' 4&#9;05 6 '/>"
                + "</xs:restriction></xs:simpleType></xs:element>"
                + "<xs:element name='Pair'><xs:simpleType><xs:restriction base='Words'>"
                + "<xs:pattern value='a\\S* b+'/><xs:maxLength value='2'/>"
                + "</xs:restriction></xs:simpleType></xs:element>");
    }
}
