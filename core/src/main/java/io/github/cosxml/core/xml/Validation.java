package io.github.cosxml.core.xml;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.xml.namespace.QName;

/**
 * Collects violations while a generated {@code validate()} walks an object graph. Generated
 * code calls one method per property; {@link #result()} gives the outcome. Not thread-safe.
 */
public final class Validation {

    private final List<Violation> violations = new ArrayList<Violation>();

    /** Creates an empty collector. */
    public Validation() {
    }

    /**
     * The path of a property below a parent path.
     *
     * @param parent the parent path, empty for the root object
     * @param property the property name
     * @return {@code parent.property}, or {@code property} at the root
     */
    public static String path(String parent, String property) {
        return parent.isEmpty() ? property : parent + "." + property;
    }

    /**
     * The path of one item of a list property.
     *
     * @param parent the parent path
     * @param property the property name
     * @param index the item index
     * @return {@code parent.property[index]}
     */
    public static String path(String parent, String property, int index) {
        return path(parent, property) + "[" + index + "]";
    }

    /**
     * Adds a violation.
     *
     * @param path the property path
     * @param facet the facet name
     * @param message what is wrong
     */
    public void add(String path, String facet, String message) {
        violations.add(new Violation(path, facet, message));
    }

    /**
     * Reports a missing required value.
     *
     * @param path the property path
     * @param value the value
     */
    public void required(String path, Object value) {
        if (value == null) {
            add(path, "required", "is required");
        }
    }

    /**
     * Checks the number of items of a repeated property.
     *
     * @param path the property path
     * @param items the items
     * @param min the minimum
     * @param max the maximum, -1 for unbounded
     */
    public void occurs(String path, List<?> items, int min, int max) {
        if (items.size() < min) {
            add(path, "minOccurs", "has " + items.size() + " items, at least " + min + " required");
        }
        if (max >= 0 && items.size() > max) {
            add(path, "maxOccurs", "has " + items.size() + " items, at most " + max + " allowed");
        }
    }

    /**
     * Checks the element of an {@code xs:any} wildcard: its namespace must be one the wildcard
     * allows, and it must not have the name of a child the type declares, since it would then
     * read back as that child. Its attribute values and texts, and those of the elements in it, must
     * hold only characters XML 1.0 can ({@code datatype} otherwise, the message saying where in
     * the element). Null is not checked.
     *
     * @param path the property path
     * @param element the element, or null
     * @param children the type's known children
     * @param index the wildcard's index among them
     */
    public void wildcard(String path, XmlElement element, XmlChildren children, int index) {
        if (element == null) {
            return;
        }
        writableContent(path, displayName(element.namespace(), element.localName()), element);
        int found = children.indexOf(element.namespace(), element.localName());
        if (found == index) {
            return;
        }
        String name = displayName(element.namespace(), element.localName());
        if (found < 0 || children.isWildcard(found)) {
            add(path, "wildcard", "element " + name + " is not one the xs:any wildcard takes (" + children.wildcard(index)
                    + "); give it an allowed namespace");
        } else {
            add(path, "wildcard", "element " + name + " is declared in this type, so it would read back as that"
                    + " property, not as an xs:any element; set that property instead");
        }
    }

    /**
     * Checks each element of a repeated {@code xs:any} wildcard, at its item's path; see
     * {@link #wildcard(String, XmlElement, XmlChildren, int)}.
     *
     * @param path the property path
     * @param elements the elements
     * @param children the type's known children
     * @param index the wildcard's index among them
     */
    public void wildcardEach(String path, List<XmlElement> elements, XmlChildren children, int index) {
        for (int i = 0; i < elements.size(); i++) {
            wildcard(path + "[" + i + "]", elements.get(i), children, index);
        }
    }

    /**
     * Checks the attributes of an {@code xs:anyAttribute}: each must be in a namespace the wildcard
     * allows (its builder has rejected every name that could not be written), and its value must hold
     * only characters XML 1.0 can ({@code datatype} otherwise, as {@link #writable(String, Object)}
     * reports it). Each violation's path is the property's with the attribute's name,
     * {@code otherAttributes[{urn:x}a]}.
     *
     * @param path the property path
     * @param attributes the attributes
     * @param wildcard the type's wildcard
     */
    public void otherAttributes(String path, Map<QName, String> attributes, XmlAttributeWildcard wildcard) {
        for (Map.Entry<QName, String> attribute : attributes.entrySet()) {
            QName name = attribute.getKey();
            if (!wildcard.namespaces().allows(name.getNamespaceURI())) {
                add(path + "[" + name + "]", "wildcard", "attribute " + name + " is not one the xs:anyAttribute"
                        + " allows (" + wildcard + "); give it an allowed namespace");
            }
            writableText(path + "[" + name + "]", "", attribute.getValue());
        }
    }

