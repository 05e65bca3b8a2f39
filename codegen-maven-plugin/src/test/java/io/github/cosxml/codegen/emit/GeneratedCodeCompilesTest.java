package io.github.cosxml.codegen.emit;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.github.cosxml.codegen.model.SchemaModel;
import io.github.cosxml.codegen.testing.GeneratedCode;
import java.io.File;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The generated code compiles with {@code --release 8} and no warnings at all, against core only. */
class GeneratedCodeCompilesTest {

    private static Compilation compile(SchemaModel model) {
        List<JavaFileObject> sources = JavaGenerator.create().generate(model).stream()
                .map(file -> JavaFileObjects.forSourceString(
                        file.relativePath().replace('/', '.').replaceAll("\\.java$", ""), file.content()))
                .toList();
        return Compiler.javac()
                .withOptions("--release", "8", "-Xlint:all,-options")
                .withClasspath(List.of(new File(GeneratedCode.coreClasspath())))
                .compile(sources);
    }

    @Test
    void jobsModelCompilesWithoutWarnings() {
        Compilation compilation = compile(SampleModels.jobs());
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation.generatedFiles()).isNotEmpty();
    }

    @Test
    void namespacedModelCompilesWithoutWarnings() {
        assertThat(compile(SampleModels.namespaced())).succeededWithoutWarnings();
    }

    @Test
    void generatesOneFilePerTypeSortedByPath() {
        List<GeneratedFile> files = JavaGenerator.create().generate(SampleModels.jobs());
        assertThat(files).extracting(GeneratedFile::relativePath).containsExactly(
                "com/example/jobs/Amount.java", "com/example/jobs/BaseJob.java", "com/example/jobs/Input.java",
                "com/example/jobs/Job.java", "com/example/jobs/Labels.java", "com/example/jobs/State.java");
        assertThat(files).allSatisfy(file -> assertThat(file.content())
                .startsWith("// " + JavaGenerator.DEFAULT_HEADER + "\n"));
    }
}
