package io.github.cosxml.core.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A builder owns an ArrayList (a LinkedHashMap), shares an unmodifiable view of it, and copies a view before a change. */
class BuilderCollectionsTest {

    @Test
    void aBuildersOwnListIsSharedAsAnUnmodifiableViewOfItself() {
        List<String> owned = new ArrayList<>(Arrays.asList("a", "b"));

        List<String> shared = BuilderCollections.share(owned);

        assertThat(shared).containsExactly("a", "b");
        assertThatThrownBy(() -> shared.add("c")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(BuilderCollections.share(shared)).isSameAs(shared);
    }

    @Test
    void anEmptyListIsSharedAsTheEmptyListAndNullStaysNull() {
        assertThat(BuilderCollections.share(new ArrayList<String>())).isSameAs(Collections.emptyList());
        assertThat(BuilderCollections.share((List<String>) null)).isNull();
    }

    @Test
    void aSharedListIsCopiedBeforeItChangesAndAnOwnedOneIsNot() {
        List<String> owned = new ArrayList<>(Arrays.asList("a"));
        List<String> shared = BuilderCollections.share(owned);

        List<String> copy = BuilderCollections.own(shared);
        copy.add("b");

        assertThat(copy).isNotSameAs(owned).containsExactly("a", "b");
        assertThat(shared).containsExactly("a");
        assertThat(BuilderCollections.own(copy)).isSameAs(copy);
        assertThat(BuilderCollections.own((List<String>) null)).isEmpty();
        assertThat(BuilderCollections.own(Collections.<String>emptyList())).isInstanceOf(ArrayList.class).isEmpty();
    }

    @Test
    void mapsAreSharedAndCopiedTheSameWayKeepingTheirOrder() {
        Map<String, String> owned = new LinkedHashMap<>();
        owned.put("z", "1");
        owned.put("a", "2");
        Map<String, String> shared = BuilderCollections.share(owned);

        Map<String, String> copy = BuilderCollections.own(shared);
        copy.put("m", "3");

        assertThatThrownBy(() -> shared.put("b", "4")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(BuilderCollections.share(shared)).isSameAs(shared);
        assertThat(shared.keySet()).containsExactly("z", "a");
        assertThat(copy.keySet()).containsExactly("z", "a", "m");
        assertThat(BuilderCollections.own(copy)).isSameAs(copy);
        assertThat(BuilderCollections.share(new LinkedHashMap<String, String>())).isSameAs(Collections.emptyMap());
        assertThat(BuilderCollections.own(Collections.<String, String>emptyMap())).isInstanceOf(LinkedHashMap.class);
        assertThat(BuilderCollections.share((Map<String, String>) null)).isNull();
        assertThat(BuilderCollections.own((Map<String, String>) null)).isInstanceOf(LinkedHashMap.class).isEmpty();
    }
}
