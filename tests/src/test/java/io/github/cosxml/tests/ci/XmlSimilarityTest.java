package io.github.cosxml.tests.ci;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The comparison the round-trip tests rely on finds real differences and forgives only the intended ones. */
class XmlSimilarityTest {

    @Test
    void reorderedChildrenAndWhitespaceAreSimilar() {
        assertThat(XmlSimilarity.diff("<a>\n<b>1</b>\n<c>2</c>\n</a>", "<a><c>2</c><b>1</b></a>").hasDifferences())
                .isFalse();
    }

    @Test
    void sameCiTimeInEitherOffsetFormIsSimilar() {
        assertThat(XmlSimilarity.diff("<t>2022-06-27T14:44:10+08:00</t>", "<t>2022-06-27T14:44:10+0800</t>")
                .hasDifferences()).isFalse();
    }

    @Test
    void anotherTimeTextOrOrderOfRepeatsDiffers() {
        assertThat(XmlSimilarity.diff("<t>2022-06-27T14:44:10+08:00</t>", "<t>2022-06-27T14:44:11+0800</t>")
                .hasDifferences()).isTrue();
        assertThat(XmlSimilarity.diff("<a><b>1</b></a>", "<a><b>2</b></a>").hasDifferences()).isTrue();
        assertThat(XmlSimilarity.diff("<a><p>1</p><p>2</p></a>", "<a><p>2</p><p>1</p></a>").hasDifferences()).isTrue();
        assertThat(XmlSimilarity.diff("<a><b>1</b></a>", "<a><b>1</b><c/></a>").hasDifferences()).isTrue();
    }
}
