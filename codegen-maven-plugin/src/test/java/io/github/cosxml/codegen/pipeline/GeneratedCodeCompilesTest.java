package io.github.cosxml.codegen.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import io.github.cosxml.codegen.emit.GeneratedFile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The golden files compile with {@code --release 8} against cosxml-core alone, with no warning. */
class GeneratedCodeCompilesTest {
    @Test
    void goldenFilesCompileForJava8WithoutWarnings() throws Exception {
        Map<String, String> golden = GoldenFilesTest.readGoldenFiles();
        assertThat(golden).as("golden files in %s", GoldenFilesTest.GOLDEN).isNotEmpty();
        List<GeneratedFile> files = golden.entrySet().stream()
                .map(e -> new GeneratedFile(e.getKey(), e.getValue())).toList();

        CompiledSources compiled = CompiledSources.compile(files);

        assertThat(compiled.compilation().status()).as(compiled.diagnostics()).isEqualTo(Compilation.Status.SUCCESS);
        assertThat(compiled.compilation().warnings()).as(compiled.diagnostics()).isEmpty();
    }
}
