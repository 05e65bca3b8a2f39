package io.github.cosxml.core.xml;

/**
 * The bounds ({@code minInclusive}, {@code maxInclusive}, {@code minExclusive},
 * {@code maxExclusive}) of an {@code xs:dateTime}, {@code xs:date} or {@code xs:time} type, read
 * from the schema's text by the readers of {@link XmlValues}, time zone and all, and checked in XML
 * Schema 1.0's partial order ({@link CalendarPoint}): where the order cannot tell, the bound is not
 * met, as the schema (and the JDK's validator) has it.
 */
final class CalendarBounds {
    private static final String[] FACETS = {"minInclusive", "maxInclusive", "minExclusive", "maxExclusive"};
    private static final String UNORDERED = ": one has a time zone and the other not, and XML Schema 1.0 orders"
            + " such values only when they are more than 14 hours apart; give both a time zone, or neither";

    private final String[] texts;
    private final CalendarPoint[] points;

    private CalendarBounds(String[] texts, CalendarPoint[] points) {
        this.texts = texts;
        this.points = points;
    }

    /**
     * Reads the bounds as values of the kind's type.
     *
     * @param kind {@link TextKind#DATE_TIME}, {@link TextKind#DATE} or {@link TextKind#TIME}
     * @param bounds minInclusive, maxInclusive, minExclusive and maxExclusive as written in the schema, each null for none
     * @return the bounds, or null if there is none
     * @throws IllegalArgumentException naming the facet, if a bound is not a value of the type
     */
    static CalendarBounds read(TextKind kind, String... bounds) {
        String[] texts = new String[FACETS.length];
        CalendarPoint[] points = new CalendarPoint[FACETS.length];
        boolean any = false;
        for (int i = 0; i < FACETS.length; i++) {
            if (bounds[i] == null) {
                continue;
            }
            texts[i] = bounds[i].trim();
            try {
                points[i] = XmlValues.readCalendar(kind, texts[i]);
            } catch (IllegalArgumentException notOfTheType) {
                throw new IllegalArgumentException(FACETS[i] + " '" + texts[i] + "' is no value of the type: "
                        + notOfTheType.getMessage(), notOfTheType);
            }
            any = true;
        }
        return any ? new CalendarBounds(texts, points) : null;
    }

    /**
     * Reports each bound the value does not meet.
     *
     * @param validation where violations go
     * @param path the property path
     * @param value the value
     * @param shown the value as written, for messages
     */
    void check(Validation validation, String path, CalendarPoint value, String shown) {
        for (int i = 0; i < FACETS.length; i++) {
            if (points[i] == null) {
                continue;
            }
            CalendarPoint.Order order = value.order(points[i]);
            boolean min = i % 2 == 0;
            boolean inclusive = i < 2;
            boolean met = order == (min ? CalendarPoint.Order.GREATER : CalendarPoint.Order.LESS)
                    || inclusive && order == CalendarPoint.Order.EQUAL;
            if (met) {
                continue;
            }
            String side = min ? "after" : "before";
            String message = order == CalendarPoint.Order.INDETERMINATE
                    ? shown + " is not " + (inclusive ? "at or " : "") + side + " " + texts[i] + UNORDERED
                    : inclusive ? shown + " is " + (min ? "before" : "after") + " " + texts[i]
                    : shown + " must be " + side + " " + texts[i];
            validation.add(path, FACETS[i], message);
        }
    }
}
