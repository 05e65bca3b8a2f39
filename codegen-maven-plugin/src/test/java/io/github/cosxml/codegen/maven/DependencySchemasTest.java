package io.github.cosxml.codegen.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DependencySchemasTest {
    @TempDir
    Path classes;

    @Test
    void findsASchemaInADependencysClassesDirectory() throws Exception {
        Path schema = classes.resolve("com/example/a.xsd");
        Files.createDirectories(schema.getParent());
        Files.writeString(schema, "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"/>");

        DependencySchemas.Found found = new DependencySchemas(List.of(artifact(classes))).find("com/example/a.xsd");

        assertThat(found.uri()).isEqualTo(schema.toUri());
        assertThat(found.container()).isEqualTo(classes);
    }

    @Test
    void aMissingSchemaNamesTheScopesTheGeneratorSees() {
        DependencySchemas none = new DependencySchemas(List.of(artifact(classes)));

        assertThatThrownBy(() -> none.find("com/example/missing.xsd"))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("'com/example/missing.xsd' is not in any dependency of the project in compile"
                        + " or provided scope (searched 1 artifacts; test-scoped ones are not resolved")
                .hasMessageContaining("in compile or provided scope, or fix the resource path");
    }

    private static Artifact artifact(Path file) {
        DefaultArtifact artifact = new DefaultArtifact("com.example", "schemas", "1", "compile", "jar", null,
                new DefaultArtifactHandler("jar"));
        artifact.setFile(file.toFile());
        return artifact;
    }
}
