package io.github.cosxml.core.xml;

import java.io.Closeable;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A reading cursor over a secure StAX reader, called by generated {@code readXml} methods. It
 * tracks the element path, enforces the limits of {@link XmlReadOptions}, reads text and typed
 * values, skips unknown subtrees, and collects strict-mode problems.
 *
 * <p>Protocol: a type's reader is called with the cursor on its element's start tag; it reads
 * attributes, then either iterates {@link #children(XmlChildren)} or reads the text with
 * {@link #readText()}/{@link #readValue(Function)}; afterwards the cursor is on the element's
 * end tag. Not thread-safe; one cursor reads one document.
 */
public final class XmlReader implements Closeable {

    private static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;

    private final XMLStreamReader stax;
    private final XmlReadOptions options;
    private final List<XmlProblem> problems = new ArrayList<XmlProblem>();
    private String[] pathNames = new String[16];
    // One child iterator per depth, reused: a list of a thousand elements makes no garbage here.
    private Children[] childrenByDepth = new Children[16];
    private int depth;
    private long elementCount;
    // Strict mode: which attributes of the current start tag the reading code asked for. When the
    // reader moves on, every other attribute (but xsi:*) is reported as unknown.
    private final BitSet attributesRead = new BitSet();
    private boolean attributesToCheck;
    // How many skipElement() calls are under way: nothing inside a skipped element is checked.
    private int skipping;
    // The depth of an element whose xsi:nil its reading code has settled (nilSettled): its next text
    // read reads its content whatever xsi:nil says. -1 for none.
    private int nilSettledDepth = -1;

    private XmlReader(XMLStreamReader stax, XmlReadOptions options) {
        this.stax = stax;
        this.options = options;
    }

    /**
     * Reads a whole document whose root element must be {@code {namespace}localName} and is not
     * declared {@code nillable}: strict reading reports an {@code xsi:nil} attribute on it.
     *
     * @param <T> the result type
     * @param xml the document
     * @param options read options, null for the defaults
     * @param namespace the root's namespace URI, empty for none
     * @param localName the root's local name
     * @param body reads the root element (a generated {@code readXml} method)
     * @return what the body returned
     * @throws XmlReadException if the document is malformed, exceeds a limit, has another root,
     *     holds a value that does not parse, or (strict) deviates from the schema
     */
    public static <T> T read(String xml, XmlReadOptions options, String namespace, String localName,
            Function<XmlReader, T> body) {
        return read(xml, options, namespace, localName, false, body);
    }

    /**
     * Reads a whole document whose root element must be {@code {namespace}localName} and may be
     * declared {@code nillable}. See {@link #read(String, XmlReadOptions, String, String, Function)}.
     *
     * @param <T> the result type
     * @param xml the document
     * @param options read options, null for the defaults
     * @param namespace the root's namespace URI, empty for none
     * @param localName the root's local name
     * @param nillable whether the root element is declared {@code nillable}: if not, strict reading
     *     reports an {@code xsi:nil} attribute on it; if so, the body reads it ({@link #nil()})
     * @param body reads the root element
     * @return what the body returned
     * @throws XmlReadException on any reading problem
     */
    public static <T> T read(String xml, XmlReadOptions options, String namespace, String localName,
            boolean nillable, Function<XmlReader, T> body) {
        if (xml == null) {
            throw new NullPointerException("xml");
        }
        return read(new StringReader(xml), options, namespace, localName, nillable, body);
    }

    /**
     * Reads a whole document from characters. See {@link #read(String, XmlReadOptions, String, String, Function)}.
     *
     * @param <T> the result type
     * @param reader the characters; not closed
     * @param options read options, null for the defaults
     * @param namespace the root's namespace URI, empty for none
     * @param localName the root's local name
     * @param body reads the root element
     * @return what the body returned
     * @throws XmlReadException on any reading problem
     */
    public static <T> T read(Reader reader, XmlReadOptions options, String namespace, String localName,
            Function<XmlReader, T> body) {
        return read(reader, options, namespace, localName, false, body);
    }

    /**
     * Reads a whole document from characters whose root element may be declared {@code nillable}. See
     * {@link #read(String, XmlReadOptions, String, String, boolean, Function)}.
     *
     * @param <T> the result type
     * @param reader the characters; not closed
     * @param options read options, null for the defaults
     * @param namespace the root's namespace URI, empty for none
     * @param localName the root's local name
     * @param nillable whether the root element is declared {@code nillable}
     * @param body reads the root element
     * @return what the body returned
     * @throws XmlReadException on any reading problem
     */
    public static <T> T read(Reader reader, XmlReadOptions options, String namespace, String localName,
            boolean nillable, Function<XmlReader, T> body) {
        if (reader == null) {
            throw new NullPointerException("reader");
        }
        XmlReadOptions opts = options == null ? XmlReadOptions.defaults() : options;
        XmlReader cursor = new XmlReader(StaxInput.open(reader, opts.maxTextLength()), opts);
        return readDocument(cursor, namespace, localName, nillable, body);
    }

    /**
     * Reads a whole document from bytes; the encoding comes from the BOM or XML declaration
     * (UTF-8 by default). See {@link #read(String, XmlReadOptions, String, String, Function)}.
     *
     * @param <T> the result type
     * @param input the bytes; not closed
     * @param options read options, null for the defaults
     * @param namespace the root's namespace URI, empty for none
     * @param localName the root's local name
     * @param body reads the root element
     * @return what the body returned
     * @throws XmlReadException on any reading problem
     */
    public static <T> T read(InputStream input, XmlReadOptions options, String namespace, String localName,
            Function<XmlReader, T> body) {
        return read(input, options, namespace, localName, false, body);
    }

    /**
     * Reads a whole document from bytes whose root element may be declared {@code nillable}. See
     * {@link #read(String, XmlReadOptions, String, String, boolean, Function)}.
     *
     * @param <T> the result type
     * @param input the bytes; not closed
     * @param options read options, null for the defaults
     * @param namespace the root's namespace URI, empty for none
     * @param localName the root's local name
     * @param nillable whether the root element is declared {@code nillable}
     * @param body reads the root element
     * @return what the body returned
     * @throws XmlReadException on any reading problem
     */
    public static <T> T read(InputStream input, XmlReadOptions options, String namespace, String localName,
            boolean nillable, Function<XmlReader, T> body) {
        if (input == null) {
            throw new NullPointerException("input");
        }
        XmlReadOptions opts = options == null ? XmlReadOptions.defaults() : options;
        XmlReader cursor = new XmlReader(StaxInput.open(input, opts.maxTextLength()), opts);
        return readDocument(cursor, namespace, localName, nillable, body);
    }

    /** Reads a document whose root may have any name as an {@link XmlElement} ({@link XmlElement#fromXml}). */
    static XmlElement readAnyRoot(String xml, XmlReadOptions options) {
        if (xml == null) {
            throw new NullPointerException("xml");
        }
        XmlReader cursor = new XmlReader(StaxInput.open(new StringReader(xml), options.maxTextLength()), options);
        try {
            cursor.enterRoot(null, null);
            XmlElement root = cursor.readElement();
            cursor.finish();
            return root;
        } finally {
            cursor.close();
        }
    }

    private static <T> T readDocument(XmlReader cursor, String namespace, String localName, boolean nillable,
            Function<XmlReader, T> body) {
        try {
            cursor.enterRoot(namespace, localName);
            if (!nillable && cursor.isStrict()) {
                cursor.checkNotNil();
            }
            T result = body.apply(cursor);
            cursor.finish();
            return result;
        } finally {
            cursor.close();
        }
    }

    /**
     * The options in force.
     *
     * @return the options
     */
    public XmlReadOptions options() {
        return options;
    }

    /**
     * Whether strict mode is on.
     *
     * @return true when strict
     */
    public boolean isStrict() {
        return options.isStrict();
    }

    /**
     * The problems recorded so far (strict mode).
     *
     * @return an unmodifiable view
     */
    public List<XmlProblem> problems() {
        return Collections.unmodifiableList(problems);
    }

    /**
     * The current element path, e.g. {@code /Response/JobsDetail}.
     *
     * @return the path, {@code /} outside the root
     */
    public String path() {
        if (depth == 0) {
            return "/";
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            text.append('/').append(pathNames[i]);
        }
        return text.toString();
    }

    // ---- attributes ------------------------------------------------------------------------

    /**
     * The raw value of an attribute of the current element.
     *
     * @param namespace the attribute's namespace URI, empty for an unqualified attribute
     * @param localName the local name
     * @return the value, or null if absent
     * @throws XmlReadException if the value is longer than the text limit
     */
    public String attribute(String namespace, String localName) {
        int count = stax.getAttributeCount();
        for (int i = 0; i < count; i++) {
            if (localName.equals(stax.getAttributeLocalName(i)) && namespace.equals(orEmpty(stax.getAttributeNamespace(i)))) {
                if (attributesToCheck) {
                    attributesRead.set(i);
                }
                String value = stax.getAttributeValue(i);
                if (value.length() > options.maxTextLength()) {
                    throw fatal("attribute " + localName + " is longer than the limit of " + options.maxTextLength()
                            + " chars (XmlReadOptions.maxTextLength)");
                }
                return value;
            }
        }
        return null;
    }

    /**
     * Like {@link #attribute(String, String)}, and in strict mode reports the attribute missing.
     *
     * @param namespace the attribute's namespace URI, empty for an unqualified attribute
     * @param localName the local name
     * @return the value, or null if absent
     */
    public String requiredAttribute(String namespace, String localName) {
        String value = attribute(namespace, localName);
        if (value == null && isStrict()) {
            problem("missing required attribute " + localName);
        }
        return value;
    }

    /**
     * The attributes of the current element that an {@code xs:anyAttribute} stands for, in document
     * order: those in a namespace it allows, other than the attributes the type declares and the
     * {@code xsi:*} ones. Strict mode reports each other attribute the type does not declare, as one the
     * wildcard does not allow; lenient reading leaves it out, as it does unknown attributes.
     *
     * @param wildcard the type's wildcard
     * @return a new map, empty if there are none
     * @throws XmlReadException if a value is longer than the text limit
     */
    public Map<QName, String> otherAttributes(XmlAttributeWildcard wildcard) {
        Map<QName, String> taken = new LinkedHashMap<QName, String>();
        int count = stax.getAttributeCount();
        for (int i = 0; i < count; i++) {
            String namespace = orEmpty(stax.getAttributeNamespace(i));
            String local = stax.getAttributeLocalName(i);
            if (XSI.equals(namespace) || wildcard.isDeclared(namespace, local)) {
                continue; // read (or reported) by the reading code of the type
            }
            boolean reporting = attributesToCheck; // strict mode, on a start tag whose attributes are not yet checked
            if (reporting) {
                attributesRead.set(i);
            }
            if (wildcard.takes(namespace, local)) {
                String value = stax.getAttributeValue(i);
                if (value.length() > options.maxTextLength()) {
                    throw fatal("attribute " + local + " is longer than the limit of " + options.maxTextLength()
                            + " chars (XmlReadOptions.maxTextLength)");
                }
                taken.put(new QName(namespace, local), value);
            } else if (reporting) {
                problem("attribute " + attributeName(i) + " in element " + currentName() + " is not one the"
                        + " xs:anyAttribute allows (" + wildcard + "); remove it or give it an allowed namespace");
            }
        }
        return taken;
    }

    /**
     * An attribute parsed to a value.
     *
     * @param <T> the value type
     * @param namespace the namespace URI, empty for none
     * @param localName the local name
     * @param parser turns the text into a value; any runtime exception means "invalid"
     * @return the value, or null if absent (or invalid in strict mode, where it is reported)
     * @throws XmlReadException if the value does not parse (lenient mode)
     */
    public <T> T attribute(String namespace, String localName, Function<String, T> parser) {
        return parse(attribute(namespace, localName), parser, "attribute", localName);
    }

    /**
     * A required attribute parsed to a value; in strict mode a missing one is reported.
     *
     * @param <T> the value type
     * @param namespace the namespace URI, empty for none
     * @param localName the local name
     * @param parser turns the text into a value; any runtime exception means "invalid"
     * @return the value, or null if absent (or invalid in strict mode, where it is reported)
     * @throws XmlReadException if the value does not parse (lenient mode)
     */
    public <T> T requiredAttribute(String namespace, String localName, Function<String, T> parser) {
        return parse(requiredAttribute(namespace, localName), parser, "attribute", localName);
    }

    /**
     * A whitespace-separated list attribute ({@code xs:list}), parsed item by item.
     *
     * @param <T> the item type
     * @param namespace the namespace URI, empty for none
     * @param localName the local name
     * @param parser parses one item
     * @return the items (empty for an attribute with no items, {@code a=""}), or null if absent
     */
    public <T> List<T> attributeList(String namespace, String localName, Function<String, T> parser) {
        return listOf(attribute(namespace, localName), parser, localName);
    }

    /**
     * Like {@link #attributeList(String, String, Function)}, for a required attribute: strict mode
     * reports it missing.
     *
     * @param <T> the item type
     * @param namespace the namespace URI, empty for none
     * @param localName the local name
     * @param parser parses one item
     * @return the items (empty for an attribute with no items), or null if absent
     */
    public <T> List<T> requiredAttributeList(String namespace, String localName, Function<String, T> parser) {
        return listOf(requiredAttribute(namespace, localName), parser, localName);
    }

    private <T> List<T> listOf(String attributeText, Function<String, T> parser, String localName) {
        return attributeText == null ? null : parseList(attributeText, parser, "attribute", localName);
    }

    // ---- element content -------------------------------------------------------------------

    /**
     * Checks the current element's {@code xsi:type}, if it has one, against the type the calling
     * generated class reads. Generated classes have no subtypes, so an element that asks for another
     * type (one derived from this type, whose extra content the class has no place for) would be read
     * with that content dropped: lenient reading stops there instead, and strict reading reports it.
     *
     * @param namespace the namespace of the class's schema type, empty for none
     * @param localName the name of the class's schema type, or null for an anonymous type
     */
    public void checkXsiType(String namespace, String localName) {
        if (stax.getAttributeCount() == 0) {
            return;
        }
        String asked = attribute(XSI, "type");
        if (asked == null) {
            return;
        }
        String lexical = asked.trim();
        int colon = lexical.indexOf(':');
        String prefix = colon < 0 ? "" : lexical.substring(0, colon);
        String askedNamespace = stax.getNamespaceURI(prefix);
        if (askedNamespace == null && !prefix.isEmpty()) {
            problemOrFatal("xsi:type '" + asked + "' uses the prefix " + prefix + ", which is not declared here");
            return;
        }
        String askedLocal = lexical.substring(colon + 1);
        if (localName != null && localName.equals(askedLocal) && namespace.equals(orEmpty(askedNamespace))) {
            return;
        }
        String declared = localName == null ? "anonymous type" : "type " + qualified(namespace, localName);
        problemOrFatal("xsi:type '" + asked + "' asks for type " + qualified(orEmpty(askedNamespace), askedLocal)
                + " instead of this element's " + declared + "; generated classes have no subtypes (xsi:type"
                + " polymorphism), so reading would drop what that type adds: send the element without xsi:type,"
                + " or declare it with that type in the schema");
    }

    private static String qualified(String namespace, String localName) {
        return namespace.isEmpty() ? localName : "{" + namespace + "}" + localName;
    }

    /** Strict reading collects the problem and goes on; lenient reading, which would lose a value, stops. */
    private void problemOrFatal(String message) {
        if (isStrict()) {
            problem(message);
        } else {
            throw fatal(message);
        }
    }

    /**
     * Iterates the child elements of the current element, skipping unknown ones.
     *
     * @param known the children the type knows
     * @return the iterator; call {@link Children#next()} until it returns false. It is valid until
     *     this element's end tag: the reader reuses it for the next element at the same depth, and
     *     a second call on the same element restarts it.
     */
    public Children children(XmlChildren known) {
        if (depth >= childrenByDepth.length) {
            childrenByDepth = Arrays.copyOf(childrenByDepth, 2 * depth);
        }
        Children children = childrenByDepth[depth];
        if (children == null) {
            children = new Children();
            childrenByDepth[depth] = children;
        }
        children.start(known);
        return children;
    }

    /**
     * Consumes the content of an element whose content type is empty: no children, no text
     * (strict mode reports unknown children and any text, whitespace included).
     */
    public void readEmpty() {
        Children children = children(XmlChildren.none());
        children.emptyContent = true;
        while (children.next()) {
            // none is known, so next() skips everything and returns false at the end tag
        }
    }

    /**
     * If the current element has {@code xsi:nil="true"}, consumes it and returns true. A nil
     * element has no content (XML Schema 3.3.4): strict mode reports any text or child element in it,
     * and an {@code xsi:nil} that is no {@code xs:boolean} ({@code "TRUE"}, {@code "yes"}), which
     * reads as not nil.
     *
     * @return whether the element was nil
     */
    public boolean nil() {
        String nil = attribute(XSI, "nil");
        if (nil == null) {
            return false;
        }
        String value = nil.trim();
        if ("true".equals(value) || "1".equals(value)) {
            checkAttributesNow(); // a nil element is read, not skipped as unknown: its other attributes count
            // placed at the element itself, before its content is skipped
            XmlProblem hasContent = isStrict() ? here("element " + currentName() + " is xsi:nil=\"true\" but has"
                    + " content; a nil element must be empty") : null;
            if (skipTellingContent() && hasContent != null) {
                problems.add(hasContent);
            }
            return true;
        }
        if (!"false".equals(value) && !"0".equals(value)) {
            problem("element " + currentName() + " has xsi:nil=\"" + nil + "\", which is not a boolean (true, false,"
                    + " 1 or 0); it is read as not nil");
        }
        return false;
    }

    /**
     * Tells the reader that the current element's {@code xsi:nil} is settled: the next text read
     * ({@link #readText()}, {@link #readValue(Function)} and the others) reads the element's
     * content whatever {@code xsi:nil} says. Generated code calls it before reading the text of a
     * complex type with simple content, whose nil it has already read where the element is
     * nillable, and which is read as it stands where the element is not (strict reading reports the
     * {@code xsi:nil} there).
     */
    public void nilSettled() {
        nilSettledDepth = depth;
    }

    /**
     * Reads the text content of the current element and moves to its end tag. Child elements
     * are skipped (and reported in strict mode); comments and processing instructions are ignored.
     *
     * @return the text, empty if none, or null if the element is {@code xsi:nil} (unless
     *     {@link #nilSettled()})
     * @throws XmlReadException if the text is longer than the limit
     */
    public String readText() {
        if (nilSettledDepth == depth) {
            nilSettledDepth = -1;
        } else if (nil()) {
            return null;
        }
        // The common shape, <X>text</X> or <X/>, straight through; anything else goes the general way.
        int startDepth = depth;
        checkAttributesNow();
        int event = nextEvent();
        if (event == XMLStreamConstants.END_ELEMENT) {
            depth--;
            return "";
        }
        if (event != XMLStreamConstants.CHARACTERS) {
            return readMoreText(null, startDepth, track(event));
        }
        String text = textOfEvent(0);
        event = nextEvent();
        if (event == XMLStreamConstants.END_ELEMENT) {
            depth--;
            return text;
        }
        return readMoreText(text, startDepth, track(event));
    }

    /**
     * The rest of {@link #readText()} from the current event: more text (after a comment, a
     * processing instruction or a CDATA section), child elements to skip, up to the end tag.
     *
     * @param first the text read so far, or null
     * @param startDepth the depth inside the element whose text this is
     * @param current the event the cursor is on, already tracked
     */
    private String readMoreText(String first, int startDepth, int current) {
        StringBuilder more = null;
        int event = current;
        while (true) {
            switch (event) {
                case XMLStreamConstants.CHARACTERS:
                case XMLStreamConstants.CDATA:
                case XMLStreamConstants.SPACE:
                    int sofar = more != null ? more.length() : first != null ? first.length() : 0;
                    if (first == null) {
                        first = textOfEvent(sofar);
                    } else {
                        if (more == null) {
                            more = new StringBuilder(first);
                        }
                        int length = checkedTextLength(sofar);
                        more.append(stax.getTextCharacters(), stax.getTextStart(), length);
                    }
                    break;
                case XMLStreamConstants.START_ELEMENT:
                    if (isStrict()) {
                        problem("unexpected child element " + currentName() + " in text-only content");
                    }
                    skipElement();
                    break;
                case XMLStreamConstants.END_ELEMENT:
                    if (depth < startDepth) {
                        return more != null ? more.toString() : first != null ? first : "";
                    }
                    break;
                default:
                    break;
            }
            event = advance();
        }
    }

    /** The current text event's text, refused if it would make the element's text longer than the limit. */
    private String textOfEvent(int lengthSoFar) {
        checkedTextLength(lengthSoFar);
        return stax.getText();
    }

    /** The current text event's length, refused if it would make the element's text longer than the limit. */
    private int checkedTextLength(int lengthSoFar) {
        int length = textLength(); // first, so that a lazy parser reports its errors here
        if (lengthSoFar + length > options.maxTextLength()) {
            throw fatal("text is longer than the limit of " + options.maxTextLength()
                    + " chars (XmlReadOptions.maxTextLength)");
        }
        return length;
    }

    /**
     * Reads the text content of an element whose declaration has a {@code default} or
     * {@code fixed} value: an element with no character content at all ({@code <X/>},
     * {@code <X></X>}) stands for that value, as XML Schema reads it (Structures 3.3.4).
     * Whitespace is character content: {@code <X> </X>} reads as {@code " "}.
     *
     * @param emptyValue the element's default or fixed value; null reads an empty element as ""
     * @return the text, {@code emptyValue} if there is none, or null if the element is {@code xsi:nil}
     * @throws XmlReadException if the text is longer than the limit
     */
    public String readText(String emptyValue) {
        String text = readText();
        return text != null && text.isEmpty() && emptyValue != null ? emptyValue : text;
    }

    /**
     * Reads the text content and parses it.
     *
     * @param <T> the value type
     * @param parser turns the text into a value; any runtime exception means "invalid"
     * @return the value, or null if nil (or invalid in strict mode, where it is reported)
     * @throws XmlReadException if the text does not parse (lenient mode)
     */
    public <T> T readValue(Function<String, T> parser) {
        return readValue(null, parser);
    }

    /**
     * Like {@link #readValue(Function)}, for an element with a {@code default} or {@code fixed}
     * value, which an empty element stands for (see {@link #readText(String)}).
     *
     * @param <T> the value type
     * @param emptyValue the element's default or fixed value, or null
     * @param parser turns the text into a value; any runtime exception means "invalid"
     * @return the value, or null if nil (or invalid in strict mode, where it is reported)
     * @throws XmlReadException if the text does not parse (lenient mode)
     */
    public <T> T readValue(String emptyValue, Function<String, T> parser) {
        String name = currentName();
        return parse(readText(emptyValue), parser, "element", name);
    }

    /**
     * Reads the text of an element of an enumerated type and keeps it as it is, so that a value
     * the schema does not list is read, kept and written back; strict mode reports such a value.
     *
     * @param lookup the enum's {@code xmlValues()} (or any lookup): a null result means "not a listed value"
     * @return the text, or null if the element is nil
     */
    public String readEnumText(Function<String, ?> lookup) {
        return readEnumText(WhiteSpace.PRESERVE, lookup);
    }

    /**
     * Like {@link #readEnumText(Function)}, for an enumerated type whose {@code whiteSpace} rule
     * is not {@code preserve} (an enumeration of {@code xs:token}): the text is normalized by
     * that rule first, as the schema does, and kept normalized.
     *
     * @param whiteSpace the type's whitespace rule
     * @param lookup the enum's {@code xmlValues()} (or any lookup): a null result means "not a listed value"
     * @return the normalized text, or null if the element is nil
     */
    public String readEnumText(WhiteSpace whiteSpace, Function<String, ?> lookup) {
        return readEnumText(whiteSpace, null, lookup);
    }

    /**
     * Like {@link #readEnumText(WhiteSpace, Function)}, for an element with a {@code default} or
     * {@code fixed} value, which an empty element stands for (see {@link #readText(String)}).
     *
     * @param whiteSpace the type's whitespace rule
     * @param emptyValue the element's default or fixed value, or null
     * @param lookup the enum's {@code xmlValues()} (or any lookup): a null result means "not a listed value"
     * @return the normalized text, or null if the element is nil
     */
    public String readEnumText(WhiteSpace whiteSpace, String emptyValue, Function<String, ?> lookup) {
        String name = currentName();
        return checkEnum(whiteSpace.apply(readText(emptyValue)), lookup, "element", name);
    }

    /**
     * An attribute of an enumerated type, kept as its text; strict mode reports a value the
     * schema does not list, and a missing required attribute.
     *
     * @param namespace the namespace URI, empty for none
     * @param localName the local name
     * @param required whether the schema requires the attribute
     * @param lookup the enum's {@code xmlValues()} (or any lookup): a null result means "not a listed value"
     * @return the text, or null if absent
     */
    public String enumAttribute(String namespace, String localName, boolean required, Function<String, ?> lookup) {
        return enumAttribute(namespace, localName, required, WhiteSpace.PRESERVE, lookup);
    }

    /**
     * Like {@link #enumAttribute(String, String, boolean, Function)}, for an enumerated type whose
     * {@code whiteSpace} rule is not {@code preserve}: the value is normalized by that rule first.
     *
     * @param namespace the namespace URI, empty for none
     * @param localName the local name
     * @param required whether the schema requires the attribute
     * @param whiteSpace the type's whitespace rule
     * @param lookup the enum's {@code xmlValues()} (or any lookup): a null result means "not a listed value"
     * @return the normalized text, or null if absent
     */
    public String enumAttribute(String namespace, String localName, boolean required, WhiteSpace whiteSpace,
            Function<String, ?> lookup) {
        String text = required ? requiredAttribute(namespace, localName) : attribute(namespace, localName);
        return checkEnum(whiteSpace.apply(text), lookup, "attribute", localName);
    }

    private String checkEnum(String text, Function<String, ?> lookup, String kind, String name) {
        if (text != null && isStrict() && lookup.apply(text) == null) {
            String shown = text.length() > 64 ? text.substring(0, 64) + "..." : text;
            String listed = XmlEnumValues.listed(lookup);
            problems.add(valueProblem(kind, name, "unknown value '" + shown + "' in " + kind + " " + name
                    + ": not one of the schema's enumeration" + (listed == null ? "" : " " + listed)
                    + " (lenient reading keeps it as text)"));
        }
        return text;
    }

    /**
     * Reads whitespace-separated text ({@code xs:list}) and parses each item.
     *
     * @param <T> the item type
     * @param parser parses one item
     * @return the items, empty when the element is empty or nil
     */
    public <T> List<T> readList(Function<String, T> parser) {
        return readList(null, parser);
    }

    /**
     * Like {@link #readList(Function)}, for an element with a {@code default} value, which an
     * empty element stands for (see {@link #readText(String)}).
     *
     * @param <T> the item type
     * @param emptyValue the element's default or fixed value (a list), or null
     * @param parser parses one item
     * @return the items, empty when the element is nil or empty without a default
     */
    public <T> List<T> readList(String emptyValue, Function<String, T> parser) {
        String name = currentName();
        return parseList(readText(emptyValue), parser, "element", name);
    }

    /**
     * Reads an {@code xs:list} of an enumerated type, each item kept as its text; strict mode
     * reports every item the schema does not list.
     *
     * @param lookup the enum's {@code xmlValues()} (or any lookup): a null result means "not a listed value"
     * @return the items, empty when the element is empty or nil
     */
    public List<String> readEnumList(Function<String, ?> lookup) {
        return readEnumList(null, lookup);
    }

    /**
     * Like {@link #readEnumList(Function)}, for an element with a {@code default} value, which an
     * empty element stands for (see {@link #readText(String)}).
     *
     * @param emptyValue the element's default or fixed value (a list), or null
     * @param lookup the enum's {@code xmlValues()} (or any lookup): a null result means "not a listed value"
     * @return the items, empty when the element is nil or empty without a default
     */
    public List<String> readEnumList(String emptyValue, Function<String, ?> lookup) {
        String name = currentName();
        return checkEnumItems(parseList(readText(emptyValue), XmlValues::parseString, "element", name), lookup,
                "element", name);
    }

    /**
     * An attribute holding an {@code xs:list} of an enumerated type, each item kept as its text;
     * strict mode reports every item the schema does not list.
     *
     * @param namespace the attribute's namespace URI, empty for none
     * @param localName the attribute's local name
     * @param lookup the enum's {@code xmlValues()} (or any lookup)
     * @return the items (empty for an attribute with no items), or null if absent
     */
    public List<String> enumAttributeList(String namespace, String localName, Function<String, ?> lookup) {
        return enumAttributeList(namespace, localName, false, lookup);
    }

    /**
     * Like {@link #enumAttributeList(String, String, Function)}; strict mode also reports a missing
     * required attribute.
     *
     * @param namespace the attribute's namespace URI, empty for none
     * @param localName the attribute's local name
     * @param required whether the schema requires the attribute
     * @param lookup the enum's {@code xmlValues()} (or any lookup)
     * @return the items (empty for an attribute with no items), or null if absent
     */
    public List<String> enumAttributeList(String namespace, String localName, boolean required,
            Function<String, ?> lookup) {
        List<String> items = required ? requiredAttributeList(namespace, localName, XmlValues::parseString)
                : attributeList(namespace, localName, XmlValues::parseString);
        return items == null ? null : checkEnumItems(items, lookup, "attribute", localName);
    }

    private List<String> checkEnumItems(List<String> items, Function<String, ?> lookup, String kind, String name) {
        for (String item : items) {
            checkEnum(item, lookup, kind, name);
        }
        return items;
    }

    /**
     * Reads the text of an element of a union type, kept as text, normalized by the type's whitespace
     * rule (collapse where every member type collapses); strict mode reports a text that none of the
     * member types takes, as the schema does, and lenient reading keeps it. The union's own facets (a
     * pattern, an enumeration of a restriction of it) are left to {@code validate()}, as other facets are.
     *
     * @param whiteSpace the union's whitespace rule
     * @param emptyValue the element's default or fixed value, which an empty element stands for, or null
     * @param type the union's facets, with its member types ({@link FacetSet.Builder#member})
     * @return the normalized text, or null if the element is nil
     */
    public String readUnionText(WhiteSpace whiteSpace, String emptyValue, FacetSet type) {
        String name = currentName();
        return checkUnion(whiteSpace.apply(readText(emptyValue)), type, "element", name);
    }

    /**
     * An attribute of a union type, kept as text; strict mode reports a value that none of the member
     * types takes, and a missing required attribute (see {@link #readUnionText}).
     *
     * @param namespace the namespace URI, empty for none
     * @param localName the local name
     * @param required whether the schema requires the attribute
     * @param whiteSpace the union's whitespace rule
     * @param type the union's facets, with its member types
     * @return the normalized text, or null if absent
     */
    public String unionAttribute(String namespace, String localName, boolean required, WhiteSpace whiteSpace,
            FacetSet type) {
        String text = required ? requiredAttribute(namespace, localName) : attribute(namespace, localName);
        return checkUnion(whiteSpace.apply(text), type, "attribute", localName);
    }

    /**
     * Reads an {@code xs:list} of a union type, each item kept as its text; strict mode reports every
     * item that none of the member types takes (see {@link #readUnionText}).
     *
     * @param emptyValue the element's default or fixed value (a list), which an empty element stands for, or null
     * @param itemType the facets of the union that is the item type, with its member types
     * @return the items, empty when the element is nil or empty without a default
     */
    public List<String> readUnionList(String emptyValue, FacetSet itemType) {
        String name = currentName();
        return checkUnionItems(parseList(readText(emptyValue), XmlValues::parseString, "element", name), itemType,
                "element", name);
    }

    /**
     * An attribute holding an {@code xs:list} of a union type, each item kept as its text; strict
     * mode reports every item that none of the member types takes, and a missing required attribute.
     *
     * @param namespace the attribute's namespace URI, empty for none
     * @param localName the attribute's local name
     * @param required whether the schema requires the attribute
     * @param itemType the facets of the union that is the item type, with its member types
     * @return the items (empty for an attribute with no items), or null if absent
     */
    public List<String> unionAttributeList(String namespace, String localName, boolean required, FacetSet itemType) {
        List<String> items = required ? requiredAttributeList(namespace, localName, XmlValues::parseString)
                : attributeList(namespace, localName, XmlValues::parseString);
        return items == null ? null : checkUnionItems(items, itemType, "attribute", localName);
    }

    private List<String> checkUnionItems(List<String> items, FacetSet itemType, String kind, String name) {
        for (String item : items) {
            checkUnion(item, itemType, kind, name);
        }
        return items;
    }

    private String checkUnion(String text, FacetSet type, String kind, String name) {
        String mismatch = text != null && isStrict() ? type.unionMismatch(text) : null;
        if (mismatch != null) {
            String shown = text.length() > 64 ? text.substring(0, 64) + "..." : text;
            problems.add(valueProblem(kind, name, "invalid value '" + shown + "' in " + kind + " " + name + ": "
                    + mismatch + " (lenient reading keeps it as text)"));
        }
        return text;
    }

    /**
     * Reads the current element and everything in it as an {@link XmlElement}, as an {@code xs:any}
     * wildcard keeps it, and moves to its end tag. Its attributes ({@code xsi:*} too) and its content are
     * kept as they are and not checked, in strict mode too; the limits still apply.
     *
     * @return the element
     * @throws XmlReadException if a text or attribute is longer than the limit, or the XML is malformed
     */
    public XmlElement readElement() {
        attributesToCheck = false; // every attribute is kept
        List<XmlElement.Builder> open = new ArrayList<XmlElement.Builder>();
        open.add(capturedStart());
        while (true) {
            int event = advance();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT:
                    attributesToCheck = false;
                    open.add(capturedStart());
                    break;
                case XMLStreamConstants.CHARACTERS:
                case XMLStreamConstants.CDATA:
                case XMLStreamConstants.SPACE:
                    if (textLength() > options.maxTextLength()) {
                        throw fatal("text is longer than the limit of " + options.maxTextLength()
                                + " chars (XmlReadOptions.maxTextLength)");
                    }
                    open.get(open.size() - 1).text(stax.getText());
                    break;
                case XMLStreamConstants.END_ELEMENT:
                    XmlElement done = open.remove(open.size() - 1).build();
                    if (open.isEmpty()) {
                        return done;
                    }
                    open.get(open.size() - 1).child(done);
                    break;
                default:
                    break; // comments and processing instructions are not kept
            }
        }
    }

    private XmlElement.Builder capturedStart() {
        XmlElement.Builder element = XmlElement.parsed(orEmpty(stax.getNamespaceURI()), stax.getLocalName());
        for (int i = 0; i < stax.getAttributeCount(); i++) {
            String value = stax.getAttributeValue(i);
            if (value.length() > options.maxTextLength()) {
                throw fatal("attribute " + stax.getAttributeLocalName(i) + " is longer than the limit of "
                        + options.maxTextLength() + " chars (XmlReadOptions.maxTextLength)");
            }
            element.parsedAttribute(orEmpty(stax.getAttributeNamespace(i)), stax.getAttributeLocalName(i), value);
        }
        return element;
    }

    /** Skips the current element and everything in it, leaving the cursor on its end tag. */
    public void skipElement() {
        skipTellingContent();
    }

    /**
     * Skips the current element; returns whether it had content: an element, or text (whitespace
     * too, but not an empty CDATA section).
     */
    private boolean skipTellingContent() {
        // an element skipped whole is reported whole (as unknown), not for its attributes or those inside it
        attributesToCheck = false;
        skipping++;
        int startDepth = depth;
        boolean content = false;
        while (true) {
            int event = advance();
            if (event == XMLStreamConstants.END_ELEMENT && depth < startDepth) {
                skipping--;
                return content;
            }
            boolean text = event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE;
            content |= event == XMLStreamConstants.START_ELEMENT || text && textLength() > 0;
        }
    }

    /**
     * Records a problem at the current position: kept in strict mode (reported when the
     * document ends), ignored in lenient mode.
     *
     * @param message what is wrong
     */
    public void problem(String message) {
        if (isStrict()) {
            problems.add(here(message));
        }
    }

    /**
     * Creates the exception for a problem that stops reading, with every problem recorded so far.
     *
     * @param message what is wrong
     * @return the exception to throw
     */
    public XmlReadException fatal(String message) {
        List<XmlProblem> all = new ArrayList<XmlProblem>(problems);
        all.add(here(message));
        return new XmlReadException(all, null);
    }

    @Override
    public void close() {
        try {
            stax.close();
        } catch (XMLStreamException e) {
            // closing only releases parser state; the underlying input is the caller's
        }
    }

    // ---- internals ---------------------------------------------------------------------------

    // an element that is not nillable may not have xsi:nil, not even "false" (XML Schema 3.3.4)
    private void checkNotNil() {
        for (int i = 0; i < stax.getAttributeCount(); i++) {
            if ("nil".equals(stax.getAttributeLocalName(i)) && XSI.equals(stax.getAttributeNamespace(i))) {
                problem("element " + currentName() + " is not nillable, so it may not have xsi:nil;"
                        + " remove the attribute");
            }
        }
    }

    // a null localName takes a root of any name
    private void enterRoot(String namespace, String localName) {
        while (true) {
            int event = advance();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String ns = orEmpty(stax.getNamespaceURI());
                if (localName != null && (!ns.equals(namespace) || !stax.getLocalName().equals(localName))) {
                    throw fatal("expected root element " + display(namespace, localName) + " but found "
                            + display(ns, stax.getLocalName()));
                }
                return;
            }
            if (event == XMLStreamConstants.END_DOCUMENT) {
                throw fatal("the document has no root element");
            }
            if ((event == XMLStreamConstants.CHARACTERS) && !isWhiteSpaceText()) {
                throw fatal("text before the root element");
            }
        }
    }

    private void finish() {
        while (stax.getEventType() != XMLStreamConstants.END_DOCUMENT) {
            int event = advance();
            if (event == XMLStreamConstants.START_ELEMENT) {
                throw fatal("a second root element");
            }
        }
        if (!problems.isEmpty()) {
            throw new XmlReadException(problems, null);
        }
    }

    private int advance() {
        checkAttributesNow();
        return track(nextEvent());
    }

    /** The parser's next event, with nothing tracked; the parser's failures become {@link XmlReadException}s. */
    private int nextEvent() {
        try {
            if (!stax.hasNext()) {
                throw fatal("unexpected end of document");
            }
            return stax.next();
        } catch (XMLStreamException e) {
            throw StaxInput.failure(problems, e, path(), this::here);
        } catch (RuntimeException e) {
            throw parserFailure(e);
        }
    }

    /** Keeps the depth, the element path and the counts up to date with the event just read. */
    private int track(int event) {
        switch (event) {
            case XMLStreamConstants.START_ELEMENT:
                if (++elementCount > options.maxElementCount()) {
                    throw fatal("more than " + options.maxElementCount()
                            + " elements (XmlReadOptions.maxElementCount)");
                }
                if (depth == pathNames.length) {
                    String[] bigger = new String[depth * 2];
                    System.arraycopy(pathNames, 0, bigger, 0, depth);
                    pathNames = bigger;
                }
                pathNames[depth++] = currentName();
                if (depth > options.maxDepth()) {
                    throw fatal("elements nested deeper than " + options.maxDepth() + " (XmlReadOptions.maxDepth)");
                }
                if (isStrict() && skipping == 0 && stax.getAttributeCount() > 0) {
                    attributesRead.clear();
                    attributesToCheck = true;
                }
                break;
            case XMLStreamConstants.END_ELEMENT:
                depth--;
                break;
            case XMLStreamConstants.DTD:
                throw fatal("a DOCTYPE is not allowed (DTDs and entities are disabled for security)");
            case XMLStreamConstants.ENTITY_REFERENCE:
                throw fatal("entity reference &" + stax.getLocalName() + "; is not allowed");
            default:
                break;
        }
        return event;
    }

    // Some parsers throw unchecked exceptions (Woodstox for an error inside text, when the text is first asked for).
    private RuntimeException parserFailure(RuntimeException e) {
        return e instanceof XmlReadException ? e : StaxInput.failure(problems, e, path(), this::here);
    }

    /** The length of the current text event; a lazy parser parses the text here, so its errors surface here. */
    private int textLength() {
        try {
            return stax.getTextLength();
        } catch (RuntimeException e) {
            throw parserFailure(e);
        }
    }

    /** Whether the current text event is all whitespace; see {@link #textLength()}. */
    private boolean isWhiteSpaceText() {
        try {
            return stax.isWhiteSpace();
        } catch (RuntimeException e) {
            throw parserFailure(e);
        }
    }

    /** Strict mode, still on a start tag not yet checked: reports each attribute the reading code did not ask for. */
    private void checkAttributesNow() {
        if (attributesToCheck) {
            attributesToCheck = false;
            reportUnreadAttributes();
        }
    }

    private void reportUnreadAttributes() {
        for (int i = 0; i < stax.getAttributeCount(); i++) {
            if (!attributesRead.get(i) && !XSI.equals(stax.getAttributeNamespace(i))) {
                problem("unknown attribute " + attributeName(i) + " in element " + currentName());
            }
        }
    }

    /** The attribute's name as written: {@code p:local}, or {@code local} without a prefix. */
    private String attributeName(int i) {
        String prefix = stax.getAttributePrefix(i);
        String local = stax.getAttributeLocalName(i);
        return prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
    }

    // kind is "element" (the cursor is then on that element's end tag) or "attribute"
    private <T> T parse(String text, Function<String, T> parser, String kind, String name) {
        if (text == null) {
            return null;
        }
        try {
            return parser.apply(text);
        } catch (RuntimeException e) {
            invalid(kind, name, text, e);
            return null;
        }
    }

    private <T> List<T> parseList(String text, Function<String, T> parser, String kind, String name) {
        List<T> items = new ArrayList<T>();
        if (text == null) {
            return items;
        }
        for (String token : text.trim().split("[ \t\r\n]+")) {
            if (!token.isEmpty()) {
                T item = parse(token, parser, kind, name);
                if (item != null) {
                    items.add(item);
                }
            }
        }
        return items;
    }

    private void invalid(String kind, String name, String text, RuntimeException cause) {
        String shown = text.length() > 64 ? text.substring(0, 64) + "..." : text;
        XmlProblem problem = valueProblem(kind, name, "invalid value '" + shown + "' in " + kind + " " + name + ": "
                + cause.getMessage());
        if (isStrict()) {
            problems.add(problem);
        } else {
            List<XmlProblem> all = new ArrayList<XmlProblem>(problems);
            all.add(problem);
            throw new XmlReadException(all, cause);
        }
    }

    /** A problem with a value just read; the path names the element (or the attribute's element). */
    private XmlProblem valueProblem(String kind, String name, String message) {
        XmlProblem at = here(message);
        // after reading an element's text the cursor is on its end tag, whose path no longer has the element
        return "element".equals(kind)
                ? new XmlProblem(at.line(), at.column(), (depth == 0 ? "" : at.path()) + "/" + name, at.message())
                : at;
    }

    private XmlProblem here(String message) {
        Location location = stax.getLocation();
        int line = location == null ? -1 : location.getLineNumber();
        int column = location == null ? -1 : location.getColumnNumber();
        return new XmlProblem(line, column, path(), message);
    }

    private String currentName() {
        String prefix = stax.getPrefix();
        String local = stax.getLocalName();
        return prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
    }

    private static String display(String namespace, String localName) {
        return namespace.isEmpty() ? localName : "{" + namespace + "}" + localName;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /**
     * Iterates the child elements of one element: {@link #next()} moves to the next known child
     * (skipping unknown ones) and {@link #index()} tells which one it is. In strict mode it
     * reports unknown children, non-whitespace text, order and occurrence violations.
     */
    public final class Children {
        private XmlChildren known;
        private int parentDepth;
        private String parentName;
        // Only strict mode keeps a record of the children, and checks their order and occurrences.
        private ChildOccurrences occurrences;
        // Lenient mode only notes which single-valued children it has read, bit i for child i (beyond 64: the array).
        private long singlesRead;
        private boolean[] singlesReadBeyond64;
        private final Consumer<String> problemHere = XmlReader.this::problem;
        private int index;
        private boolean textReported;
        // an empty content type (readEmpty) allows no text at all, not even whitespace (XML Schema 3.4.4)
        private boolean emptyContent;

        private Children() {
        }

        private void start(XmlChildren known) {
            this.known = known;
            this.parentDepth = depth;
            this.parentName = depth == 0 ? "" : pathNames[depth - 1];
            this.index = -1;
            this.textReported = false;
            this.emptyContent = false;
            if (isStrict()) {
                if (occurrences == null) {
                    occurrences = new ChildOccurrences();
                }
                occurrences.start(known);
            } else {
                singlesRead = 0L;
                if (known.size() > 64) {
                    if (singlesReadBeyond64 == null || singlesReadBeyond64.length < known.size()) {
                        singlesReadBeyond64 = new boolean[known.size()];
                    } else {
                        Arrays.fill(singlesReadBeyond64, 0, known.size(), false);
                    }
                }
            }
        }

        /**
         * Lenient reading's one occurrence check: a second element where the value holds one would
         * replace the first, so reading stops instead of dropping a value without a word.
         */
        private void requireFirstOfSingle(int found) {
            if (known.maxOccurs(found) != 1) {
                return;
            }
            boolean readBefore;
            if (found < 64) {
                long bit = 1L << found;
                readBefore = (singlesRead & bit) != 0;
                singlesRead |= bit;
            } else {
                readBefore = singlesReadBeyond64[found];
                singlesReadBeyond64[found] = true;
            }
            if (readBefore) {
                String what = known.isWildcard(found)
                        ? "element " + currentName() + " is one too many: " + known.describe(found) + " allows at most 1"
                        : "element " + currentName() + " occurs more than 1 time";
                throw fatal(what + ", and the value holds one: reading both would drop the first, so reading stops"
                        + " here (remove the duplicate, or give the element maxOccurs=\"unbounded\" in the schema if"
                        + " the sender repeats it)");
            }
        }

        /**
         * Moves to the next known child element.
         *
         * @return true when on a known child's start tag, false when the parent's end tag is reached
         */
        public boolean next() {
            if (stax.getEventType() == XMLStreamConstants.START_ELEMENT && depth == parentDepth + 1) {
                skipElement(); // the caller did not read the previous child
            }
            while (true) {
                int event = advance();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT:
                        int found = known.indexOf(orEmpty(stax.getNamespaceURI()), stax.getLocalName());
                        if (found < 0) {
                            problem("unknown element " + currentName());
                            skipElement();
                            break;
                        }
                        if (isStrict()) {
                            occurrences.child(found, currentName(), problemHere);
                            // a wildcard's element is kept as it is, xsi:nil too (XmlElement)
                            if (!known.isNillable(found) && !known.isWildcard(found)) {
                                checkNotNil();
                            }
                        } else {
                            requireFirstOfSingle(found);
                        }
                        index = found;
                        return true;
                    case XMLStreamConstants.END_ELEMENT:
                        if (isStrict()) {
                            checkEnd();
                        }
                        index = -1;
                        return false;
                    case XMLStreamConstants.CHARACTERS:
                    case XMLStreamConstants.CDATA:
                    case XMLStreamConstants.SPACE:
                        if (isStrict() && !textReported && (emptyContent ? textLength() > 0 : !isWhiteSpaceText())) {
                            textReported = true;
                            problem(emptyContent ? "unexpected text in an element whose content is empty (whitespace"
                                    + " too)" : "unexpected text in element-only content");
                        }
                        break;
                    default:
                        break;
                }
            }
        }

        /**
         * The index (in {@link XmlChildren} order) of the current child.
         *
         * @return the index, or -1 after the end
         */
        public int index() {
            return index;
        }

        private void checkEnd() {
            List<String> missing = occurrences.missing();
            if (missing.isEmpty()) {
                return;
            }
            String where = (depth == 0 ? "" : path()) + "/" + parentName;
            Location location = stax.getLocation();
            for (String message : missing) {
                problems.add(new XmlProblem(location == null ? -1 : location.getLineNumber(),
                        location == null ? -1 : location.getColumnNumber(), where, message));
            }
        }
    }
}
