package io.github.cosxml.codegen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The metadata Maven, m2e and XJC read from the plugin jar: the plugin descriptor that
 * {@code mvn help:describe} and {@code cosxml:help} print, the m2e lifecycle mapping, and the XJC
 * plugin's service registration.
 */
class PluginMetadataTest {
    private static final List<String> USER_PARAMETERS = List.of("schemaDirectory", "includes", "excludes",
            "dependencySchemas", "bindingDirectory", "bindingFiles", "packageName", "namespacePackages",
            "schemaPackages", "outputDirectory", "skip");

    @Test
    void everyParameterOfTheGenerateGoalIsDocumented() throws Exception {
        Element mojo = generateMojo(read("META-INF/maven/plugin.xml"));

        assertThat(text(mojo, "phase")).isEqualTo("generate-sources");
        assertThat(text(mojo, "threadSafe")).isEqualTo("true");
        NodeList parameters = ((Element) mojo.getElementsByTagName("parameters").item(0))
                .getElementsByTagName("parameter");
        List<String> editable = new ArrayList<>();
        for (int i = 0; i < parameters.getLength(); i++) {
            Element parameter = (Element) parameters.item(i);
            String name = text(parameter, "name");
            assertThat(text(parameter, "description")).as("description of %s", name).isNotBlank();
            if ("true".equals(text(parameter, "editable"))) {
                editable.add(name);
            }
        }
        assertThat(editable).containsExactlyInAnyOrderElementsOf(USER_PARAMETERS);
    }

    @Test
    void m2eMappingAndXjcServiceAreShipped() throws Exception {
        Document m2e = read("META-INF/m2e/lifecycle-mapping-metadata.xml");
        assertThat(m2e.getElementsByTagName("goal").item(0).getTextContent()).isEqualTo("generate");
        assertThat(m2e.getElementsByTagName("runOnConfiguration").item(0).getTextContent()).isEqualTo("true");
        try (InputStream in = resource("META-INF/services/com.sun.tools.xjc.Plugin")) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip())
                    .isEqualTo("io.github.cosxml.codegen.xjc.CosxmlXjcPlugin");
        }
    }

    private static Element generateMojo(Document descriptor) {
        NodeList mojos = descriptor.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            if ("generate".equals(text(mojo, "goal"))) {
                return mojo;
            }
        }
        throw new AssertionError("no generate goal in plugin.xml");
    }

    private static String text(Element parent, String child) {
        NodeList nodes = parent.getElementsByTagName(child);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().strip();
    }

    private static Document read(String path) throws Exception {
        try (InputStream in = resource(path)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(in);
        }
    }

    private static InputStream resource(String path) {
        InputStream in = PluginMetadataTest.class.getClassLoader().getResourceAsStream(path);
        assertThat(in).as(path + " on the classpath").isNotNull();
        return in;
    }
}
