package io.github.cosxml.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The layout the code generator relies on (README "Layout of the XSDs"): one global element per
 * entry XSD, none in the shared files, type names unique across all files, no namespace, no
 * JAXB customisation inside the XSDs.
 */
class SchemaLayoutTest {

    private static Path directory() {
        return Xmllint.xsdFile(CiSchema.ERROR).getParent();
    }

    private static List<Path> xsdFiles() throws IOException {
        try (Stream<Path> files = Files.list(directory())) {
            return files.filter(f -> f.toString().endsWith(".xsd")).sorted().toList();
        }
    }

    private static Element root(Path xsd) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(xsd.toFile()).getDocumentElement();
        } catch (Exception e) {
            throw new IllegalStateException(xsd + ": " + e.getMessage(), e);
        }
    }

    private static List<Element> topLevel(Element schema, String localName) {
        List<Element> out = new ArrayList<>();
        for (Node n = schema.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getLocalName().equals(localName)) {
                out.add(e);
            }
        }
        return out;
    }

    @Test
    void entriesDeclareTheirRootAndSharedFilesDeclareNoElement() throws IOException {
        List<String> entries = Arrays.stream(CiSchema.values()).map(CiSchema::fileName).toList();
        for (Path xsd : xsdFiles()) {
            List<Element> elements = topLevel(root(xsd), "element");
            String name = xsd.getFileName().toString();
            if (entries.contains(name)) {
                assertThat(elements).as(name).singleElement().satisfies(e -> assertThat(
                        e.getAttribute("name")).isEqualTo(CiSchema.forFileName(name).rootElement()));
            } else {
                assertThat(name).startsWith("ci-").endsWith("-types.xsd");
                assertThat(elements).as(name).isEmpty();
            }
        }
        assertThat(xsdFiles()).extracting(p -> p.getFileName().toString()).containsAll(entries);
    }

    @Test
    void typeNamesAreUniqueAcrossAllFiles() throws IOException {
        Map<String, String> owner = new HashMap<>();
        for (Path xsd : xsdFiles()) {
            Element schema = root(xsd);
            for (String kind : List.of("complexType", "simpleType")) {
                for (Element type : topLevel(schema, kind)) {
                    String previous = owner.put(type.getAttribute("name"),
                            xsd.getFileName().toString());
                    assertThat(previous).as("type %s in %s and %s", type.getAttribute("name"),
                            previous, xsd.getFileName()).isNull();
                }
            }
        }
        assertThat(owner).containsKeys("JobsDetail", "IdInfo", "CardType", "CiTimestamp",
                "ImageLicenseRecResult", "ServiceError", "AILicenseRecResponse");
    }

    @Test
    void noNamespaceAndNoJaxbCustomisation() throws IOException {
        for (Path xsd : xsdFiles()) {
            Element schema = root(xsd);
            String text = Files.readString(xsd);
            assertThat(schema.hasAttribute("targetNamespace")).as(xsd.toString()).isFalse();
            assertThat(text).as(xsd.toString()).doesNotContain("jaxb").doesNotContain("appinfo");
        }
    }
}
