package io.github.cosxml.codegen.model;

import java.util.Objects;

/**
 * A top-level Java class reference: package and simple name.
 *
 * @param packageName the package, empty for the default package
 * @param simpleName the simple class name
 */
public record JavaName(String packageName, String simpleName) implements Comparable<JavaName> {

    /** Validates that both parts are present. */
    public JavaName {
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(simpleName, "simpleName");
        if (simpleName.isEmpty()) {
            throw new IllegalArgumentException("simpleName must not be empty");
        }
    }

    /**
     * Returns the fully qualified name, e.g. {@code io.x.Foo}.
     *
     * @return the qualified name
     */
    public String qualifiedName() {
        return packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
    }

    @Override
    public int compareTo(JavaName other) {
        return qualifiedName().compareTo(other.qualifiedName());
    }

    @Override
    public String toString() {
        return qualifiedName();
    }
}
