package io.github.cosxml.codegen.maven;

import java.util.Objects;

/**
 * One generated Java source, as the generator hands it to the mojo.
 *
 * @param relativePath the path below the output directory, with {@code /}
 * @param content the source text
 */
public record SourceFile(String relativePath, String content) {

    /** Rejects nulls. */
    public SourceFile {
        Objects.requireNonNull(relativePath, "relativePath");
        Objects.requireNonNull(content, "content");
    }
}
