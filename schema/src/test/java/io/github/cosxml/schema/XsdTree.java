package io.github.cosxml.schema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The element tree an entry XSD allows, read with the JDK's DOM: every element path from the
 * root with its occurrence and the kind of its type. Handles what cosxml's XSDs use: includes,
 * named and anonymous types, simple-type restriction chains, xs:sequence, xs:all and xs:choice.
 */
final class XsdTree {

    static final String XS = XMLConstants.W3C_XML_SCHEMA_NS_URI;
    static final int UNBOUNDED = Integer.MAX_VALUE;

    /** What kind of content a node has, in the vocabulary of the pages' Type column. */
    enum Kind { CONTAINER, STRING, INTEGER, OTHER }

    /** One element declaration reached from the root. */
    record Decl(String path, int minOccurs, int maxOccurs, Kind kind, String typeName) {
        boolean repeats() {
            return maxOccurs > 1;
        }
    }

    private final Map<String, Element> complexTypes = new HashMap<>();
    private final Map<String, Element> simpleTypes = new HashMap<>();
    private final Map<String, Element> globalElements = new HashMap<>();
    private final Map<String, Decl> decls = new LinkedHashMap<>();

    private XsdTree() {
    }

    /** @return the tree of the entry XSD {@code entry}, its includes read from the same folder */
    static XsdTree load(Path entry) {
        XsdTree tree = new XsdTree();
        tree.read(entry, new HashSet<>());
        if (tree.globalElements.size() != 1) {
            throw new IllegalStateException(entry + ": an entry XSD must declare exactly one global"
                    + " element, found " + tree.globalElements.keySet());
        }
        Element root = tree.globalElements.values().iterator().next();
        tree.walk(root, "", 1, 1, new ArrayDeque<>());
        return tree;
    }

    /** @return every declaration by path, in schema order */
    Map<String, Decl> decls() {
        return decls;
    }

    private void read(Path file, Set<Path> seen) {
        if (!seen.add(file.toAbsolutePath().normalize())) {
            return;
        }
        Element schema;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            schema = factory.newDocumentBuilder().parse(Files.newInputStream(file))
                    .getDocumentElement();
        } catch (IOException | org.xml.sax.SAXException
                | javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        for (Element child : children(schema)) {
            switch (child.getLocalName()) {
                case "include" -> read(file.resolveSibling(child.getAttribute("schemaLocation")), seen);
                case "complexType" -> complexTypes.put(child.getAttribute("name"), child);
                case "simpleType" -> simpleTypes.put(child.getAttribute("name"), child);
                case "element" -> globalElements.put(child.getAttribute("name"), child);
                default -> { }
            }
        }
    }

    private void walk(Element element, String parentPath, int min, int max, Deque<String> types) {
        String path = parentPath + "/" + element.getAttribute("name");
        String typeName = element.getAttribute("type");
        Element complex = null;
        Kind kind;
        if (!typeName.isEmpty() && complexTypes.containsKey(typeName)) {
            complex = complexTypes.get(typeName);
            kind = Kind.CONTAINER;
        } else if (!typeName.isEmpty()) {
            kind = simpleKind(typeName);
        } else {
            complex = child(element, "complexType");
            Element simple = child(element, "simpleType");
            kind = complex != null ? Kind.CONTAINER
                    : simple != null ? restrictionKind(simple) : Kind.STRING;
        }
        decls.put(path, new Decl(path, min, max, kind, typeName.isEmpty() ? "(anonymous)" : typeName));
        if (complex != null) {
            if (types.contains(typeName)) {
                return;
            }
            types.push(typeName);
            for (Element particle : children(complex)) {
                walkParticle(particle, path, 1, 1, types);
            }
            types.pop();
        }
    }

    private void walkParticle(Element particle, String path, int outerMin, int outerMax,
            Deque<String> types) {
        String name = particle.getLocalName();
        if (!Set.of("sequence", "all", "choice", "element").contains(name)) {
            return;
        }
        int min = multiply(outerMin, occurs(particle, "minOccurs"));
        int max = multiply(outerMax, occurs(particle, "maxOccurs"));
        if (name.equals("choice")) {
            min = 0;
        }
        if (name.equals("element")) {
            walk(particle, path, min, max, types);
            return;
        }
        for (Element inner : children(particle)) {
            walkParticle(inner, path, min, max, types);
        }
    }

    private Kind simpleKind(String typeName) {
        if (typeName.startsWith("xs:")) {
            return builtinKind(typeName.substring(3));
        }
        Element simple = simpleTypes.get(typeName);
        if (simple == null) {
            throw new IllegalStateException("Unknown type " + typeName);
        }
        return restrictionKind(simple);
    }

    private Kind restrictionKind(Element simpleType) {
        Element restriction = child(simpleType, "restriction");
        if (restriction == null) {
            return Kind.OTHER;
        }
        return simpleKind(restriction.getAttribute("base"));
    }

    private static Kind builtinKind(String local) {
        return switch (local) {
            case "string", "normalizedString", "token" -> Kind.STRING;
            case "int", "integer", "long", "short", "byte", "nonNegativeInteger",
                    "positiveInteger", "unsignedInt", "unsignedLong", "unsignedShort",
                    "unsignedByte" -> Kind.INTEGER;
            default -> Kind.OTHER;
        };
    }

    private static int occurs(Element particle, String attribute) {
        String value = particle.getAttribute(attribute);
        if (value.isEmpty()) {
            return 1;
        }
        return value.equals("unbounded") ? UNBOUNDED : Integer.parseInt(value);
    }

    private static int multiply(int a, int b) {
        if (a == 0 || b == 0) {
            return 0;
        }
        return a == UNBOUNDED || b == UNBOUNDED ? UNBOUNDED : a * b;
    }

    private static Element child(Element parent, String localName) {
        for (Element child : children(parent)) {
            if (child.getLocalName().equals(localName)) {
                return child;
            }
        }
        return null;
    }

    private static Iterable<Element> children(Element parent) {
        java.util.List<Element> out = new java.util.ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && XS.equals(e.getNamespaceURI())) {
                out.add(e);
            }
        }
        return out;
    }
}