    /**
     * Reports text with a character XML 1.0 cannot hold as {@code datatype}, the message led by
     * {@code where}; returns whether the text (or null) can be written.
     */
    private boolean writableText(String path, String where, String text) {
        String unwritable = XmlChars.unwritable(text);
        if (unwritable != null) {
            add(path, "datatype", where + unwritable);
        }
        return unwritable == null;
    }

    /**
     * Reports each attribute value and text in an element kept for a wildcard that has a character
     * XML 1.0 cannot hold, at the property's path; the message says where in the element, as an
     * XPath from it: {@code in Extra/Item[2]/@code: }, {@code in Extra/text(): }.
     */
    private void writableContent(String path, String where, XmlElement element) {
        for (Map.Entry<QName, String> attribute : element.attributes().entrySet()) {
            writableText(path, "in " + where + "/@" + displayName(attribute.getKey().getNamespaceURI(),
                    attribute.getKey().getLocalPart()) + ": ", attribute.getValue());
        }
        Map<String, Integer> positions = new HashMap<String, Integer>();
        for (Object item : element.content()) {
            if (item instanceof XmlElement) {
                XmlElement child = (XmlElement) item;
                String name = displayName(child.namespace(), child.localName());
                Integer position = positions.get(name);
                position = position == null ? 1 : position + 1;
                positions.put(name, position);
                writableContent(path, where + "/" + name + "[" + position + "]", child);
            } else {
                writableText(path, "in " + where + "/text(): ", (String) item);
            }
        }
    }

    private static String displayName(String namespace, String localName) {
        return namespace == null || namespace.isEmpty() ? localName : "{" + namespace + "}" + localName;
    }

    /**
     * Checks a value against facets; null is not checked.
     *
     * @param path the property path
     * @param value the value
     * @param facets the facets
     */
    public void check(String path, Object value, FacetSet facets) {
        facets.check(this, path, value);
    }

    /**
     * Reports a value of a built-in type that {@code toXml()} would refuse to write: text with a
     * character XML 1.0 cannot hold (U+0000 and the other control characters but tab, line feed and
     * carriage return, an unpaired surrogate, U+FFFE, U+FFFF), and a value that has no text in XML
     * Schema 1.0: a date in year 0, or a date-time or time whose offset is more than 14:00 from UTC
     * or has seconds ({@code java.time} takes all three). Generated code calls it for the text,
     * dates and times that have no facets; {@link #check(String, Object, FacetSet)} reports the same
     * for those that do.
     *
     * @param path the property path
     * @param value the value; null is not checked
     */
    public void writable(String path, Object value) {
        printed(path, value, XmlValues::printAny);
    }

    /**
     * Like {@link #writable(String, Object)}, for each item of a repeated property or of an
     * {@code xs:list}, at the item's path.
     *
     * @param path the property path
     * @param items the items; null (an absent {@code xs:list}) has none
     */
    public void writableEach(String path, List<?> items) {
        writableEach(path, items, XmlValues::printAny);
    }

    /**
     * Like {@link #writable(String, Object)}, for a value of a {@code jaxb:javaType}: reports it
     * when its print method refuses it (throws {@link IllegalArgumentException}), or prints a
     * character XML 1.0 cannot hold, as {@code toXml()} would. Generated code calls it for the
     * values whose schema type has no facets; {@link #check(String, Object, Function, FacetSet)}
     * reports the same for the others.
     *
     * @param <T> the Java type
     * @param path the property path
     * @param value the value; null is not checked
     * @param printer the type's print method
     */
    public <T> void writable(String path, T value, Function<? super T, String> printer) {
        printed(path, value, printer);
    }

