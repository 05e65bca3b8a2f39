package io.github.cosxml.codegen.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Restriction facets of a simple type, checked by generated {@code validate()}.
 * Every field may be absent (null or empty list).
 *
 * @param enumeration allowed lexical values (for non-enum types, e.g. restricted ints)
 * @param patterns XSD regular expressions; a value must match every pattern (one entry per derivation step)
 * @param minInclusive lower bound, inclusive
 * @param maxInclusive upper bound, inclusive
 * @param minExclusive lower bound, exclusive
 * @param maxExclusive upper bound, exclusive
 * @param length exact length
 * @param minLength minimum length
 * @param maxLength maximum length
 * @param totalDigits maximum number of digits
 */
public record Facets(
        List<String> enumeration,
        List<String> patterns,
        BigDecimal minInclusive,
        BigDecimal maxInclusive,
        BigDecimal minExclusive,
        BigDecimal maxExclusive,
        Integer length,
        Integer minLength,
        Integer maxLength,
        Integer totalDigits) {

    /** No facets. */
    public static final Facets NONE = new Facets(List.of(), List.of(), null, null, null, null, null, null, null, null);

    /** Copies the lists defensively. */
    public Facets {
        enumeration = List.copyOf(Objects.requireNonNullElse(enumeration, List.of()));
        patterns = List.copyOf(Objects.requireNonNullElse(patterns, List.of()));
    }

    /**
     * Whether no facet is set.
     *
     * @return true if this equals {@link #NONE}
     */
    public boolean isEmpty() {
        return equals(NONE);
    }

    /**
     * A copy with the given enumeration.
     *
     * @param values the allowed values
     * @return the copy
     */
    public Facets withEnumeration(List<String> values) {
        return new Facets(values, patterns, minInclusive, maxInclusive, minExclusive, maxExclusive,
                length, minLength, maxLength, totalDigits);
    }

    /**
     * A copy with the given patterns.
     *
     * @param values the patterns
     * @return the copy
     */
    public Facets withPatterns(List<String> values) {
        return new Facets(enumeration, values, minInclusive, maxInclusive, minExclusive, maxExclusive,
                length, minLength, maxLength, totalDigits);
    }

    /**
     * A copy with the given inclusive bounds.
     *
     * @param min lower bound or null
     * @param max upper bound or null
     * @return the copy
     */
    public Facets withInclusive(BigDecimal min, BigDecimal max) {
        return new Facets(enumeration, patterns, min, max, minExclusive, maxExclusive,
                length, minLength, maxLength, totalDigits);
    }

    /**
     * A copy with the given exclusive bounds.
     *
     * @param min lower bound or null
     * @param max upper bound or null
     * @return the copy
     */
    public Facets withExclusive(BigDecimal min, BigDecimal max) {
        return new Facets(enumeration, patterns, minInclusive, maxInclusive, min, max,
                length, minLength, maxLength, totalDigits);
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
        return new Facets(enumeration, patterns, minInclusive, maxInclusive, minExclusive, maxExclusive,
                exact, min, max, totalDigits);
    }

    /**
     * A copy with the given totalDigits.
     *
     * @param digits maximum digits or null
     * @return the copy
     */
    public Facets withTotalDigits(Integer digits) {
        return new Facets(enumeration, patterns, minInclusive, maxInclusive, minExclusive, maxExclusive,
                length, minLength, maxLength, digits);
    }
}
