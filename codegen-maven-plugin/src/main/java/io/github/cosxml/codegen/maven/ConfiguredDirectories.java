package io.github.cosxml.codegen.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What a missing {@code schemaDirectory} or {@code bindingDirectory} means. The defaults
 * ({@code src/main/xsd}, {@code src/main/xjb}) may be missing: a project without schemas or bindings
 * of its own has none. A {@code schemaDirectory} set to another path names schemas the build
 * expects, so its absence is a mistake (a misspelt path would otherwise delete the sources it
 * generated before and fail later, at compile time); a missing {@code bindingDirectory} is a
 * documented way to apply no bindings, and is only said.
 */
final class ConfiguredDirectories {
    static final String DEFAULT_SCHEMA_DIRECTORY = "src/main/xsd";
    static final String DEFAULT_BINDING_DIRECTORY = "src/main/xjb";

    private ConfiguredDirectories() {
    }

    /** The error for a configured schema directory that is not a directory, if it is one. */
    static Optional<String> schemaDirectoryError(Path basedir, Path schemaDirectory) {
        if (Files.isDirectory(schemaDirectory) || isDefault(basedir, schemaDirectory, DEFAULT_SCHEMA_DIRECTORY)) {
            return Optional.empty();
        }
        return Optional.of("cosxml: schemaDirectory " + schemaDirectory + (Files.exists(schemaDirectory)
                ? " is not a directory" : " does not exist") + "; fix the path, or remove the parameter (the default, "
                + DEFAULT_SCHEMA_DIRECTORY + ", may be missing when only dependencySchemas are generated)");
    }

    /** What to say about a configured binding directory that does not exist, if anything. */
    static Optional<String> bindingDirectoryNote(Path basedir, Path bindingDirectory) {
        if (Files.isDirectory(bindingDirectory) || isDefault(basedir, bindingDirectory, DEFAULT_BINDING_DIRECTORY)) {
            return Optional.empty();
        }
        return Optional.of("cosxml: bindingDirectory " + bindingDirectory + " does not exist, so no binding files are"
                + " applied from it");
    }

    private static boolean isDefault(Path basedir, Path directory, String defaultPath) {
        return directory.toAbsolutePath().normalize().equals(basedir.resolve(defaultPath).toAbsolutePath().normalize());
    }
}
