package io.github.cosxml.core.xml;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The restriction facets of one simple type, checked by {@link Validation}. Immutable; generated
 * classes build one per restricted property in a static field, so patterns compile once.
 *
 * <p>The facets of a union type also hold its member types, each a set of its own
 * ({@link Builder#member}): a text is a value of the union when one of them takes it, each by its own
 * whitespace rule, lexical form and facets, and the first that does gives its value (XML Schema Part
 * 2, 2.5.1.3). The union's own {@code pattern} facets match the text collapsed, and its
 * {@code enumeration} and fixed value compare values, as the JDK's validator has them: with member
 * types {@code xs:int} and {@code xs:string}, {@code 01} is the enumeration value {@code 1}, and
 * {@code " 1"} is too, where {@code " a"} is not {@code a}. The set of a list type that is a member
 * type holds the set of its item type ({@link Builder#items}), which each item must meet.
 */
public final class FacetSet {

    private final List<String> enumeration;
    private final List<String> patternTexts;
    private final List<Pattern> patterns;
    private final BigDecimal minInclusive;
    private final BigDecimal maxInclusive;
    private final BigDecimal minExclusive;
    private final BigDecimal maxExclusive;
    /** The bounds of a date or time kind, which are not numbers; null for none (and for other kinds). */
    private final CalendarBounds calendarBounds;
    private final Integer length;
    private final Integer minLength;
    private final Integer maxLength;
    private final Integer totalDigits;
    private final Integer fractionDigits;
    private final WhiteSpace whiteSpace;
    private final TextKind textKind;
    private final TextKind itemTextKind;
    private final String fixedValue;
    /** The name of the union type, for messages; null for an anonymous one, or for a type that is no union. */
    private final String unionName;
    /** The member types of a union, in the union's order; empty for a type that is no union. */
    private final List<FacetSet> members;
    private final List<String> memberNames;
    /** The item type of a list type kept as one text (a member type of a union); null for other types. */
    private final FacetSet items;
    /** The values of a union's enumeration as its member types have them (null for text none of them takes). */
    private final List<Object> enumerationValues;

    private FacetSet(Builder b) {
        unionName = b.unionName;
        members = Collections.unmodifiableList(new ArrayList<FacetSet>(b.members));
        memberNames = Collections.unmodifiableList(new ArrayList<String>(b.memberNames));
        items = b.items;
        // an enumeration value is a value of the base type of the restriction that declares it (XML Schema Part 2,
        // 4.3.5), read by that type's whitespace rule: " a " of an xs:string restricted to collapse stays " a ",
        // which no collapsed value is
        WhiteSpace enumerationRule = b.enumerationWhiteSpace != null ? b.enumerationWhiteSpace : b.whiteSpace;
        List<String> allowed = new ArrayList<String>();
        for (String value : b.enumeration) {
            // a union's values are the member types', each read by its own rule
            allowed.add(members.isEmpty() ? enumerationRule.apply(value) : value);
        }
        enumeration = Collections.unmodifiableList(allowed);
        patternTexts = Collections.unmodifiableList(new ArrayList<String>(b.patterns));
        List<Pattern> compiled = new ArrayList<Pattern>();
        for (String pattern : b.patterns) {
            compiled.add(XsdRegex.compile(pattern));
        }
        patterns = Collections.unmodifiableList(compiled);
        // the bounds are values of the type: dates and times are read as such, anything else as a number
        boolean calendar = b.textKind.isCalendar();
        minInclusive = calendar ? null : decimal(b.minInclusive);
        maxInclusive = calendar ? null : decimal(b.maxInclusive);
        minExclusive = calendar ? null : decimal(b.minExclusive);
        maxExclusive = calendar ? null : decimal(b.maxExclusive);
        calendarBounds = calendar
                ? CalendarBounds.read(b.textKind, b.minInclusive, b.maxInclusive, b.minExclusive, b.maxExclusive)
                : null;
        length = b.length;
        minLength = b.minLength;
        maxLength = b.maxLength;
        totalDigits = b.totalDigits;
        fractionDigits = b.fractionDigits;
        whiteSpace = b.whiteSpace;
        textKind = b.textKind;
        itemTextKind = b.itemTextKind;
        // a value of the type itself: its own rule reads it, or a union's member type's
        fixedValue = members.isEmpty() ? b.whiteSpace.apply(b.fixedValue) : b.fixedValue;
        List<Object> values = new ArrayList<Object>();
        for (String value : members.isEmpty() ? Collections.<String>emptyList() : enumeration) {
            values.add(valueOfText(value));
        }
        enumerationValues = Collections.unmodifiableList(values);
    }

    private static BigDecimal decimal(String bound) {
        return bound == null ? null : new BigDecimal(bound.trim());
    }

    /**
     * A new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks a value and reports each violated facet; text with a character XML 1.0 cannot hold
     * is reported as {@code datatype} instead, since no document has it.
     *
     * @param validation where violations go
     * @param path the property path
     * @param value the value (a {@link String}, a {@link Number} or another built-in value); null is not checked
     */
    void check(Validation validation, String path, Object value) {
        if (value == null) {
            return;
        }
        String unwritable = value instanceof String ? XmlChars.unwritable((String) value) : null;
        if (unwritable != null) {
            // toXml() would refuse it; no document has such a value, so no facet applies to it
            validation.add(path, "datatype", unwritable);
            return;
        }
        if (!members.isEmpty() && value instanceof String) {
            checkUnion(validation, path, (String) value);
            return;
        }
        // the schema checks facets on the value after its whitespace rule: " AB " is "AB" to a token
        String lexical;
        try {
            lexical = value instanceof String ? whiteSpace.apply((String) value) : XmlValues.printAny(value);
        } catch (IllegalArgumentException noXmlSchemaForm) {
            // a value XML Schema has no text for (a date in year 0): toXml() would throw the same
            validation.add(path, "datatype", noXmlSchemaForm.getMessage());
            return;
        }
        if (value instanceof String && !textKind.isValid(lexical)) {
            // not a value of the type at all: its facets cannot apply (the schema reports only this too)
            validation.add(path, "datatype", "'" + shorten(lexical) + "' is not " + textKind.datatype());
            return;
        }
        String badItem = value instanceof String ? itemNotTaken(lexical) : null;
        if (badItem != null) {
            validation.add(path, "datatype", "item '" + shorten(badItem) + "' of '" + shorten(lexical)
                    + "' is not a value of the list's item type");
            return;
        }
        Object compared = value instanceof String ? valueOf(lexical, textKind) : value;
        BigDecimal number = compared instanceof String ? textKind.number(lexical) : toDecimal(compared);
        checkLengths(validation, path, lexical);
        checkPatterns(validation, path, lexical);
        if (!enumeration.isEmpty() && !inEnumeration(compared, lexical, number)) {
            validation.add(path, "enumeration", "'" + shorten(lexical) + "' is not one of " + enumeration);
        }
        if (fixedValue != null && !sameValue(fixedValue, compared, lexical, number)) {
            validation.add(path, "fixed", "'" + shorten(lexical) + "' is not the fixed value '" + fixedValue + "'");
        }
        if (compared instanceof Float || compared instanceof Double) {
            checkFloatingPointBounds(validation, path, ((Number) compared).doubleValue(), compared instanceof Float);
        } else if (number != null) {
            checkBounds(validation, path, number);
            checkDigits(validation, path, number);
        } else if (calendarBounds != null) {
            // a typed value as toXml() writes it (with its offset; a date without), a text with its time zone or none
            CalendarPoint point = value instanceof String ? XmlValues.readCalendar(textKind, lexical)
                    : CalendarPoint.of(value);
            if (point != null) {
                calendarBounds.check(validation, path, point, shorten(lexical));
            }
        }
    }

    /**
     * Checks a text of a union type: a value of one of its member types, else one {@code datatype}
     * violation that names them, and then the union's own facets, on the text collapsed (a pattern)
     * or on the value of the member type that takes it (the enumeration, the fixed value).
     */
    private void checkUnion(Validation validation, String path, String text) {
        FacetSet member = memberTaking(text);
        if (member == null) {
            validation.add(path, "datatype", "'" + shorten(text) + "' is not a value of " + unionDescription());
            return;
        }
        checkPatterns(validation, path, WhiteSpace.COLLAPSE.apply(text));
        Object value = member.valueOfText(text);
        if (!enumeration.isEmpty() && !inUnionEnumeration(value)) {
            validation.add(path, "enumeration", "'" + shorten(text) + "' is not one of " + enumeration);
        }
        if (fixedValue != null && !sameTypedValue(valueOfText(fixedValue), value)) {
            validation.add(path, "fixed", "'" + shorten(text) + "' is not the fixed value '" + fixedValue + "'");
        }
    }

    private boolean inUnionEnumeration(Object value) {
        for (Object allowed : enumerationValues) {
            if (sameTypedValue(allowed, value)) {
                return true;
            }
        }
        return false;
    }

    /** The first member type of a union that takes the text, in the union's order; null if none does. */
    private FacetSet memberTaking(String text) {
        for (FacetSet member : members) {
            if (member.takes(text)) {
                return member;
            }
        }
        return null;
    }

    /** Whether the text is a value of this type: of its lexical form, or a member type's, and within its facets. */
    private boolean takes(String text) {
        Validation probe = new Validation();
        check(probe, "", text);
        return probe.result().isValid();
    }

    /**
     * Why a text of a union type is no value of it, as {@code validate()} and strict reading report
     * it: {@code not a value of union type IntOrAuto (a value of xs:int or ...)}. Null when one of the
     * member types takes it, and for a type that is no union.
     *
     * @param text the text, as read
     * @return what is wrong, or null
     */
    String unionMismatch(String text) {
        return members.isEmpty() || memberTaking(text) != null ? null : "not a value of " + unionDescription();
    }

    /** "union type Name (xs:int or ...)", or for an anonymous union "an anonymous union type (...)". */
    private String unionDescription() {
        StringBuilder text = new StringBuilder(unionName == null ? "an anonymous union type"
                : "union type " + unionName).append(" (a value of ");
        for (int i = 0; i < memberNames.size(); i++) {
            text.append(i == 0 ? "" : i == memberNames.size() - 1 ? " or " : ", ").append(memberNames.get(i));
        }
        return text.append(')').toString();
    }

    /** The first item of a list type's text that its item type does not take; null if it takes each, or no list. */
    private String itemNotTaken(String lexical) {
        if (items == null) {
            return null;
        }
        for (String item : lexical.split("[ \t\n\r]+")) {
            if (!item.isEmpty() && !items.takes(item)) {
                return item;
            }
        }
        return null;
    }

    /**
     * The value a text of this type stands for, to compare with another as XML Schema compares
     * values: a number of any integer or decimal kind as a {@code BigDecimal}, a float or double as
     * its {@code Float} or {@code Double}, a boolean as a {@code Boolean}, a list as the list of its
     * items' values, a union's text as its member type's value, text of a string type as its
     * characters, and text of other kinds (dates, durations, binary data) as the kind with its text,
     * so that no two kinds have a value in common. Null for a text that is no value of the type.
     */
    private Object valueOfText(String text) {
        if (text == null) {
            return null;
        }
        if (!members.isEmpty()) {
            FacetSet member = memberTaking(text);
            return member == null ? null : member.valueOfText(text);
        }
        String lexical = whiteSpace.apply(text);
        if (!textKind.isValid(lexical)) {
            return null;
        }
        if (items != null) {
            List<Object> values = new ArrayList<Object>();
            for (String item : lexical.split("[ \t\n\r]+")) {
                if (!item.isEmpty()) {
                    values.add(items.valueOfText(item));
                }
            }
            return values;
        }
        switch (textKind) {
            case INTEGER:
            case DECIMAL:
                return textKind.number(lexical);
            case FLOAT:
            case DOUBLE:
                return valueOf(lexical, textKind);
            case BOOLEAN:
                return XmlValues.parseBoolean(lexical);
            case TEXT:
            case NCNAME:
            case NAME:
            case NMTOKEN:
            case LANGUAGE:
                return lexical;
            default:
                return new KindText(textKind, lexical);
        }
    }

    /** A text of a kind other than numbers, booleans and strings: equal to a text of the same kind only. */
    private static final class KindText {
        private final TextKind kind;
        private final String text;

        KindText(TextKind kind, String text) {
            this.kind = kind;
            this.text = text;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof KindText && ((KindText) o).kind == kind && ((KindText) o).text.equals(text);
        }

        @Override
        public int hashCode() {
            return 31 * kind.hashCode() + text.hashCode();
        }
    }

    /** Whether two values of {@link #valueOfText} are the same: numbers by value, lists item by item. */
    private static boolean sameTypedValue(Object one, Object other) {
        if (one == null || other == null) {
            return false;
        }
        if (one instanceof BigDecimal && other instanceof BigDecimal) {
            return ((BigDecimal) one).compareTo((BigDecimal) other) == 0;
        }
        if (one instanceof Float && other instanceof Float || one instanceof Double && other instanceof Double) {
            return FloatingPoint.same(((Number) one).doubleValue(), ((Number) other).doubleValue());
        }
        if (one instanceof List && other instanceof List) {
            List<?> ones = (List<?>) one;
            List<?> others = (List<?>) other;
            if (ones.size() != others.size()) {
                return false;
            }
            for (int i = 0; i < ones.size(); i++) {
                if (!sameTypedValue(ones.get(i), others.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return one.equals(other);
    }

    /**
     * What a text of a kind is compared as: a float or double as the {@code Float} or {@code Double}
     * it stands for (so that it compares as a typed one does), any other text as itself.
     */
    private static Object valueOf(String lexical, TextKind kind) {
        if (!kind.isFloatingPoint()) {
            return lexical;
        }
        double value = FloatingPoint.valueOf(lexical, kind == TextKind.FLOAT);
        return kind == TextKind.FLOAT ? (Object) Float.valueOf((float) value) : (Object) Double.valueOf(value);
    }

    /**
     * Whether a text is a value of the type at all: in the lexical space of its kind, after its
     * whitespace rule (each item of a list type in its item type's), or for a union a value of one of
     * its member types. A text that is not is reported once, as {@code datatype}, by {@link #check}.
     */
    boolean isOfTheType(String text) {
        if (!members.isEmpty()) {
            return memberTaking(text) != null;
        }
        String lexical = whiteSpace.apply(text);
        return textKind.isValid(lexical) && itemNotTaken(lexical) == null;
    }

    private void checkPatterns(Validation validation, String path, String lexical) {
        for (int i = 0; i < patterns.size(); i++) {
            if (!PatternMatch.matches(patterns.get(i), lexical)) {
                validation.add(path, "pattern", "'" + shorten(lexical) + "' does not match pattern " + patternTexts.get(i));
            }
        }
    }

    private void checkLengths(Validation validation, String path, String lexical) {
        if (length == null && minLength == null && maxLength == null) {
            return;
        }
        // the schema measures the value, not the text: octets of binary data, items of a list
        int size = textKind.length(lexical); // the text is a value of its kind: check() made sure
        if (textKind.isList()) {
            checkListLength(validation, path, size);
            return;
        }
        String unit = textKind.unit();
        if (length != null && size != length) {
            validation.add(path, "length", "length is " + size + unit + ", must be " + length);
        }
        if (minLength != null && size < minLength) {
            validation.add(path, "minLength", "length is " + size + unit + ", must be at least " + minLength);
        }
        if (maxLength != null && size > maxLength) {
            validation.add(path, "maxLength", "length is " + size + unit + ", must be at most " + maxLength);
        }
    }

    /**
     * Checks the length facets against the number of items of an {@code xs:list}.
     *
     * @param validation where violations go
     * @param path the property path
     * @param size the number of items
     */
    void checkListLength(Validation validation, String path, int size) {
        if (length != null && size != length) {
            validation.add(path, "length", "has " + size + " items, must have " + length);
        }
        if (minLength != null && size < minLength) {
            validation.add(path, "minLength", "has " + size + " items, must have at least " + minLength);
        }
        if (maxLength != null && size > maxLength) {
            validation.add(path, "maxLength", "has " + size + " items, must have at most " + maxLength);
        }
    }

    /**
     * Checks the facets of a list type against an {@code xs:list} value as a whole: length facets
     * count its items, patterns match its text, and an enumeration value, like a fixed value, is a
     * list of values.
     *
     * @param <T> the item type
     * @param validation where violations go
     * @param path the property path
     * @param items the items; an empty list is a present value with no items (an absent one is not checked)
     * @param printer prints one item
     */
    <T> void checkList(Validation validation, String path, List<T> items, Function<? super T, String> printer) {
        List<String> texts = printedItems(validation, path, items, printer);
        if (texts == null) {
            return; // an item with no text is not a value of the item type: the list is none of its list type
        }
        checkListLength(validation, path, items.size());
        if (patterns.isEmpty() && enumeration.isEmpty() && fixedValue == null) {
            return;
        }
        String lexical = XmlValues.printList(texts, Function.<String>identity());
        checkPatterns(validation, path, lexical);
        if (!itemsOfTheirKind(items, texts)) {
            return; // an item that is not a value of its type is the one violation, as the schema has it
        }
        if (!enumeration.isEmpty() && !inListEnumeration(items, texts)) {
            List<String> allowed = new ArrayList<String>();
            for (String value : enumeration) {
                allowed.add(WhiteSpace.COLLAPSE.apply(value));
            }
            validation.add(path, "enumeration", "'" + shorten(lexical) + "' is not one of " + allowed);
        }
        if (fixedValue != null && !sameList(fixedValue, items, texts)) {
            validation.add(path, "fixed", "'" + shorten(lexical) + "' is not the fixed value '"
                    + WhiteSpace.COLLAPSE.apply(fixedValue) + "'");
        }
    }

    /**
     * The items as the list's text has them, or null after reporting each item that has no text (a
     * date in year 0), or one with a character XML 1.0 cannot hold, as {@code datatype} at its path:
     * {@code toXml()} would fail to write either.
     */
    private static <T> List<String> printedItems(Validation validation, String path, List<T> items,
            Function<? super T, String> printer) {
        List<String> texts = new ArrayList<String>(items.size());
        boolean allPrinted = true;
        for (int i = 0; i < items.size(); i++) {
            String text;
            try {
                text = printer.apply(items.get(i));
            } catch (IllegalArgumentException noXmlSchemaForm) {
                validation.add(path + "[" + i + "]", "datatype", noXmlSchemaForm.getMessage());
                allPrinted = false;
                continue;
            }
            String unwritable = XmlChars.unwritable(text);
            if (unwritable != null) {
                validation.add(path + "[" + i + "]", "datatype", unwritable);
                allPrinted = false;
            }
            texts.add(text);
        }
        return allPrinted ? texts : null;
    }

    private boolean itemsOfTheirKind(List<?> items, List<String> texts) {
        if (itemTextKind == TextKind.TEXT) {
            return true;
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof String && !itemTextKind.isValid(texts.get(i))) {
                return false;
            }
        }
        return true;
    }

    private boolean inListEnumeration(List<?> items, List<String> texts) {
        for (String allowed : enumeration) {
            if (sameList(allowed, items, texts)) {
                return true;
            }
        }
        return false;
    }

    // An enumeration or fixed value of a list type is a list: the same number of items, each the same value.
    private boolean sameList(String allowed, List<?> items, List<String> texts) {
        String collapsed = WhiteSpace.COLLAPSE.apply(allowed);
        String[] values = collapsed.isEmpty() ? new String[0] : collapsed.split(" ");
        return values.length == items.size() && sameItems(values, items, texts);
    }

    private boolean sameItems(String[] values, List<?> items, List<String> texts) {
        for (int i = 0; i < values.length; i++) {
            Object item = items.get(i);
            String text = texts.get(i);
            // a numeric item kept as text is the number it stands for, as a single value of its kind is
            Object compared = item instanceof String && itemTextKind.isValid(text) ? valueOf(text, itemTextKind) : item;
            BigDecimal number = compared instanceof String ? itemTextKind.number(text) : toDecimal(compared);
            if (!sameValue(values[i], compared, text, number)) {
                return false;
            }
        }
        return true;
    }

    private void checkBounds(Validation validation, String path, BigDecimal number) {
        if (minInclusive != null && number.compareTo(minInclusive) < 0) {
            validation.add(path, "minInclusive", shorten(number.toPlainString()) + " is less than " + minInclusive.toPlainString());
        }
        if (maxInclusive != null && number.compareTo(maxInclusive) > 0) {
            validation.add(path, "maxInclusive", shorten(number.toPlainString()) + " is greater than " + maxInclusive.toPlainString());
        }
        if (minExclusive != null && number.compareTo(minExclusive) <= 0) {
            validation.add(path, "minExclusive", shorten(number.toPlainString()) + " must be greater than "
                    + minExclusive.toPlainString());
        }
        if (maxExclusive != null && number.compareTo(maxExclusive) >= 0) {
            validation.add(path, "maxExclusive", shorten(number.toPlainString()) + " must be less than "
                    + maxExclusive.toPlainString());
        }
    }

    /**
     * Bounds of {@code xs:float} and {@code xs:double}, compared in the value's own precision.
     * {@code NaN} is not ordered, so it is outside every bound; the schema reports the first bound
     * it checks (maximum before minimum), and so does this.
     */
    private void checkFloatingPointBounds(Validation validation, String path, double value, boolean single) {
        String shown = FloatingPoint.print(value, single);
        if (Double.isNaN(value)) {
            String[] names = {"maxInclusive", "maxExclusive", "minInclusive", "minExclusive"};
            BigDecimal[] bounds = {maxInclusive, maxExclusive, minInclusive, minExclusive};
            for (int i = 0; i < bounds.length; i++) {
                if (bounds[i] != null) {
                    validation.add(path, names[i], "NaN is not a number, so it is outside the bound "
                            + bounds[i].toPlainString());
                    return;
                }
            }
            return;
        }
        if (maxInclusive != null && value > FloatingPoint.valueOf(maxInclusive, single)) {
            validation.add(path, "maxInclusive", shown + " is greater than " + maxInclusive.toPlainString());
        }
        if (maxExclusive != null && value >= FloatingPoint.valueOf(maxExclusive, single)) {
            validation.add(path, "maxExclusive", shown + " must be less than " + maxExclusive.toPlainString());
        }
        if (minInclusive != null && value < FloatingPoint.valueOf(minInclusive, single)) {
            validation.add(path, "minInclusive", shown + " is less than " + minInclusive.toPlainString());
        }
        if (minExclusive != null && value <= FloatingPoint.valueOf(minExclusive, single)) {
            validation.add(path, "minExclusive", shown + " must be greater than " + minExclusive.toPlainString());
        }
    }

    private void checkDigits(Validation validation, String path, BigDecimal number) {
        if (totalDigits != null) {
            int digits = totalDigits(number);
            if (digits > totalDigits) {
                validation.add(path, "totalDigits", shorten(number.toPlainString()) + " has " + digits
                        + " digits, at most " + totalDigits + " allowed");
            }
        }
        if (fractionDigits != null) {
            int digits = fractionDigits(number);
            if (digits > fractionDigits) {
                validation.add(path, "fractionDigits", shorten(number.toPlainString()) + " has " + digits
                        + " fraction digits, at most " + fractionDigits + " allowed");
            }
        }
    }

    private boolean inEnumeration(Object value, String lexical, BigDecimal number) {
        for (String allowed : enumeration) {
            if (sameValue(allowed, value, lexical, number)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code allowed}, a lexical value from the schema, is the same value as {@code value}:
     * numbers by value ("1.0" is 1; a float or double in its own precision, NaN equal to NaN),
     * booleans ("1" is true), dates and times as instants ("+08:00" and "Z" can be the same time),
     * text by its characters. Other types kept as text (durations, base64) compare as text.
     */
    private static boolean sameValue(String allowed, Object value, String lexical, BigDecimal number) {
        if (allowed.equals(lexical)) {
            return true;
        }
        try {
            if (value instanceof Float || value instanceof Double) {
                boolean single = value instanceof Float;
                String text = allowed.trim();
                return TextKind.FLOAT.isValid(text)
                        && FloatingPoint.same(FloatingPoint.valueOf(text, single), ((Number) value).doubleValue());
            }
            if (number != null) {
                return new BigDecimal(allowed.trim()).compareTo(number) == 0;
            }
            if (value instanceof Boolean) {
                return value.equals(XmlValues.parseBoolean(allowed));
            }
            if (value instanceof OffsetDateTime) {
                return ((OffsetDateTime) value).isEqual(XmlValues.parseDateTime(allowed));
            }
            if (value instanceof OffsetTime) {
                return ((OffsetTime) value).isEqual(XmlValues.parseTime(allowed));
            }
            if (value instanceof LocalDate) {
                return value.equals(XmlValues.parseDate(allowed));
            }
        } catch (IllegalArgumentException | DateTimeException notOfTheType) {
            // a schema value that does not parse as the value's type cannot equal it
        }
        return false;
    }

    // XML Schema 1.0 (4.3.11) allows i * 10^-n with |i| < 10^totalDigits and 0 <= n <= totalDigits: the digits of
    // the integer part without leading zeros plus those of the fraction without trailing zeros (0.050 has 2, 12.5
    // has 3, 100 has 3, 0 has 1). Counted on the plain text: BigDecimal.stripTrailingZeros divides by ten once per
    // zero, quadratic in the digits.
    static int totalDigits(BigDecimal number) {
        String plain = number.abs().toPlainString();
        int point = plain.indexOf('.');
        String integer = point < 0 ? plain : plain.substring(0, point);
        int first = 0;
        while (first < integer.length() && integer.charAt(first) == '0') {
            first++;
        }
        int fraction = point < 0 ? 0 : withoutTrailingZeros(plain.substring(point + 1)).length();
        return Math.max(1, integer.length() - first + fraction);
    }

    // Digits after the point once trailing zeros go: 1.50 has 1, 100 has 0.
    static int fractionDigits(BigDecimal number) {
        String plain = number.toPlainString();
        int point = plain.indexOf('.');
        return point < 0 ? 0 : withoutTrailingZeros(plain.substring(point + 1)).length();
    }

    private static String withoutTrailingZeros(String digits) {
        int end = digits.length();
        while (end > 0 && digits.charAt(end - 1) == '0') {
            end--;
        }
        return digits.substring(0, end);
    }

    private static BigDecimal toDecimal(Object value) {
        if (value instanceof BigDecimal) {
            return (BigDecimal) value;
        }
        if (value instanceof BigInteger) {
            return new BigDecimal((BigInteger) value);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        return null; // Float and Double are compared as FloatingPoint values
    }

    private static String shorten(String text) {
        return text.length() > 64 ? text.substring(0, 64) + "..." : text;
    }

    /**
     * Builds a {@link FacetSet}; bounds are given as written in the schema: decimal text, or a date or time for
     * a date or time {@link #textKind(TextKind) text kind}, read when the set is built.
     */
    public static final class Builder {
        private final List<String> enumeration = new ArrayList<String>();
        private final List<String> patterns = new ArrayList<String>();
        private String minInclusive;
        private String maxInclusive;
        private String minExclusive;
        private String maxExclusive;
        private Integer length;
        private Integer minLength;
        private Integer maxLength;
        private Integer totalDigits;
        private Integer fractionDigits;
        private WhiteSpace whiteSpace = WhiteSpace.PRESERVE;
        private WhiteSpace enumerationWhiteSpace;
        private TextKind textKind = TextKind.TEXT;
        private TextKind itemTextKind = TextKind.TEXT;
        private String fixedValue;
        private String unionName;
        private final List<FacetSet> members = new ArrayList<FacetSet>();
        private final List<String> memberNames = new ArrayList<String>();
        private FacetSet items;

        private Builder() {
        }

        /**
         * Names the union type whose member types {@link #member} adds, for messages; a union without
         * a name is an anonymous one.
         *
         * @param typeName the union type's name, such as {@code IntOrAuto}
         * @return this builder
         */
        public Builder union(String typeName) {
            unionName = typeName;
            return this;
        }

        /**
         * Adds a member type of a union, in the union's order: the facets become those of a union
         * type, a text is a value of it when one of its member types takes it, and the facets set
         * here besides ({@code pattern}, {@code enumeration}, the fixed value) are the union's own.
         * Whitespace is each member type's own: with {@code xs:int} and an enumeration of
         * {@code xs:string}, {@code " 5 "} is the {@code xs:int} 5, and {@code " auto"} is not
         * {@code auto}.
         *
         * @param typeName the member type's name for messages, such as {@code xs:int}
         * @param facets the member type's facets, with its whitespace rule and text kind (a union's,
         *     for a member type that is one; with {@link #items} for a list type)
         * @return this builder
         */
        public Builder member(String typeName, FacetSet facets) {
            if (facets == null) {
                throw new IllegalArgumentException("the facets of member type " + typeName + " are null");
            }
            memberNames.add(typeName);
            members.add(facets);
            return this;
        }

        /**
         * Sets the facets of the item type of a list type whose values are kept as one text, such
         * as a member type of a union: each item of the text, split at whitespace, must be a value
         * of the item type, and the list's own facets apply to the text as a whole (set
         * {@link TextKind#LIST}, so that length facets count items).
         *
         * @param itemFacets the facets of the item type
         * @return this builder
         */
        public Builder items(FacetSet itemFacets) {
            items = itemFacets;
            return this;
        }

        /**
         * Adds allowed values, read by the {@link #enumerationWhiteSpace(WhiteSpace) whitespace rule of
         * the enumeration}.
         *
         * @param values the lexical values, as written in the schema
         * @return this builder
         */
        public Builder enumeration(String... values) {
            Collections.addAll(enumeration, values);
            return this;
        }

        /**
         * Adds a pattern; a value must match every pattern added.
         *
         * @param xsdPattern the XSD pattern
         * @return this builder
         * @throws IllegalArgumentException when built, if the pattern is invalid
         */
        public Builder pattern(String xsdPattern) {
            patterns.add(xsdPattern);
            return this;
        }

        /**
         * Sets minInclusive.
         *
         * @param value decimal text; for a date or time {@link #textKind(TextKind) text kind}, a value of its
         *     type ({@code 2024-01-31} for {@link TextKind#DATE}), with or without a time zone
         * @return this builder
         * @throws IllegalArgumentException when built, if the value is not a number or a value of the kind's type
         */
        public Builder minInclusive(String value) {
            minInclusive = value;
            return this;
        }

        /**
         * Sets maxInclusive.
         *
         * @param value decimal text; for a date or time {@link #textKind(TextKind) text kind}, a value of its
         *     type ({@code 2024-01-31} for {@link TextKind#DATE}), with or without a time zone
         * @return this builder
         * @throws IllegalArgumentException when built, if the value is not a number or a value of the kind's type
         */
        public Builder maxInclusive(String value) {
            maxInclusive = value;
            return this;
        }

        /**
         * Sets minExclusive.
         *
         * @param value decimal text; for a date or time {@link #textKind(TextKind) text kind}, a value of its
         *     type ({@code 2024-01-31} for {@link TextKind#DATE}), with or without a time zone
         * @return this builder
         * @throws IllegalArgumentException when built, if the value is not a number or a value of the kind's type
         */
        public Builder minExclusive(String value) {
            minExclusive = value;
            return this;
        }

        /**
         * Sets maxExclusive.
         *
         * @param value decimal text; for a date or time {@link #textKind(TextKind) text kind}, a value of its
         *     type ({@code 2024-01-31} for {@link TextKind#DATE}), with or without a time zone
         * @return this builder
         * @throws IllegalArgumentException when built, if the value is not a number or a value of the kind's type
         */
        public Builder maxExclusive(String value) {
            maxExclusive = value;
            return this;
        }

        /**
         * Sets the exact length.
         *
         * @param value characters, or what the {@link #textKind(TextKind) text kind} counts (items for a list)
         * @return this builder
         */
        public Builder length(int value) {
            length = value;
            return this;
        }

        /**
         * Sets minLength.
         *
         * @param value characters, or what the {@link #textKind(TextKind) text kind} counts (items for a list)
         * @return this builder
         */
        public Builder minLength(int value) {
            minLength = value;
            return this;
        }

        /**
         * Sets maxLength.
         *
         * @param value characters, or what the {@link #textKind(TextKind) text kind} counts (items for a list)
         * @return this builder
         */
        public Builder maxLength(int value) {
            maxLength = value;
            return this;
        }

        /**
         * Sets totalDigits.
         *
         * @param value maximum digits
         * @return this builder
         */
        public Builder totalDigits(int value) {
            totalDigits = value;
            return this;
        }

        /**
         * Sets fractionDigits.
         *
         * @param value maximum digits after the decimal point
         * @return this builder
         */
        public Builder fractionDigits(int value) {
            fractionDigits = value;
            return this;
        }

        /**
         * Sets the type's whitespace rule: a text value is normalized by it before the other
         * facets are checked, as the schema does. The default is {@link WhiteSpace#PRESERVE}.
         *
         * @param value the rule
         * @return this builder
         */
        public Builder whiteSpace(WhiteSpace value) {
            if (value == null) {
                throw new IllegalArgumentException("whiteSpace is null; pass WhiteSpace.PRESERVE for xs:string");
            }
            whiteSpace = value;
            return this;
        }

        /**
         * Sets the whitespace rule the {@link #enumeration(String...) enumeration} values are read by:
         * that of the base type of the restriction that declares them, whose values they are (XML
         * Schema Part 2, 4.3.5). It differs from the type's own rule only where that restriction, or
         * one derived from it, adds a {@code whiteSpace} facet: {@code " a "} of an {@code xs:string}
         * restricted to {@code collapse} is read by {@link WhiteSpace#PRESERVE} and stays
         * {@code " a "}, which no collapsed value equals, while {@code " a "} of an {@code xs:token}
         * is {@code "a"}. The default is the type's own rule, set by {@link #whiteSpace(WhiteSpace)}.
         *
         * @param value the base type's rule
         * @return this builder
         */
        public Builder enumerationWhiteSpace(WhiteSpace value) {
            if (value == null) {
                throw new IllegalArgumentException("enumerationWhiteSpace is null; pass the whitespace rule of the"
                        + " restriction's base type (WhiteSpace.PRESERVE for xs:string)");
            }
            enumerationWhiteSpace = value;
            return this;
        }

        /**
         * Sets what a value kept as text is to the schema: how length facets measure it (octets of
         * binary data, items of a list) and whether bounds compare it as a number. The default is
         * {@link TextKind#TEXT}; values that are not strings are measured by their own type.
         *
         * @param value the kind
         * @return this builder
         */
        public Builder textKind(TextKind value) {
            if (value == null) {
                throw new IllegalArgumentException("textKind is null; pass TextKind.TEXT for characters");
            }
            textKind = value;
            return this;
        }

        /**
         * Sets what the items of an {@code xs:list} checked against these facets as a whole are,
         * when they are kept as text (the raw items of a list of a numeric enum): an enumeration
         * or fixed value of the list then meets items that are the same numbers ({@code 01 2}
         * meets {@code 1 2} for items of {@code xs:int}), and a list with an item that is no
         * number of the kind is not compared at all (the item's own check reports it). The default, {@link TextKind#TEXT}, compares
         * text items by their characters; items that are not strings compare by their own type.
         *
         * @param value the kind of the items
         * @return this builder
         */
        public Builder itemTextKind(TextKind value) {
            if (value == null) {
                throw new IllegalArgumentException("itemTextKind is null; pass TextKind.TEXT for characters");
            }
            itemTextKind = value;
            return this;
        }

        /**
         * Sets the {@code fixed} value of the element or attribute: a value that is present must
         * equal it (numbers by value, text after the whitespace rule).
         *
         * @param lexical the fixed value as written in the schema
         * @return this builder
         */
        public Builder fixed(String lexical) {
            fixedValue = lexical;
            return this;
        }

        /**
         * Builds the set, compiling the patterns.
         *
         * @return the facets
         * @throws IllegalArgumentException if a pattern is invalid, or a bound is not a value of the text kind's
         *     type (a number, or a date or time for those kinds)
         */
        public FacetSet build() {
            return new FacetSet(this);
        }
    }
}
