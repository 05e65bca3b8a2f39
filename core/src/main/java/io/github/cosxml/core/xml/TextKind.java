package io.github.cosxml.core.xml;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * What a value that generated code keeps as a {@code String} is to XML Schema, which decides how
 * {@link FacetSet} measures, compares and checks it: the schema applies length facets to the octets
 * of a binary value and to the items of a list, not to the characters of the text, bounds to the
 * number a numeric text stands for, and each built-in type its own lexical form (an
 * {@code xs:NCName} has no {@code ':'}, an {@code xs:duration} starts with {@code P}, an
 * {@code xs:gMonthDay} is a day its month has), and bounds on dates and times to the instants
 * they stand for, in XML Schema 1.0's partial order (the kinds {@link #DATE_TIME}, {@link #DATE}
 * and {@link #TIME} also serve the typed values of those types). Set with
 * {@link FacetSet.Builder#textKind(TextKind)}.
 */
public enum TextKind {
    /** Text: length facets count characters (Unicode code points). The default. */
    TEXT("", null, null),
    /**
     * An {@code xs:float} kept as text, such as the raw text of an enum of {@code xs:float}: a
     * decimal number with an optional exponent, or {@code INF}, {@code -INF} or {@code NaN},
     * compared as the single-precision value it stands for ({@code 1000} is {@code 1E3}).
     */
    FLOAT("", "xs:float (a number with an optional exponent, such as 2.5 or 1E3, or INF, -INF or NaN)",
            FloatingPoint.LEXICAL),
    /** Like {@link #FLOAT}, for {@code xs:double}: compared as the double-precision value. */
    DOUBLE("", "xs:double (a number with an optional exponent, such as 2.5 or 1E3, or INF, -INF or NaN)",
            FloatingPoint.LEXICAL),
    /**
     * An {@code xs:integer} (or {@code xs:int}, {@code xs:long}, ...) kept as text, such as the raw
     * text of an enum of {@code xs:int}: digits with an optional sign, compared as the number they
     * stand for ({@code 2.0} is not an integer).
     */
    INTEGER("", "xs:integer (digits with an optional sign, such as 2 or -15)", "[+\\-]?[0-9]+"),
    /**
     * An {@code xs:decimal} kept as text: a decimal number without exponent, compared as the
     * number it stands for ({@code 2E0} is not a decimal).
     */
    DECIMAL("", "xs:decimal (a number without exponent, such as 2.5 or -0.01)",
            "[+\\-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)"),
    /**
     * {@code xs:boolean} kept as text, such as a member type of a union: {@code true}, {@code false},
     * {@code 1} or {@code 0}, compared as the truth value it stands for ({@code 1} is {@code true}).
     */
    BOOLEAN("", "xs:boolean (true, false, 1 or 0)", "true|false|1|0"),
    /** {@code xs:hexBinary}: two hex digits per octet; length facets count octets. */
    HEX_BINARY(" octets", "xs:hexBinary (two hex digits per octet)", null),
    /** {@code xs:base64Binary}: length facets count the decoded octets; whitespace does not count. */
    BASE64_BINARY(" octets", "xs:base64Binary (groups of four base64 characters)", null),
    /**
     * A whitespace-separated list kept as one text, such as an {@code xs:list} bound to a
     * {@code jaxb:javaType}: length facets count items ({@code xs:NMTOKENS}, {@code xs:IDREFS} and
     * {@code xs:ENTITIES} have kinds of their own, which also check each item).
     */
    LIST(" items", null, null),
    /** {@code xs:NMTOKENS}: a list kept as one text whose items are {@code xs:NMTOKEN}s; length facets count items. */
    NMTOKENS(" items", "xs:NMTOKENS (name tokens separated by spaces, such as a-1 2.b)", "\\c+"),
    /**
     * {@code xs:IDREFS} and {@code xs:ENTITIES}: a list kept as one text whose items are
     * {@code xs:NCName}s; length facets count items.
     */
    NCNAMES(" items", "a list of xs:NCName (names without ':' separated by spaces, such as a1 b-2)",
            "[\\i-[:]][\\c-[:]]*"),
    /** {@code xs:NCName} and its derivations {@code xs:ID}, {@code xs:IDREF}, {@code xs:ENTITY}: a name without {@code ':'}. */
    NCNAME("", "xs:NCName (an XML name without ':', such as item-1)", "[\\i-[:]][\\c-[:]]*"),
    /** {@code xs:Name}: an XML name. */
    NAME("", "xs:Name (an XML name, such as item-1 or ns:item)", "\\i\\c*"),
    /**
     * {@code xs:QName}: an {@code xs:NCName}, with an optional prefix and {@code ':'} before it. Only
     * the form is checked: whether the prefix is bound where the value is written is not known here.
     */
    QNAME("", "xs:QName (an XML name with an optional prefix, such as item or ns:item)",
            "([\\i-[:]][\\c-[:]]*:)?[\\i-[:]][\\c-[:]]*"),
    /** {@code xs:NMTOKEN}: one or more XML name characters. */
    NMTOKEN("", "xs:NMTOKEN (name characters only, such as 2024-a)", "\\c+"),
    /** {@code xs:language}: a language tag. */
    LANGUAGE("", "xs:language (a language tag, such as en or zh-CN)", "[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*"),
    /** {@code xs:duration}: {@code PnYnMnDTnHnMnS}, each part optional but one, a {@code T} only before a time part. */
    DURATION("", "xs:duration (such as P1Y2M3DT4H5M6.5S or -PT30M)", "-?P(" + DurationParts.DATE + "("
            + DurationParts.TIME + ")?|" + DurationParts.TIME + ")"),
    /** {@code xs:gYear}: a year, optionally with a time zone. */
    G_YEAR("", "xs:gYear (such as 2024 or 2024+08:00)", CalendarParts.YEAR + CalendarParts.ZONE),
    /** {@code xs:gYearMonth}: a year and a month. */
    G_YEAR_MONTH("", "xs:gYearMonth (such as 2024-05)", CalendarParts.YEAR + "-" + CalendarParts.MONTH
            + CalendarParts.ZONE),
    /** {@code xs:gMonth}: a month of every year; {@code --05--}, the form of the first edition of XSD 1.0, too. */
    G_MONTH("", "xs:gMonth (such as --05)", "--" + CalendarParts.MONTH + "(--)?" + CalendarParts.ZONE),
    /** {@code xs:gDay}: a day of every month. */
    G_DAY("", "xs:gDay (such as ---09)", "---" + CalendarParts.DAY + CalendarParts.ZONE),
    /** {@code xs:gMonthDay}: a day of every year, one that month has (February 29 included). */
    G_MONTH_DAY("", "xs:gMonthDay (such as --05-09)", "--" + CalendarParts.MONTH_DAY + CalendarParts.ZONE),
    /**
     * {@code xs:dateTime}: read by {@link XmlValues}, its bounds compared in XML Schema 1.0's partial
     * order, as those of an {@code OffsetDateTime} are (set this kind for typed values with bounds too).
     */
    DATE_TIME("", "xs:dateTime (such as 2024-01-31T12:00:00Z)", null),
    /** {@code xs:date}: like {@link #DATE_TIME}, for dates ({@code LocalDate}). */
    DATE("", "xs:date (such as 2024-01-31)", null),
    /** {@code xs:time}: like {@link #DATE_TIME}, for times ({@code OffsetTime}). */
    TIME("", "xs:time (such as 12:00:00Z)", null);

    private final String unit;
    private final String datatype;
    private final Pattern lexical;

    TextKind(String unit, String datatype, String xsdPattern) {
        this.unit = unit;
        this.datatype = datatype;
        this.lexical = xsdPattern == null ? null : XsdRegex.compile(xsdPattern);
    }

    /** The parts of the calendar patterns: no year 0000, months 01-12, time zones from -14:00 to +14:00. */
    private static final class CalendarParts {
        static final String YEAR = "-?([1-9][0-9]{3,}|0[1-9][0-9]{2}|00[1-9][0-9]|000[1-9])";
        static final String MONTH = "(0[1-9]|1[0-2])";
        static final String DAY = "(0[1-9]|[12][0-9]|3[01])";
        static final String MONTH_DAY = "(" + MONTH + "-(0[1-9]|[12][0-9])|(0[13-9]|1[0-2])-30|(0[13578]|1[02])-31)";
        static final String ZONE = "(Z|[+\\-]((0[0-9]|1[0-3]):[0-5][0-9]|14:00))?";

        private CalendarParts() {
        }
    }

    /** The parts of the duration pattern, apart so that it reads as the grammar does. */
    private static final class DurationParts {
        static final String SECONDS = "([0-9]+(\\.[0-9]+)?|\\.[0-9]+)S";
        static final String DATE = "([0-9]+Y([0-9]+M)?([0-9]+D)?|[0-9]+M([0-9]+D)?|[0-9]+D)";
        static final String TIME = "T([0-9]+H([0-9]+M)?(" + SECONDS + ")?|[0-9]+M(" + SECONDS + ")?|" + SECONDS + ")";

        private DurationParts() {
        }
    }

    /**
     * Whether the text is in the lexical space of this kind's type: always for text and lists, else
     * by the type's rule.
     *
     * @param lexical the text, after the type's whitespace rule
     * @return true if XML Schema accepts the text as a value of the type
     */
    boolean isValid(String lexical) {
        if (this == HEX_BINARY || this == BASE64_BINARY) {
            return length(lexical) >= 0;
        }
        if (isCalendar()) {
            try {
                XmlValues.readCalendar(this, lexical);
                return true;
            } catch (IllegalArgumentException notOfTheType) {
                return false;
            }
        }
        if (this.lexical == null) {
            return true;
        }
        if (!isList()) {
            return PatternMatch.matches(this.lexical, lexical);
        }
        for (String item : lexical.split("[ \t\n\r]+")) {
            // no items at all is a length, for minLength (1 for these types) to report
            if (!item.isEmpty() && !PatternMatch.matches(this.lexical, item)) {
                return false;
            }
        }
        return true;
    }

    /** Whether values of this kind are lists kept as one text, whose length facets count items. */
    boolean isList() {
        return this == LIST || this == NMTOKENS || this == NCNAMES;
    }

    /**
     * The length XML Schema gives a value of this kind.
     *
     * @param lexical the text, after the type's whitespace rule
     * @return characters, octets or items; -1 if the text is not binary data of this kind
     */
    int length(String lexical) {
        switch (this) {
            case HEX_BINARY:
                return BinaryOctets.ofHex(lexical);
            case BASE64_BINARY:
                return BinaryOctets.ofBase64(lexical);
            default:
                return isList() ? items(lexical) : lexical.codePointCount(0, lexical.length());
        }
    }

    /** What a length of this kind counts, for messages: empty for characters, else " octets" or " items". */
    String unit() {
        return unit;
    }

    /** The data type of a kind whose text can be invalid, for messages; else null. */
    String datatype() {
        return datatype;
    }

    /** Whether values of this kind are dates or times, whose bounds are {@link CalendarBounds}. */
    boolean isCalendar() {
        return this == DATE_TIME || this == DATE || this == TIME;
    }

    /** Whether values of this kind are {@code xs:float} or {@code xs:double}, compared as {@link FloatingPoint} values. */
    boolean isFloatingPoint() {
        return this == FLOAT || this == DOUBLE;
    }

    /**
     * The number a text of an integer or decimal kind stands for.
     *
     * @param lexical the text, after the type's whitespace rule
     * @return the number, or null if this kind is not an integer or decimal kind or the text is not a number
     */
    BigDecimal number(String lexical) {
        if (this != INTEGER && this != DECIMAL) {
            return null;
        }
        try {
            return new BigDecimal(lexical.trim());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static int items(String text) {
        int items = 0;
        boolean inItem = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = isXmlSpace(text.charAt(i));
            if (!space && !inItem) {
                items++;
            }
            inItem = !space;
        }
        return items;
    }

    static boolean isXmlSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
}
