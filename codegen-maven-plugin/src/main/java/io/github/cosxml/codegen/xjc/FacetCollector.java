package io.github.cosxml.codegen.xjc;

import com.sun.xml.xsom.XSFacet;
import com.sun.xml.xsom.XSSimpleType;
import com.sun.xml.xsom.XSUnionSimpleType;
import io.github.cosxml.codegen.model.CalendarBounds;
import io.github.cosxml.codegen.model.Facets;
import io.github.cosxml.codegen.model.TextKind;
import io.github.cosxml.codegen.model.UnionType;
import io.github.cosxml.codegen.model.WhiteSpace;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/**
 * Collects the restriction facets of a simple type along its derivation chain, up to the first
 * built-in type: the most derived value of each bound wins, each derivation step contributes one
 * pattern (its own patterns OR-ed), and the most derived enumeration wins. The whitespace rule
 * is the most derived {@code whiteSpace} facet, else the built-in type's; the enumeration's values
 * are read by the rule of the base type of the step that declares them ({@link #enumerationWhiteSpace}).
 * The text kind comes from the nearest built-in type that has one ({@code xs:integer} for an
 * {@code xs:int}, else the primitive type).
 * A step's several patterns are each checked alone before they are OR-ed. Bounds are numbers, or
 * for {@code xs:dateTime}, {@code xs:date} and {@code xs:time} their text ({@link CalendarBounds});
 * bounds of the types kept as {@code String} ({@code xs:duration}, {@code xs:gYear}, ...) are dropped.
 * A union (or a restriction of one) has its member types' facets besides ({@link #union}).
 */
final class FacetCollector {
    private static final Map<String, TextKind> BUILTIN_TEXT_KINDS = Map.ofEntries(
            Map.entry("hexBinary", TextKind.HEX_BINARY), Map.entry("base64Binary", TextKind.BASE64_BINARY),
            Map.entry("NMTOKENS", TextKind.NMTOKENS), Map.entry("IDREFS", TextKind.NCNAMES),
            Map.entry("ENTITIES", TextKind.NCNAMES),
            Map.entry("integer", TextKind.INTEGER), Map.entry("decimal", TextKind.DECIMAL),
            Map.entry("float", TextKind.FLOAT), Map.entry("double", TextKind.DOUBLE),
            Map.entry("NCName", TextKind.NCNAME), Map.entry("Name", TextKind.NAME), Map.entry("QName", TextKind.QNAME),
            Map.entry("NMTOKEN", TextKind.NMTOKEN),
            Map.entry("language", TextKind.LANGUAGE), Map.entry("duration", TextKind.DURATION),
            Map.entry("gYear", TextKind.G_YEAR), Map.entry("gYearMonth", TextKind.G_YEAR_MONTH),
            Map.entry("gMonth", TextKind.G_MONTH), Map.entry("gDay", TextKind.G_DAY),
            Map.entry("gMonthDay", TextKind.G_MONTH_DAY), Map.entry("dateTime", TextKind.DATE_TIME),
            Map.entry("date", TextKind.DATE), Map.entry("time", TextKind.TIME));
    /** A date's year, month and day, and whether a date-time's time is 24:00:00 (which the schema checked). */
    private static final Pattern DATE_START = Pattern.compile("-?([0-9]+)-([0-9]{2})-([0-9]{2})(T24:)?");
    private static final String[] BOUND_FACETS = {XSFacet.FACET_MININCLUSIVE, XSFacet.FACET_MAXINCLUSIVE,
        XSFacet.FACET_MINEXCLUSIVE, XSFacet.FACET_MAXEXCLUSIVE};

