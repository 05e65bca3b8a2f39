package io.github.cosxml.codegen.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cosxml.codegen.emit.GeneratedFile;
import io.github.cosxml.codegen.testing.GeneratedCode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The golden files compile with {@code --release 8} against cosxml-core alone, with no warning
 * (EMIT's harness runs javac with {@code -Xlint:all -Werror} and fails on any diagnostic).
 */
class GeneratedCodeCompilesTest {
    @TempDir
    Path work;

    @Test
    void goldenFilesCompileForJava8WithoutWarnings() throws Exception {
        Map<String, String> golden = GoldenFilesTest.readGoldenFiles();
        assertThat(golden).as("golden files in %s", GoldenFilesTest.GOLDEN).isNotEmpty();
        List<GeneratedFile> files = golden.entrySet().stream()
                .map(e -> new GeneratedFile(e.getKey(), e.getValue())).toList();

        try (GeneratedCode code = GeneratedCode.compile(files, work)) {
            for (String path : golden.keySet()) {
                String className = path.replaceAll("\\.java$", "").replace('/', '.');
                assertThat(code.load(className).getName()).isEqualTo(className);
            }
            assertThat(Path.of(work.toString(), "classes", "io/github/cosxml/test/catalog/Catalog.class"))
                    .isRegularFile()
                    .satisfies(file -> assertThat(majorVersion(file)).as("class file version").isEqualTo(52));
        }
    }

    private static int majorVersion(Path classFile) throws java.io.IOException {
        byte[] bytes = java.nio.file.Files.readAllBytes(classFile);
        return ((bytes[6] & 0xff) << 8) | (bytes[7] & 0xff);
    }
}
