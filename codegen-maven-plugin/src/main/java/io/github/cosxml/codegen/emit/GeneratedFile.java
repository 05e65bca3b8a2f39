package io.github.cosxml.codegen.emit;

import java.util.Objects;

/**
 * One generated Java source file.
 *
 * @param relativePath the path below the output directory, with {@code /} separators, e.g. {@code io/x/Foo.java}
 * @param content the complete source text
 */
public record GeneratedFile(String relativePath, String content) {

    /** Rejects nulls. */
    public GeneratedFile {
        Objects.requireNonNull(relativePath, "relativePath");
        Objects.requireNonNull(content, "content");
    }
}