    /**
     * The bounds of the built-in integer types whose Java type does not bound them (XML Schema Part 2, 3.3.20
     * to 3.3.25): minInclusive and maxInclusive, null for none. {@code xs:int} and the like are {@code Integer}s.
     */
    private static final Map<String, BigDecimal[]> BUILTIN_BOUNDS = Map.of(
            "nonNegativeInteger", bounds("0", null),
            "positiveInteger", bounds("1", null),
            "nonPositiveInteger", bounds(null, "0"),
            "negativeInteger", bounds(null, "-1"),
            "unsignedLong", bounds("0", "18446744073709551615"),
            "unsignedInt", bounds("0", "4294967295"),
            "unsignedShort", bounds("0", "65535"),
            "unsignedByte", bounds("0", "255"));
    /**
     * The bounds of the built-in integer types whose Java type bounds them, for where their values are
     * text: a member type of a union, whose values are a {@code String}.
     */
    private static final Map<String, BigDecimal[]> JAVA_BOUNDS = Map.of(
            "int", bounds("-2147483648", "2147483647"),
            "long", bounds("-9223372036854775808", "9223372036854775807"),
            "short", bounds("-32768", "32767"),
            "byte", bounds("-128", "127"));
    /** The built-in list types, which have at least one item. */
    private static final Set<String> BUILTIN_LISTS = Set.of("NMTOKENS", "IDREFS", "ENTITIES");

    private FacetCollector() {
    }

    private static BigDecimal[] bounds(String min, String max) {
        return new BigDecimal[] {min == null ? null : new BigDecimal(min), max == null ? null : new BigDecimal(max)};
    }

    /**
     * The facets of a simple type.
     *
     * @throws SchemaException if a pattern of a step with several is not a regular expression alone, or a bound
     *     of a date or time type is in a year beyond java.time's
     */
    static Facets of(XSSimpleType type) throws SchemaException {
        return of(type, false);
    }

    /**
     * The facets of a simple type; as text, also those its Java type would have held: the range of
     * an {@code xs:int} (and {@code xs:long}, {@code xs:short}, {@code xs:byte}), and the lexical form
     * of an {@code xs:boolean}.
     */
    private static Facets of(XSSimpleType type, boolean asText) throws SchemaException {
        List<String> enumeration = null;
        List<String> patterns = new ArrayList<>();
        BigDecimal minInclusive = null;
        BigDecimal maxInclusive = null;
        BigDecimal minExclusive = null;
        BigDecimal maxExclusive = null;
        Integer length = null;
        Integer minLength = null;
        Integer maxLength = null;
        Integer totalDigits = null;
        Integer fractionDigits = null;
        TextKind kind = asText ? textKindAsText(type) : textKind(type);
        String[] calendarBounds = new String[BOUND_FACETS.length];
        for (XSSimpleType step = type; step != null && !isBuiltin(step) && step.isRestriction();
                step = step.getSimpleBaseType()) {
            var restriction = step.asRestriction();
            List<XSFacet> stepEnums = restriction.getDeclaredFacets(XSFacet.FACET_ENUMERATION);
            if (enumeration == null && !stepEnums.isEmpty()) {
                enumeration = stepEnums.stream().map(f -> f.getValue().value).toList();
            }
            List<XSFacet> stepPatterns = restriction.getDeclaredFacets(XSFacet.FACET_PATTERN);
            if (!stepPatterns.isEmpty()) {
                patterns.add(orPatterns(stepPatterns));
            }
            for (int i = 0; kind.isCalendar() && i < BOUND_FACETS.length; i++) {
                calendarBounds[i] = first(calendarBounds[i], calendarBound(restriction.getDeclaredFacet(BOUND_FACETS[i]),
                        kind));
            }
            minInclusive = first(minInclusive, decimal(restriction.getDeclaredFacet(XSFacet.FACET_MININCLUSIVE)));
            maxInclusive = first(maxInclusive, decimal(restriction.getDeclaredFacet(XSFacet.FACET_MAXINCLUSIVE)));
            minExclusive = first(minExclusive, decimal(restriction.getDeclaredFacet(XSFacet.FACET_MINEXCLUSIVE)));
            maxExclusive = first(maxExclusive, decimal(restriction.getDeclaredFacet(XSFacet.FACET_MAXEXCLUSIVE)));
            length = first(length, integer(restriction.getDeclaredFacet(XSFacet.FACET_LENGTH)));
            minLength = first(minLength, integer(restriction.getDeclaredFacet(XSFacet.FACET_MINLENGTH)));
            maxLength = first(maxLength, integer(restriction.getDeclaredFacet(XSFacet.FACET_MAXLENGTH)));
            totalDigits = first(totalDigits, integer(restriction.getDeclaredFacet(XSFacet.FACET_TOTALDIGITS)));
            fractionDigits = first(fractionDigits,
                    integer(restriction.getDeclaredFacet(XSFacet.FACET_FRACTIONDIGITS)));
        }
        // then what the built-in base has by definition (XML Schema Part 2, 3.3): xs:unsignedByte is 0 to 255,
        // xs:NMTOKENS has at least one item; a bound the schema narrowed stays the schema's
        for (XSSimpleType builtin = builtinBase(type); builtin != null; builtin = builtin.getSimpleBaseType()) {
            String name = builtin.isLocal() ? "" : builtin.getName(); // XSOM's built-in lists have anonymous parts
            BigDecimal[] bounds = asText && JAVA_BOUNDS.containsKey(name) ? JAVA_BOUNDS.get(name)
                    : BUILTIN_BOUNDS.get(name);
            if (bounds != null) {
                minInclusive = first(minInclusive, bounds[0]);
                maxInclusive = first(maxInclusive, bounds[1]);
            }
            if (BUILTIN_LISTS.contains(name)) {
                minLength = first(minLength, 1);
            }
        }
        WhiteSpace rule = whiteSpace(type);
        WhiteSpace enumerationRule = enumeration == null ? rule : enumerationWhiteSpace(type);
        return new Facets(enumeration, patterns, minInclusive, maxInclusive, minExclusive, maxExclusive,
                new CalendarBounds(calendarBounds[0], calendarBounds[1], calendarBounds[2], calendarBounds[3]), length,
                minLength, maxLength, totalDigits, fractionDigits, rule,
                enumerationRule == rule ? null : enumerationRule, kind, null, union(type));
    }

