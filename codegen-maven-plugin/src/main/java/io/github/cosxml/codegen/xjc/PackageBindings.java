package io.github.cosxml.codegen.xjc;

import java.io.StringReader;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.xml.sax.InputSource;

/**
 * Turns per-namespace and per-schema package settings into one standard JAXB binding document,
 * so that XJC applies them exactly as it applies a user's {@code jaxb:package}.
 */
final class PackageBindings {
    /** The system id of the synthesized document; it appears in error messages. */
    static final String SYSTEM_ID = "urn:cosxml:package-bindings.xjb";

    private PackageBindings() {
    }

    /** The binding document, or empty when there is nothing to bind. */
    static Optional<InputSource> forRequest(XjcRequest request) {
        if (request.namespacePackages().isEmpty() && request.schemaPackages().isEmpty()) {
            return Optional.empty();
        }
        StringBuilder xml = new StringBuilder()
                .append("<jaxb:bindings xmlns:jaxb=\"https://jakarta.ee/xml/ns/jaxb\"")
                .append(" xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" version=\"3.0\">\n");
        int prefix = 0;
        for (Map.Entry<String, String> entry : request.sortedNamespacePackages().entrySet()) {
            String ns = "ns" + prefix++;
            xml.append("  <jaxb:bindings scd=\"x-schema::").append(ns).append("\" xmlns:").append(ns).append("=\"")
                    .append(escape(entry.getKey())).append("\">");
            appendPackage(xml, entry.getValue());
            xml.append("</jaxb:bindings>\n");
        }
        for (Map.Entry<URI, String> entry : request.sortedSchemaPackages().entrySet()) {
            xml.append("  <jaxb:bindings schemaLocation=\"").append(escape(entry.getKey().toString()))
                    .append("\" node=\"/xs:schema\">");
            appendPackage(xml, entry.getValue());
            xml.append("</jaxb:bindings>\n");
        }
        xml.append("</jaxb:bindings>\n");
        InputSource source = new InputSource(new StringReader(xml.toString()));
        source.setSystemId(SYSTEM_ID);
        return Optional.of(source);
    }

    private static void appendPackage(StringBuilder xml, String packageName) {
        xml.append("<jaxb:schemaBindings><jaxb:package name=\"").append(escape(packageName))
                .append("\"/></jaxb:schemaBindings>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
