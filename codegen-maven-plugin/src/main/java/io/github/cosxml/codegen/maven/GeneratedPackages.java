package io.github.cosxml.codegen.maven;

import java.util.Collection;
import java.util.TreeSet;

/** The Java packages a run generated into, for the build log. */
final class GeneratedPackages {
    /** The package XJC chooses for a schema without a target namespace when no package is configured. */
    static final String XJC_FALLBACK = "generated";

    private final TreeSet<String> names = new TreeSet<>();

    /**
     * The packages of sources.
     *
     * @param relativePaths the sources' paths below the output directory, with {@code /}
     */
    GeneratedPackages(Collection<String> relativePaths) {
        for (String path : relativePaths) {
            int slash = path.lastIndexOf('/');
            names.add(slash < 0 ? "" : path.substring(0, slash).replace('/', '.'));
        }
    }

    /** {@code package a.b}, {@code packages a.b, c.d}, or {@code no package} when nothing was generated. */
    String describe() {
        if (names.isEmpty()) {
            return "no package";
        }
        return (names.size() == 1 ? "package " : "packages ") + String.join(", ", names);
    }

    /** Whether some classes went to XJC's fallback package: the schema has no namespace and no package was set. */
    boolean includesXjcFallback() {
        return names.contains(XJC_FALLBACK);
    }
}
