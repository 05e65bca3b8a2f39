package io.github.cosxml.core.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link XmlWildcard}'s namespace constraints, and how {@link XmlChildren} finds a wildcard's elements. */
class XmlWildcardTest {

    /** ##any, ##other of urn:t, and the list "urn:a ##local"; an empty namespace is none. */
    @ParameterizedTest(name = "{0}: any {1}, other {2}, list {3}")
    @CsvSource({
        "urn:t, true, false, false",
        "'', true, false, true",
        "urn:a, true, true, true",
        "urn:b, true, true, false",
    })
    void eachConstraintAllowsItsNamespaces(String namespace, boolean any, boolean other, boolean list) {
        assertThat(XmlWildcard.any().allows(namespace)).isEqualTo(any);
        assertThat(XmlWildcard.not("urn:t", "").allows(namespace)).isEqualTo(other);
        assertThat(XmlWildcard.oneOf("urn:a", "").allows(namespace)).isEqualTo(list);
    }

    @Test
    void itSaysWhatItAllowsInWords() {
        assertThat(XmlWildcard.any()).hasToString("any namespace");
        assertThat(XmlWildcard.not("urn:t", "")).hasToString("a namespace other than urn:t or none");
        assertThat(XmlWildcard.oneOf("urn:a", "urn:b", "")).hasToString("namespace urn:a, urn:b or none");
        assertThat(XmlWildcard.oneOf("urn:a")).isEqualTo(XmlWildcard.oneOf("urn:a"))
                .isNotEqualTo(XmlWildcard.not("urn:a"));
        assertThat(XmlWildcard.not("urn:t").namespaces()).containsExactly("urn:t");
        assertThatThrownBy(() -> XmlWildcard.oneOf("urn:a", null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("use \"\" for no namespace");
    }

    @Test
    void aDeclaredChildIsFoundBeforeTheWildcard() {
        XmlChildren children = XmlChildren.builder()
                .child(0, "urn:t", "Name", 1, 1)
                .wildcardChild(1, XmlWildcard.any(), 0, -1)
                .child(2, "urn:t", "End", 0, 1)
                .build();

        assertThat(children.indexOf("urn:t", "Name")).isZero();
        assertThat(children.indexOf("urn:t", new String("End"))).isEqualTo(2);
        assertThat(children.indexOf("urn:t", "Other")).isEqualTo(1);
        assertThat(children.indexOf("", "plain")).isEqualTo(1);
        assertThat(children.isWildcard(1)).isTrue();
        assertThat(children.isWildcard(0)).isFalse();
        assertThat(children.describe(1)).isEqualTo("an element of any namespace (xs:any)");
        assertThat(XmlChildren.builder().wildcardChild(0, XmlWildcard.oneOf("urn:a"), 1, 1).build()
                .indexOf("urn:b", "x")).isEqualTo(-1);
    }
}