    /**
     * Like {@link #writable(String, Object, Function)}, for each item of a repeated property or of
     * an {@code xs:list}, at the item's path.
     *
     * @param <T> the Java type
     * @param path the property path
     * @param items the items; null (an absent {@code xs:list}) has none
     * @param printer the type's print method
     */
    public <T> void writableEach(String path, List<T> items, Function<? super T, String> printer) {
        for (int i = 0; items != null && i < items.size(); i++) {
            printed(path + "[" + i + "]", items.get(i), printer);
        }
    }

    /**
     * The value's text, or null after reporting it as {@code datatype} when it has none, or one
     * with a character XML 1.0 cannot hold (or is null).
     */
    private <T> String printed(String path, T value, Function<? super T, String> printer) {
        if (value == null) {
            return null;
        }
        String text;
        try {
            text = printer.apply(value);
        } catch (IllegalArgumentException noText) {
            add(path, "datatype", noText.getMessage());
            return null;
        }
        return writableText(path, "", text) ? text : null;
    }

    /**
     * Checks each item of a repeated property against facets; for an {@code xs:list}, the facets
     * of its item type (those of the list type go to {@link #checkList}).
     *
     * @param path the property path
     * @param items the items; null (an absent {@code xs:list}) has none
     * @param facets the facets
     */
    public void checkEach(String path, List<?> items, FacetSet facets) {
        for (int i = 0; items != null && i < items.size(); i++) {
            facets.check(this, path + "[" + i + "]", items.get(i));
        }
    }

    /**
     * Checks a value of a {@code jaxb:javaType} against the facets of its schema type, on the text
     * its print method writes (what the schema sees). A value the print method refuses (throws
     * {@link IllegalArgumentException}) is reported as {@code datatype}, as
     * {@link #writable(String, Object, Function)} reports it.
     *
     * @param <T> the Java type
     * @param path the property path
     * @param value the value; null is not checked
     * @param printer the type's print method
     * @param facets the facets of the schema type
     */
    public <T> void check(String path, T value, Function<? super T, String> printer, FacetSet facets) {
        String text = printed(path, value, printer);
        if (text != null) {
            facets.check(this, path, text);
        }
    }

    /**
     * Checks each item of a repeated {@code jaxb:javaType} property (or of an {@code xs:list} of
     * one) on the text its print method writes.
     *
     * @param <T> the Java type
     * @param path the property path
     * @param items the items; null (an absent {@code xs:list}) has none
     * @param printer the type's print method
     * @param facets the facets of the schema type
     */
    public <T> void checkEach(String path, List<T> items, Function<? super T, String> printer, FacetSet facets) {
        for (int i = 0; items != null && i < items.size(); i++) {
            check(path + "[" + i + "]", items.get(i), printer, facets);
        }
    }

    /**
     * Checks an {@code xs:list} value against the facets of its list type, which apply to the list
     * as a whole (XML Schema Part 2, 4.3): length facets count items, a pattern matches the list's
     * text (its items printed by {@link XmlValues#printAny} and joined by single spaces, the text
     * the list is written as), and each enumeration value (and a fixed value) is a list, met by a
     * list of as many items that are the same values one by one (numbers, booleans, dates and times by value, as
     * {@link FacetSet} compares single values). The facets of the item type apply to each item:
     * check them with {@link #checkEach}. Null is an absent list and is not checked, as null is not
     * for a single value; an empty list is a present one ({@code <X/>}, {@code a=""}) and is checked:
     * it has no items, and its text is empty. A list with an item already reported (by
     * {@link #checkEach} or {@link #enumerationEach} on this path, which generated code calls first)
     * is not a value of its type, and the schema checks none of its facets: neither does this. Nor is
     * a list with an item that has no text at all (a date in year 0, which {@code toXml()} cannot
     * write): each such item is reported as {@code datatype} at its path, and the list is not compared.
     *
     * @param path the property path
     * @param items the items, or null if absent
     * @param facets the facets of the list type: length, pattern, enumeration and the fixed value
     *     (others do not apply to lists)
     */
    public void checkList(String path, List<?> items, FacetSet facets) {
        checkList(path, items, XmlValues::printAny, facets);
    }

