package io.github.cosxml.core.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import javax.xml.validation.Schema;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * An enumeration value is a value of the base type of the restriction that declares it (XML Schema
 * Part 2, 4.3.5): {@link FacetSet.Builder#enumerationWhiteSpace} reads it by that type's whitespace
 * rule, which a {@code whiteSpace} facet beside it does not change. Checked against the JDK's validator.
 */
class EnumerationWhiteSpaceTest {
    private static final List<String> BASES = List.of("string", "normalizedString", "token");
    private static final List<WhiteSpace> BASE_RULES = List.of(WhiteSpace.PRESERVE, WhiteSpace.REPLACE,
            WhiteSpace.COLLAPSE);

    @Test
    void theBaseTypesRuleReadsTheValuesAndTheTypesOwnRuleTheText() {
        FacetSet spaced = FacetSet.builder().whiteSpace(WhiteSpace.COLLAPSE).enumerationWhiteSpace(WhiteSpace.PRESERVE)
                .enumeration(" a ", "b").build();
        FacetSet tabbed = FacetSet.builder().whiteSpace(WhiteSpace.REPLACE).enumerationWhiteSpace(WhiteSpace.PRESERVE)
                .enumeration("x\ty").build();
        // by default the type's own rule reads them too, as for an xs:token: " a " is "a"
        FacetSet token = FacetSet.builder().whiteSpace(WhiteSpace.COLLAPSE).enumeration(" a ").build();

        assertThat(violations("a", spaced)).containsExactly("enumeration: 'a' is not one of [ a , b]");
        assertThat(violations(" a ", spaced)).containsExactly("enumeration: 'a' is not one of [ a , b]");
        assertThat(violations(" b ", spaced)).isEmpty();
        assertThat(violations("x\ty", tabbed)).containsExactly("enumeration: 'x y' is not one of [x\ty]");
        assertThat(violations(" a ", token)).isEmpty();
        assertThat(violations("a", token)).isEmpty();
    }

    @Test
    void theRuleIsRequired() {
        assertThatThrownBy(() -> FacetSet.builder().enumerationWhiteSpace(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("enumerationWhiteSpace is null");
    }

    /**
     * A restriction of {@code xs:string}, {@code xs:normalizedString} or {@code xs:token} with a
     * {@code whiteSpace} facet as strict as its base's or stricter, and one enumeration value:
     * {@code validate()} accepts a text exactly when the JDK's validator does.
     */
    @Property(tries = 300, seed = "20261122")
    void aTextIsInTheEnumerationExactlyWhenTheSchemaSaysSo(@ForAll("bases") int base, @ForAll("bases") int own,
            @ForAll("spaced") String value, @ForAll("spaced") String text) {
        int rule = Math.max(base, own); // a restriction cannot relax its base's rule
        Schema schema = JdkXsdOracle.schema("<xs:element name='v'><xs:simpleType><xs:restriction base='xs:"
                + BASES.get(base) + "'><xs:whiteSpace value='" + BASE_RULES.get(rule).name().toLowerCase()
                + "'/><xs:enumeration value='" + characterReferences(value) + "'/></xs:restriction></xs:simpleType>"
                + "</xs:element>");
        FacetSet facets = FacetSet.builder().whiteSpace(BASE_RULES.get(rule))
                .enumerationWhiteSpace(BASE_RULES.get(base)).enumeration(value).build();

        assertThat(violations(text, facets).isEmpty()).as("'%s' of enumeration '%s'", text, value)
                .isEqualTo(JdkXsdOracle.accepts(schema, "v", text));
    }

    @Provide
    Arbitrary<Integer> bases() {
        return Arbitraries.integers().between(0, 2);
    }

    @Provide
    Arbitrary<String> spaced() {
        return Arbitraries.strings().withChars(" \t\na").ofMaxLength(4);
    }

    private static String characterReferences(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> out.append("&#x").append(Integer.toHexString(c)).append(';'));
        return out.toString();
    }

    private static List<String> violations(String text, FacetSet facets) {
        Validation validation = new Validation();
        validation.check("v", text, facets);
        return validation.result().violations().stream().map(v -> v.facet() + ": " + v.message()).toList();
    }
}
