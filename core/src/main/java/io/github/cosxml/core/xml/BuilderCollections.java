package io.github.cosxml.core.xml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The copy-on-write lists and maps of generated builders, so that {@code build()} and
 * {@code toBuilder()} cost the same whether a value holds two items or a thousand. A builder owns
 * its collection while it is an {@link ArrayList} (a {@link LinkedHashMap} for the attributes of an
 * {@code xs:anyAttribute}). {@code build()} hands the built value that collection made
 * unmodifiable, and the builder keeps the same unmodifiable view; {@code toBuilder()} starts from
 * the value's view. A builder changes a view only after {@link #own(List) copying} it, so a built
 * value never sees a later change, and a builder that is only built never copies.
 *
 * <p>Used by generated code. The collections passed in are always the builder's own fields, never
 * a caller's: a builder's collection setter copies what it is given into a new {@code ArrayList}.
 * Two consequences: a value keeps its builder's array with the room it grew (up to a third of it
 * unused, or ten slots for a list of fewer than ten), small beside the items it points to; and
 * {@code build()} writes to its builder, so a builder, not thread-safe anyway, is no read-only
 * template to build from on several threads (build the template once and give each thread
 * {@code template.toBuilder()}).
 */
public final class BuilderCollections {
    private BuilderCollections() {
    }

    /**
     * The list a built value keeps, which its builder keeps too: the builder's own list made
     * unmodifiable (the empty list when it has no items), or a view the builder shares as it is.
     *
     * @param <T> the item type
     * @param items the builder's list, or null for an absent list
     * @return an unmodifiable list, or null for null
     */
    public static <T> List<T> share(List<T> items) {
        if (items == null || items.getClass() != ArrayList.class) {
            return items;
        }
        return items.isEmpty() ? Collections.<T>emptyList() : Collections.unmodifiableList(items);
    }

    /**
     * A list the builder may change: its own, or a copy of a shared view (a new list for null).
     *
     * @param <T> the item type
     * @param items the builder's list, or null for an absent list
     * @return an {@link ArrayList} no built value holds
     */
    public static <T> List<T> own(List<T> items) {
        if (items != null && items.getClass() == ArrayList.class) {
            return items;
        }
        // an ArrayList made from an empty one would grow one item at a time
        return items == null || items.isEmpty() ? new ArrayList<T>() : new ArrayList<T>(items);
    }

    /**
     * The map a built value keeps, which its builder keeps too, as {@link #share(List)} does for lists.
     *
     * @param <K> the key type
     * @param <V> the value type
     * @param entries the builder's map
     * @return an unmodifiable map
     */
    public static <K, V> Map<K, V> share(Map<K, V> entries) {
        if (entries == null || entries.getClass() != LinkedHashMap.class) {
            return entries;
        }
        return entries.isEmpty() ? Collections.<K, V>emptyMap() : Collections.unmodifiableMap(entries);
    }

    /**
     * A map the builder may change, as {@link #own(List)} gives for lists; its entries keep their order.
     *
     * @param <K> the key type
     * @param <V> the value type
     * @param entries the builder's map
     * @return a {@link LinkedHashMap} no built value holds
     */
    public static <K, V> Map<K, V> own(Map<K, V> entries) {
        if (entries != null && entries.getClass() == LinkedHashMap.class) {
            return entries;
        }
        return entries == null ? new LinkedHashMap<K, V>() : new LinkedHashMap<K, V>(entries);
    }
}