    /**
     * The member types of a union, or of a restriction of one, each with its facets as text
     * ({@link #of(XSSimpleType, boolean)}), a list type's with those of its item type; null for a
     * type that is no union. Named by the type itself, else by the union it restricts, if either has
     * a name.
     */
    private static UnionType union(XSSimpleType type) throws SchemaException {
        XSSimpleType step = type;
        while (step != null && !isBuiltin(step) && step.isRestriction()) {
            step = step.getSimpleBaseType();
        }
        if (step == null || isBuiltin(step) || !step.isUnion()) {
            return null;
        }
        XSUnionSimpleType union = step.asUnion();
        List<UnionType.Member> members = new ArrayList<>();
        for (int i = 0; i < union.getMemberSize(); i++) {
            XSSimpleType member = union.getMember(i);
            XSSimpleType list = member;
            while (!isBuiltin(list) && list.isRestriction()) {
                list = list.getSimpleBaseType();
            }
            Facets itemFacets = !isBuiltin(list) && list.isList() ? of(list.asList().getItemType(), true) : null;
            members.add(new UnionType.Member(typeName(member), of(member, true), itemFacets));
        }
        String name = !type.isLocal() ? type.getName() : !step.isLocal() ? step.getName() : null;
        return new UnionType(name, members);
    }

    /**
     * A type's name for messages: {@code xs:int}, a named type's local name, else what the anonymous
     * type is ({@code an anonymous restriction of xs:string}).
     */
    private static String typeName(XSSimpleType type) {
        if (isBuiltin(type) && !type.isLocal()) {
            return "xs:" + type.getName();
        }
        if (!type.isLocal()) {
            return type.getName();
        }
        if (type.isRestriction()) {
            return "an anonymous restriction of " + typeName(type.getSimpleBaseType());
        }
        if (type.isList()) {
            return "an anonymous list of " + typeName(type.asList().getItemType());
        }
        return "an anonymous union";
    }

    /** The text kind of a type whose values are text: {@link #textKind}, and {@code xs:boolean}'s. */
    private static TextKind textKindAsText(XSSimpleType type) {
        TextKind kind = textKind(type);
        XSSimpleType builtin = builtinBase(type);
        for (XSSimpleType step = builtin; kind == TextKind.TEXT && step != null; step = step.getSimpleBaseType()) {
            if (!step.isLocal() && "boolean".equals(step.getName())) {
                return TextKind.BOOLEAN;
            }
        }
        return kind;
    }

