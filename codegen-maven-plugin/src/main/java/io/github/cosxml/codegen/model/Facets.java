package io.github.cosxml.codegen.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Restriction facets of a simple type, checked by generated {@code validate()}, and the
 * {@code fixed} value of the element or attribute that has the type. Every field but
 * {@code whiteSpace} and {@code textKind} may be absent (null or empty list).
 *
 * @param enumeration allowed lexical values; for an enum type only when they are fewer than its constants
 *     (a restriction that XJC binds to the base type's enum)
 * @param patterns XSD regular expressions; a value must match every pattern (one entry per derivation step)
 * @param minInclusive lower bound, inclusive
 * @param maxInclusive upper bound, inclusive
 * @param minExclusive lower bound, exclusive
 * @param maxExclusive upper bound, exclusive
 * @param calendarBounds the bounds of a date or time type ({@link TextKind#isCalendar()}), which are not
 *     numbers and so not in the four above; {@link CalendarBounds#NONE} for none
 * @param length exact length
 * @param minLength minimum length
 * @param maxLength maximum length
 * @param totalDigits maximum number of digits
 * @param fractionDigits maximum number of digits after the decimal point
 * @param whiteSpace the type's effective whitespace rule; never null
 * @param enumerationWhiteSpace the whitespace rule the enumeration values are read by, where it is not
 *     {@code whiteSpace}: that of the base type of the restriction that declares them, whose values they
 *     are (XML Schema Part 2, 4.3.5), which a {@code whiteSpace} facet of that restriction or a later
 *     one does not change; null when {@code whiteSpace} reads them
 * @param textKind what the type's values are to length facets and bounds (characters, a number, octets,
 *     list items); never null
 * @param fixedValue the {@code fixed} value constraint of the element or attribute, as written in the schema
 * @param union the member types of a union type, or of a restriction of one, whose own facets are then
 *     only {@code pattern} and {@code enumeration}; null for a type that is no union
 */
public record Facets(
        List<String> enumeration,
        List<String> patterns,
        BigDecimal minInclusive,
        BigDecimal maxInclusive,
        BigDecimal minExclusive,
        BigDecimal maxExclusive,
        CalendarBounds calendarBounds,
        Integer length,
        Integer minLength,
        Integer maxLength,
        Integer totalDigits,
        Integer fractionDigits,
        WhiteSpace whiteSpace,
        WhiteSpace enumerationWhiteSpace,
        TextKind textKind,
        String fixedValue,
        UnionType union) {

    /** No facets; whitespace preserved; text. */
    public static final Facets NONE = new Facets(List.of(), List.of(), null, null, null, null, CalendarBounds.NONE,
            null, null, null, null, null, WhiteSpace.PRESERVE, null, TextKind.TEXT, null, null);

    /** Copies the lists defensively. */
    public Facets {
        enumeration = List.copyOf(Objects.requireNonNullElse(enumeration, List.of()));
        patterns = List.copyOf(Objects.requireNonNullElse(patterns, List.of()));
        calendarBounds = Objects.requireNonNullElse(calendarBounds, CalendarBounds.NONE);
        Objects.requireNonNull(whiteSpace, "whiteSpace");
        Objects.requireNonNull(textKind, "textKind");
    }

    /**
     * Whether there is nothing for {@code validate()} to check: no facet, no fixed value, no
     * lexical form of the text kind (an {@code xs:NCName} is checked for being one) and no member
     * types of a union (a value must be one of theirs). The whitespace rules alone check nothing.
     *
     * @return true if this equals {@link #NONE} but for the whitespace rules and a text kind without a lexical form
     */
    public boolean isEmpty() {
        return !textKind.checksLexicalForm() && withWhiteSpace(WhiteSpace.PRESERVE).withEnumerationWhiteSpace(null)
                .withTextKind(TextKind.TEXT).equals(NONE);
    }

    /**
     * A copy with the given enumeration.
     *
     * @param values the allowed values
     * @return the copy
     */
    public Facets withEnumeration(List<String> values) {
        return new Facets(values, patterns, minInclusive, maxInclusive, minExclusive, maxExclusive, calendarBounds,
                length, minLength, maxLength, totalDigits, fractionDigits,
                whiteSpace, enumerationWhiteSpace, textKind, fixedValue, union);
    }

    /**
     * A copy with the given patterns.
     *
     * @param values the patterns
     * @return the copy
     */
    public Facets withPatterns(List<String> values) {
        return new Facets(enumeration, values, minInclusive, maxInclusive, minExclusive, maxExclusive, calendarBounds,
                length, minLength, maxLength, totalDigits, fractionDigits,
                whiteSpace, enumerationWhiteSpace, textKind, fixedValue, union);
    }

    /**
     * A copy with the given inclusive bounds.
     *
     * @param min lower bound or null
     * @param max upper bound or null
     * @return the copy
     */
    public Facets withInclusive(BigDecimal min, BigDecimal max) {
        return new Facets(enumeration, patterns, min, max, minExclusive, maxExclusive, calendarBounds,
                length, minLength, maxLength, totalDigits, fractionDigits,
                whiteSpace, enumerationWhiteSpace, textKind, fixedValue, union);
    }

    /**
     * A copy with the given exclusive bounds.
     *
     * @param min lower bound or null
     * @param max upper bound or null
     * @return the copy
     */
    public Facets withExclusive(BigDecimal min, BigDecimal max) {
        return new Facets(enumeration, patterns, minInclusive, maxInclusive, min, max, calendarBounds,
                length, minLength, maxLength, totalDigits, fractionDigits,
                whiteSpace, enumerationWhiteSpace, textKind, fixedValue, union);
    }

    /**
     * A copy with the given bounds of a date or time type.
     *
     * @param bounds the bounds, or null for none
     * @return the copy
     */
    public Facets withCalendarBounds(CalendarBounds bounds) {
        return new Facets(enumeration, patterns, minInclusive, maxInclusive, minExclusive, maxExclusive, bounds,
                length, minLength, maxLength, totalDigits, fractionDigits,
                whiteSpace, enumerationWhiteSpace, textKind, fixedValue, union);
    }

    /**
     * A copy with the given length facets.
     *
     * @param exact exact length or null
     * @param min minimum length or null
     * @param max maximum length or null
     * @return the copy
     */
    public Facets withLengths(Integer exact, Integer min, Integer max) {
        return new Facets(enumeration, patterns, minInclusive, maxInclusive, minExclusive, maxExclusive, calendarBounds,
                exact, min, max, totalDigits, fractionDigits,
                whiteSpace, enumerationWhiteSpace, textKind, fixedValue, union);
    }

    /**
     * A copy with the given totalDigits.
     *
     * @param digits maximum digits or null
     * @return the copy
     */
    public Facets withTotalDigits(Integer digits) {
        return new Facets(enumeration, patterns, minInclusive, maxInclusive, minExclusive, maxExclusive, calendarBounds,
                length, minLength, maxLength, digits, fractionDigits,
                whiteSpace, enumerationWhiteSpace, textKind, fixedValue, union);
    }

    /**
     * A copy with the given fractionDigits.
     *
     * @param digits maximum digits after the point, or null
     * @return the copy
     */
    public Facets withFractionDigits(Integer digits) {
        return new Facets(enumeration, patterns, minInclusive, maxInclusive, minExclusive, maxExclusive, calendarBounds,
                length, minLength, maxLength, totalDigits, digits,
                whiteSpace, enumerationWhiteSpace, textKind, fixedValue, union);
    }

    /**
     * A copy with the given whitespace rule.
     *
     * @param rule the rule
     * @return the copy
     */
    public Facets withWhiteSpace(WhiteSpace rule) {
        return new Facets(enumeration, patterns, minInclusive, maxInclusive, minExclusive, maxExclusive, calendarBounds,
                length, minLength, maxLength, totalDigits, fractionDigits,
                rule, enumerationWhiteSpace, textKind, fixedValue, union);
    }

    /**
     * A copy whose enumeration values are read by the given whitespace rule.
     *
     * @param rule the rule of the base type of the restriction that declares them, or null for {@code whiteSpace}
     * @return the copy
     */
    public Facets withEnumerationWhiteSpace(WhiteSpace rule) {
        return new Facets(enumeration, patterns, minInclusive, maxInclusive, minExclusive, maxExclusive, calendarBounds,
                length, minLength, maxLength, totalDigits, fractionDigits, whiteSpace, rule, textKind, fixedValue,
                union);
    }

    /**
     * The whitespace rule the enumeration values are read by.
     *
     * @return {@code enumerationWhiteSpace}, or {@code whiteSpace} where that is null
     */
    public WhiteSpace enumerationReadBy() {
        return enumerationWhiteSpace != null ? enumerationWhiteSpace : whiteSpace;
    }

    /**
     * A copy with the given fixed value.
     *
     * @param lexical the fixed value as written in the schema, or null
     * @return the copy
     */
    public Facets withFixedValue(String lexical) {
        return new Facets(enumeration, patterns, minInclusive, maxInclusive, minExclusive, maxExclusive, calendarBounds,
                length, minLength, maxLength, totalDigits, fractionDigits,
                whiteSpace, enumerationWhiteSpace, textKind, lexical, union);
    }

    /**
     * A copy with the given member types of a union.
     *
     * @param type the union's member types, or null for a type that is no union
     * @return the copy
     */
    public Facets withUnion(UnionType type) {
        return new Facets(enumeration, patterns, minInclusive, maxInclusive, minExclusive, maxExclusive, calendarBounds,
                length, minLength, maxLength, totalDigits, fractionDigits,
                whiteSpace, enumerationWhiteSpace, textKind, fixedValue, type);
    }

    /**
     * A copy with the given text kind.
     *
     * @param kind the kind
     * @return the copy
     */
    public Facets withTextKind(TextKind kind) {
        return new Facets(enumeration, patterns, minInclusive, maxInclusive, minExclusive, maxExclusive, calendarBounds,
                length, minLength, maxLength, totalDigits, fractionDigits,
                whiteSpace, enumerationWhiteSpace, kind, fixedValue, union);
    }
}
