package io.github.cosxml.codegen.model;

/**
 * The bounds of an {@code xs:dateTime}, {@code xs:date} or {@code xs:time} type, as written in the
 * schema (collapsed): they are not numbers, and generated code reads them, time zone or none, with
 * the runtime's readers of the type. Each may be null.
 *
 * @param minInclusive lower bound, inclusive
 * @param maxInclusive upper bound, inclusive
 * @param minExclusive lower bound, exclusive
 * @param maxExclusive upper bound, exclusive
 */
public record CalendarBounds(String minInclusive, String maxInclusive, String minExclusive, String maxExclusive) {
    /** No bounds. */
    public static final CalendarBounds NONE = new CalendarBounds(null, null, null, null);

    /**
     * Whether there is no bound.
     *
     * @return true if every bound is null
     */
    public boolean isEmpty() {
        return equals(NONE);
    }
}
