package io.github.cosxml.codegen.maven;

/**
 * A {@code <schemaPackage>} of the plugin configuration: the Java package of the classes of one
 * schema document (as XJC assigns packages per namespace, it applies to that document's target
 * namespace).
 */
public class SchemaPackage {
    /**
     * The schema: a path relative to {@code schemaDirectory} (e.g. {@code orders/order.xsd}), or one
     * of the {@code dependencySchemas} resource paths.
     */
    private String schema;
    /** The Java package, e.g. {@code com.example.orders}. */
    private String packageName;

    /** Used by Maven to inject configuration. */
    public SchemaPackage() {
    }

    /** A mapping (tests). */
    SchemaPackage(String schema, String packageName) {
        this.schema = schema;
        this.packageName = packageName;
    }

    /** The schema path. */
    public String getSchema() {
        return schema;
    }

    /** The Java package. */
    public String getPackageName() {
        return packageName;
    }
}