    /** The built-in type a restriction chain ends in, or null when it ends in a list or union of the schema's own. */
    private static XSSimpleType builtinBase(XSSimpleType type) {
        XSSimpleType step = type;
        while (step != null && !isBuiltin(step)) {
            if (!step.isRestriction()) {
                return null;
            }
            step = step.getSimpleBaseType();
        }
        return step;
    }

    /**
     * What the type's values are to length facets and bounds, by its primitive type or list
     * variety (XML Schema Part 2, 4.3.1): binary types count octets, lists (also
     * {@code xs:NMTOKENS}, {@code xs:IDREFS} and {@code xs:ENTITIES}, which are kept as one text)
     * count items, numbers compare as numbers (which matters for an enum of a numeric type, kept
     * as its text), everything else counts characters.
     */
    static TextKind textKind(XSSimpleType type) {
        for (XSSimpleType step = type; step != null; step = step.getSimpleBaseType()) {
            // the built-in lists first: their items have a lexical form of their own
            TextKind builtin = isBuiltin(step) && !step.isLocal() ? BUILTIN_TEXT_KINDS.get(step.getName()) : null;
            if (builtin != null) {
                return builtin;
            }
            if (step.isList()) {
                return TextKind.LIST;
            }
        }
        return TextKind.TEXT;
    }

    /** The type's effective whitespace rule (XML Schema Part 2, 4.3.6). */
    static WhiteSpace whiteSpace(XSSimpleType type) {
        for (XSSimpleType step = type; step != null; step = step.getSimpleBaseType()) {
            if (isBuiltin(step)) {
                return builtinWhiteSpace(step.getName());
            }
            if (step.isList()) {
                return WhiteSpace.COLLAPSE;
            }
            if (step.isUnion()) {
                return unionWhiteSpace(step.asUnion());
            }
            XSFacet declared = step.isRestriction() ? step.asRestriction().getDeclaredFacet(XSFacet.FACET_WHITESPACE)
                    : null;
            if (declared != null) {
                return WhiteSpace.valueOf(declared.getValue().value.strip().toUpperCase(java.util.Locale.ROOT));
            }
        }
        return WhiteSpace.PRESERVE;
    }

    /**
     * The whitespace rule that reads the type's enumeration values: that of the base type of the
     * nearest restriction step that declares an enumeration, since the values are values of that
     * base type (XML Schema Part 2, 4.3.5). A {@code whiteSpace} facet of that step or a later one
     * does not apply to them: {@code " a "} of an {@code xs:string} restricted to {@code collapse}
     * stays {@code " a "}, and no collapsed text equals it. The type's own rule where no step has one.
     */
    static WhiteSpace enumerationWhiteSpace(XSSimpleType type) {
        for (XSSimpleType step = type; step != null && !isBuiltin(step) && step.isRestriction();
                step = step.getSimpleBaseType()) {
            if (!step.asRestriction().getDeclaredFacets(XSFacet.FACET_ENUMERATION).isEmpty()) {
                return whiteSpace(step.getSimpleBaseType());
            }
        }
        return whiteSpace(type);
    }

    // Each member normalizes for itself; a union kept as one String can collapse only when every member does.
    private static WhiteSpace unionWhiteSpace(XSUnionSimpleType union) {
        for (int i = 0; i < union.getMemberSize(); i++) {
            if (whiteSpace(union.getMember(i)) != WhiteSpace.COLLAPSE) {
                return WhiteSpace.PRESERVE;
            }
        }
        return WhiteSpace.COLLAPSE;
    }

    private static WhiteSpace builtinWhiteSpace(String name) {
        return switch (name) {
            case "string", "anySimpleType" -> WhiteSpace.PRESERVE;
            case "normalizedString" -> WhiteSpace.REPLACE;
            default -> WhiteSpace.COLLAPSE;
        };
    }

    static boolean isBuiltin(XSSimpleType type) {
        return XMLConstants.W3C_XML_SCHEMA_NS_URI.equals(type.getTargetNamespace());
    }

