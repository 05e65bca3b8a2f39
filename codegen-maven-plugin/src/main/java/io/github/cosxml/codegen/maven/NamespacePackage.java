package io.github.cosxml.codegen.maven;

/**
 * A {@code <namespacePackage>} of the plugin configuration: the Java package of the classes of
 * one XML namespace.
 */
public class NamespacePackage {
    /** The namespace URI, e.g. {@code urn:example:orders}; empty for no namespace is not supported. */
    private String namespace;
    /** The Java package, e.g. {@code com.example.orders}. */
    private String packageName;

    /** Used by Maven to inject configuration. */
    public NamespacePackage() {
    }

    /** A mapping (tests). */
    NamespacePackage(String namespace, String packageName) {
        this.namespace = namespace;
        this.packageName = packageName;
    }

    /** The namespace URI. */
    public String getNamespace() {
        return namespace;
    }

    /** The Java package. */
    public String getPackageName() {
        return packageName;
    }
}