    /**
     * Like {@link #checkList(String, List, FacetSet)}, for items that are printed by a method of
     * their own, such as a {@code jaxb:javaType}'s print method.
     *
     * @param <T> the item type
     * @param path the property path
     * @param items the items, or null if absent
     * @param printer prints one item as the list's text has it
     * @param facets the facets of the list type
     */
    public <T> void checkList(String path, List<T> items, Function<? super T, String> printer, FacetSet facets) {
        if (items != null && !hasItemViolation(path)) {
            facets.checkList(this, path, items, printer);
        }
    }

    /**
     * Reports a raw enum value that is not one of the enum's constants.
     *
     * @param path the property path
     * @param raw the raw text, or null
     * @param lookup the enum's {@code xmlValues()}, whose values the message lists (or any lookup)
     */
    public void enumeration(String path, String raw, Function<String, ?> lookup) {
        if (raw != null && lookup.apply(raw) == null) {
            notListed(path, raw, lookup);
        }
    }

    /**
     * Like {@link #enumeration(String, String, Function)}, for an enum whose type has facets that
     * {@link #check(String, Object, FacetSet)} checks too: a raw value that is not a value of the
     * type at all ({@code abc} for an enum of {@code xs:int}) is left to that check, which reports
     * it once as {@code datatype}, as the schema does.
     *
     * @param path the property path
     * @param raw the raw text, or null
     * @param lookup the enum's {@code xmlValues()} (or any lookup)
     * @param facets the facets of the enum's type, checked on the same value
     */
    public void enumeration(String path, String raw, Function<String, ?> lookup, FacetSet facets) {
        if (raw != null && lookup.apply(raw) == null && facets.isOfTheType(raw)) {
            notListed(path, raw, lookup);
        }
    }

    private void notListed(String path, String raw, Function<String, ?> lookup) {
        String listed = XmlEnumValues.listed(lookup);
        add(path, "enumeration", "'" + raw + "' is not " + (listed == null ? "a known value" : "one of " + listed));
    }

    /**
     * Reports each raw enum value of a list that is not one of the enum's constants.
     *
     * @param path the property path
     * @param raws the raw texts; null (an absent {@code xs:list}) has none
     * @param lookup the enum's {@code xmlValues()} (or any lookup)
     */
    public void enumerationEach(String path, List<String> raws, Function<String, ?> lookup) {
        for (int i = 0; raws != null && i < raws.size(); i++) {
            enumeration(path + "[" + i + "]", raws.get(i), lookup);
        }
    }

    /**
     * Like {@link #enumerationEach(String, List, Function)}, for items whose type has facets that
     * {@link #checkEach(String, List, FacetSet)} checks too: an item that is not a value of the
     * type at all is left to that check (see {@link #enumeration(String, String, Function, FacetSet)}).
     *
     * @param path the property path
     * @param raws the raw texts; null (an absent {@code xs:list}) has none
     * @param lookup the enum's {@code xmlValues()} (or any lookup)
     * @param facets the facets of the item type, checked on the same items
     */
    public void enumerationEach(String path, List<String> raws, Function<String, ?> lookup, FacetSet facets) {
        for (int i = 0; raws != null && i < raws.size(); i++) {
            enumeration(path + "[" + i + "]", raws.get(i), lookup, facets);
        }
    }

    /**
     * Checks an {@code xs:choice}: at most one branch set, and one when the choice is required.
     * A branch is set when its value is non-null and, for a list, non-empty.
     *
     * @param path the path of the object holding the choice
     * @param required whether one branch must be set
     * @param names the branch property names, comma separated
     * @param values the branch values, in the order of the names
     */
    public void choice(String path, boolean required, String names, Object... values) {
        int set = 0;
        for (Object value : values) {
            if (value != null && !(value instanceof Collection && ((Collection<?>) value).isEmpty())) {
                set++;
            }
        }
        if (set > 1) {
            add(path, "choice", "only one of " + names + " may be set, " + set + " are");
        } else if (set == 0 && required) {
            add(path, "choice", "one of " + names + " is required");
        }
    }

    // a violation of an item of the list at path has the path "path[i]"
    private boolean hasItemViolation(String path) {
        for (int i = violations.size() - 1; i >= 0; i--) {
            String other = violations.get(i).path();
            if (other.startsWith(path) && other.length() > path.length() && other.charAt(path.length()) == '[') {
                return true;
            }
        }
        return false;
    }

    /**
     * The violations collected so far.
     *
     * @return the result
     */
    public ValidationResult result() {
        return ValidationResult.of(violations);
    }
}