    /**
     * One step's patterns as one: {@code (p1)|(p2)}. Each must be a regular expression on its own
     * (XML Schema Part 2, 4.3.4), which is checked before they are joined: joined, two invalid ones
     * can make a valid one ({@code a(} and {@code )b} give {@code (a()|()b)}), and the JDK's own
     * validator, which XJC checks the schema with, joins them ({@code a(|)b}) before it checks.
     *
     * @throws SchemaException naming the pattern and its {@code file:line:column} if one is not valid alone
     */
    static String orPatterns(List<XSFacet> facets) throws SchemaException {
        if (facets.size() == 1) {
            return facets.get(0).getValue().value;
        }
        StringBuilder out = new StringBuilder();
        for (XSFacet facet : facets) {
            String pattern = facet.getValue().value;
            String problem = patternProblem(pattern);
            if (problem != null) {
                throw new SchemaException(SchemaProblem.at(facet.getLocator(), "xs:pattern '" + pattern
                        + "' is not a regular expression on its own, as each pattern of a restriction must be"
                        + " (the other patterns beside it do not make it one): " + problem
                        + "; fix the pattern, or escape a literal character with '\\'"));
            }
            if (out.length() > 0) {
                out.append('|');
            }
            out.append('(').append(pattern).append(')');
        }
        return out.toString();
    }

    /** Why the JDK's XSD validator rejects the pattern, alone in a restriction of {@code xs:string}; null if it takes it. */
    private static String patternProblem(String pattern) {
        String escaped = pattern.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;")
                .replace("\t", "&#9;").replace("\n", "&#10;").replace("\r", "&#13;");
        String xsd = "<xs:schema xmlns:xs=\"" + XMLConstants.W3C_XML_SCHEMA_NS_URI + "\"><xs:simpleType name=\"t\">"
                + "<xs:restriction base=\"xs:string\"><xs:pattern value=\"" + escaped + "\"/></xs:restriction>"
                + "</xs:simpleType></xs:schema>";
        SchemaFactory factory = SchemaFactory.newDefaultInstance();
        factory.setErrorHandler(null); // errors throw; nothing goes to standard error
        try {
            factory.newSchema(new StreamSource(new StringReader(xsd)));
            return null;
        } catch (SAXException invalid) {
            return invalid.getMessage();
        }
    }

    private static <T> T first(T current, T candidate) {
        return current != null ? current : candidate;
    }

    /**
     * A bound of a date or time type, as written (collapsed), which generated code reads with the runtime's
     * reader of the type. XJC's check of the schema (the JDK's validator) has made sure that it is a value of the
     * type; what is left is what java.time, which the runtime reads into, cannot hold.
     *
     * @throws SchemaException naming the bound and its {@code file:line:column} if the runtime could not read it
     */
    private static String calendarBound(XSFacet facet, TextKind kind) throws SchemaException {
        if (facet == null) {
            return null;
        }
        String text = facet.getValue().value.strip();
        String problem = kind == TextKind.TIME ? null : yearProblem(text);
        if (problem != null) {
            throw new SchemaException(SchemaProblem.at(facet.getLocator(), "xs:" + facet.getName() + " '" + text
                    + "' " + problem + ", beyond the years java.time holds (-999999999 to 999999999), which"
                    + " validate() reads dates and times into; use a bound within those years"));
        }
        return text;
    }

    /** Why a date's or date-time's year is beyond java.time's, as core's XmlValues says; null if it is not. */
    private static String yearProblem(String text) {
        var date = DATE_START.matcher(text);
        if (!date.lookingAt()) {
            return null; // no date at all: XJC's check of the schema reports it
        }
        if (date.group(1).length() > 9) {
            return "has a year of " + date.group(1).length() + " digits";
        }
        boolean lastDay = !text.startsWith("-") && date.group(1).equals("999999999") && date.group(2).equals("12")
                && date.group(3).equals("31");
        return lastDay && date.group(4) != null ? "is 24:00:00 of the last day of the year 999999999, so in the year"
                + " 1000000000" : null;
    }

    /** A numeric bound; bounds on dates and times are {@link #calendarBound}s, other bounds are dropped. */
    private static BigDecimal decimal(XSFacet facet) {
        if (facet == null) {
            return null;
        }
        try {
            return new BigDecimal(facet.getValue().value.strip());
        } catch (NumberFormatException notNumeric) {
            return null;
        }
    }

    private static Integer integer(XSFacet facet) {
        return facet == null ? null : Integer.valueOf(facet.getValue().value.strip());
    }
}
