package io.github.cosxml.codegen.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cosxml.codegen.emit.GeneratedFile;
import io.github.cosxml.codegen.emit.JavaGenerator;
import io.github.cosxml.codegen.model.SchemaModel;
import io.github.cosxml.codegen.xjc.SchemaCompiler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Golden files: the sources generated from the every-construct schema, byte for byte. To review a
 * change of the generator, regenerate them and look at the diff:
 *
 * <pre>mvn -pl codegen-maven-plugin -am test -Dtest=GoldenFilesTest -Dsurefire.failIfNoSpecifiedTests=false -Dcosxml.golden.update=true</pre>
 */
class GoldenFilesTest {
    /** The checked-in expected sources, relative to the module directory (surefire's working directory). */
    static final Path GOLDEN = Paths.get("src/test/golden/everything");
    private static final String UPDATE = "cosxml.golden.update";
    private static final String REGENERATE = "mvn -pl codegen-maven-plugin -am test -Dtest=GoldenFilesTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dcosxml.golden.update=true";

    private static SchemaModel model;
    private static List<GeneratedFile> generated;

    @BeforeAll
    static void generate() throws Exception {
        SchemaCompiler compiler = new SchemaCompiler(w -> { }, JavaGenerator.create());
        model = compiler.model(EverythingSchema.request());
        generated = JavaGenerator.create().generate(model);
        if (Boolean.getBoolean(UPDATE)) {
            rewriteGoldenFiles();
        }
    }

    @Test
    void everyTypeAndEnumHasASourceFile() {
        List<String> paths = generated.stream().map(GeneratedFile::relativePath).toList();
        model.types().forEach(t -> assertThat(paths).contains(path(t.name().qualifiedName())));
        model.enums().forEach(e -> assertThat(paths).contains(path(e.name().qualifiedName())));
    }

    @Test
    void generatedSourcesEqualTheGoldenFilesByteForByte() throws IOException {
        Map<String, String> expected = readGoldenFiles();
        Map<String, String> actual = new TreeMap<>();
        generated.forEach(f -> actual.put(f.relativePath(), f.content()));

        assertThat(actual.keySet()).as("generated files vs %s; to accept a change run: %s", GOLDEN, REGENERATE)
                .containsExactlyElementsOf(expected.keySet());
        actual.forEach((path, content) -> assertThat(content)
                .as("%s differs from the golden file; to accept the change run: %s", path, REGENERATE)
                .isEqualTo(expected.get(path)));
    }

    @Test
    void generationIsDeterministic() throws Exception {
        List<GeneratedFile> again = new SchemaCompiler(w -> { }, JavaGenerator.create()).compile(EverythingSchema.request());

        assertThat(again).isEqualTo(generated);
    }

    private static String path(String qualifiedName) {
        return qualifiedName.replace('.', '/') + ".java";
    }

    static Map<String, String> readGoldenFiles() throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(GOLDEN)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(GOLDEN)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(GOLDEN.relativize(file).toString().replace('\\', '/'),
                        Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static void rewriteGoldenFiles() throws IOException {
        if (Files.isDirectory(GOLDEN)) {
            List<Path> old = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(GOLDEN)) {
                walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(old::add);
            }
            for (Path path : old) {
                Files.delete(path);
            }
        }
        for (GeneratedFile file : generated) {
            Path target = GOLDEN.resolve(file.relativePath());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.content(), StandardCharsets.UTF_8);
        }
        System.out.println("Rewrote " + generated.size() + " golden files in " + GOLDEN.toAbsolutePath()
                + "; review them with git diff");
    }
}
