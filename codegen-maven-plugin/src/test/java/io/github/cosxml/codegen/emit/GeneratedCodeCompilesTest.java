package io.github.cosxml.codegen.emit;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.github.cosxml.codegen.model.SchemaModel;
import io.github.cosxml.codegen.testing.GeneratedCode;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.DiagnosticCollector;
import javax.tools.DocumentationTool;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated code compiles with {@code --release 8} and no warnings at all, against core only; its Javadoc is doclint-clean. */
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
    void javadocOfGeneratedCodeIsDoclintClean(@TempDir Path work) throws IOException {
        List<File> sources = new ArrayList<>();
        for (SchemaModel model : List.of(SampleModels.jobs(), SampleModels.namespaced())) {
            for (GeneratedFile file : JavaGenerator.create().generate(model)) {
                Path path = work.resolve("src").resolve(file.relativePath());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.content());
                sources.add(path.toFile());
            }
        }
        DocumentationTool javadoc = ToolProvider.getSystemDocumentationTool();
        StringWriter output = new StringWriter();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javadoc.getStandardFileManager(diagnostics, null, null)) {
            boolean ok = javadoc.getTask(output, files, diagnostics, null,
                    List.of("-quiet", "-Xdoclint:all", "-d", work.resolve("doc").toString(),
                            "-classpath", GeneratedCode.coreClasspath()),
                    files.getJavaFileObjectsFromFiles(sources)).call();
            assertThat(diagnostics.getDiagnostics()).isEmpty();
            assertThat(ok).as(output.toString()).isTrue();
        }
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
