package io.github.cosxml.codegen.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goal in-process, with its parameters set as Maven would set them. */
class GenerateMojoTest {
    private static final String XSD = """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
              <xs:element name="Note"><xs:complexType><xs:sequence>
                <xs:element name="Text" type="xs:string"/>
              </xs:sequence></xs:complexType></xs:element>
            </xs:schema>
            """;

    @TempDir
    Path base;

    private Path schemas;
    private Path output;
    private MavenProject project;
    private final List<String> log = new ArrayList<>();
    private String packageName = "com.example";
    private String pluginVersion = "test";
    private List<java.io.File> bindingFiles = List.of();
    private String executionId = "default";
    private Path stateDirectory;
    private Path bindingDirectory;

    @BeforeEach
    void project() throws Exception {
        schemas = Files.createDirectories(base.resolve("src/main/xsd"));
        output = base.resolve("target/generated-sources/cosxml");
        stateDirectory = base.resolve("target/cosxml-codegen");
        bindingDirectory = base.resolve("src/main/xjb");
        Model model = new Model();
        model.setBuild(new Build());
        project = new MavenProject(model);
        project.setFile(base.resolve("pom.xml").toFile());
    }

    @Test
    void generatesThenIsANoOpThenRegeneratesADeletedFile() throws Exception {
        Files.writeString(schemas.resolve("note.xsd"), XSD);

        run();
        Path note = output.resolve("com/example/Note.java");
        assertThat(note).isRegularFile();
        assertThat(project.getCompileSourceRoots()).containsExactly(output.toString());
        String first = Files.readString(note);

        log.clear();
        run();
        assertThat(log).containsExactly("INFO cosxml: 1 generated sources are up to date, nothing to generate"
                + " (package com.example)");
        assertThat(project.getCompileSourceRoots()).containsExactly(output.toString());

        Files.delete(note);
        log.clear();
        run();
        assertThat(note).hasContent(first);
        assertThat(log).anyMatch(line -> line.contains("(1 written, 0 unchanged, 0 stale deleted)"));
    }

    @Test
    void aChangedSchemaRegeneratesAndRemovedSchemasTakeTheirSourcesAlong() throws Exception {
        Files.writeString(schemas.resolve("note.xsd"), XSD);
        run();

        Files.writeString(schemas.resolve("note.xsd"), XSD.replace("Note", "Memo"));
        run();
        assertThat(output.resolve("com/example/Memo.java")).isRegularFile();
        assertThat(output.resolve("com/example/Note.java")).doesNotExist();

        Files.delete(schemas.resolve("note.xsd"));
        log.clear();
        run();
        assertThat(output.resolve("com/example/Memo.java")).doesNotExist();
        assertThat(log).anyMatch(line -> line.startsWith("WARN cosxml: no schemas found"));
    }

    @Test
    void theLogSaysWhichPackageAndWarnsAboutXjcsFallback() throws Exception {
        Files.writeString(schemas.resolve("note.xsd"), XSD);
        run();
        assertThat(log).anyMatch(line -> line.startsWith("INFO cosxml: generated ") && line.contains(", package com.example ("));

        packageName = null; // as when <packageName> is misspelt: Maven 3.8 ignores an unknown parameter
        log.clear();
        run();
        assertThat(output.resolve("generated/Note.java")).isRegularFile();
        assertThat(log).anyMatch(line -> line.contains(", package generated ("))
                .contains("WARN cosxml: classes went to package 'generated', XJC's choice for a schema without"
                        + " targetNamespace when no package is configured; set packageName (or namespacePackages,"
                        + " schemaPackages) to choose one");

        packageName = "generated"; // chosen, not fallen back to
        Files.writeString(schemas.resolve("note.xsd"), XSD.replace("Text", "Body"));
        log.clear();
        run();
        assertThat(log).anyMatch(line -> line.contains(", package generated (")).noneMatch(line -> line.startsWith("WARN"));
    }

    @Test
    void aSchemaDirectoryThatIsConfiguredButMissingFailsAndDeletesNothing() throws Exception {
        Files.writeString(schemas.resolve("note.xsd"), XSD);
        run();
        Path note = output.resolve("com/example/Note.java");
        assertThat(note).isRegularFile();

        schemas = base.resolve("src/main/xds"); // a typo
        assertThatThrownBy(this::run).isInstanceOf(MojoFailureException.class)
                .hasMessage("cosxml: schemaDirectory " + schemas + " does not exist; fix the path, or remove the"
                        + " parameter (the default, src/main/xsd, may be missing when only dependencySchemas are"
                        + " generated)");
        assertThat(note).as("the sources generated before").isRegularFile();

        schemas = Files.writeString(base.resolve("schemas.txt"), "");
        assertThatThrownBy(this::run).hasMessageContaining("schemas.txt is not a directory");
    }

    @Test
    void aMissingDefaultSchemaDirectoryIsNoError() throws Exception {
        Files.delete(schemas);

        run();

        assertThat(log).anyMatch(line -> line.startsWith("WARN cosxml: no schemas found"));
    }

    @Test
    void aBindingDirectoryThatIsConfiguredButMissingIsSaid() throws Exception {
        Files.writeString(schemas.resolve("note.xsd"), XSD);
        bindingDirectory = base.resolve("src/main/xjb-ci");

        run();

        assertThat(log).contains("INFO cosxml: bindingDirectory " + bindingDirectory
                + " does not exist, so no binding files are applied from it");
        bindingDirectory = base.resolve("src/main/xjb");
        log.clear();
        run();
        assertThat(log).noneMatch(line -> line.contains("bindingDirectory"));
    }

    @Test
    void theNoOpWritesNothing() throws Exception {
        Files.writeString(schemas.resolve("note.xsd"), XSD);
        run();
        Map<Path, String> before = snapshot(base.resolve("target"));

        log.clear();
        run();

        assertThat(log).containsExactly("INFO cosxml: 1 generated sources are up to date, nothing to generate"
                + " (package com.example)");
        assertThat(snapshot(base.resolve("target"))).isEqualTo(before);
    }

    @Test
    void aBindingFileFoundInTheDirectoryAndAlsoListedIsAppliedOnce() throws Exception {
        Files.writeString(schemas.resolve("note.xsd"), XSD);
        Path bindings = Files.createDirectories(base.resolve("src/main/xjb")).resolve("b.xjb");
        Files.writeString(bindings, binding("com.example.bound"));
        bindingFiles = List.of(bindings.toFile(), base.resolve("src/main/xjb/../xjb/b.xjb").toFile());

        run();

        assertThat(output.resolve("com/example/bound/Note.java")).isRegularFile();
    }

    @Test
    void changingTheOutputDirectoryTakesTheSourcesAlong() throws Exception {
        Files.writeString(schemas.resolve("note.xsd"), XSD);
        run();
        Path before = output.resolve("com/example/Note.java");
        assertThat(before).isRegularFile();

        output = base.resolve("target/elsewhere");
        log.clear();
        run();

        assertThat(before).doesNotExist();
        assertThat(output.resolve("com/example/Note.java")).isRegularFile();
        assertThat(log).contains("INFO cosxml: outputDirectory changed; deleted 1 sources generated into "
                + base.resolve("target/generated-sources/cosxml"));
    }

    @Test
    void theSourcesOfAnExecutionNoLongerConfiguredAreDeleted() throws Exception {
        Files.writeString(schemas.resolve("note.xsd"), XSD);
        executionId = "a";
        packageName = "com.example.a";
        run();
        Path fromA = output.resolve("com/example/a/Note.java");
        assertThat(fromA).isRegularFile();

        declareExecutions("b");
        newBuild();
        executionId = "b";
        packageName = "com.example.b";
        log.clear();
        run();

        assertThat(fromA).doesNotExist();
        assertThat(base.resolve("target/cosxml-codegen/a.state")).doesNotExist();
        assertThat(output.resolve("com/example/b/Note.java")).isRegularFile();
        assertThat(log).contains("INFO cosxml: execution 'a' is no longer configured; deleted the 1 sources it generated");

        executionId = "default-cli"; // a command-line run keeps the configured executions' sources
        log.clear();
        run();
        assertThat(output.resolve("com/example/b/Note.java")).isRegularFile();
        assertThat(log).noneMatch(line -> line.contains("no longer configured"));
    }

    @Test
    void aGlobPatternIsRefusedRatherThanMatchingNothing() throws Exception {
        Files.writeString(schemas.resolve("note.xsd"), XSD);
        GenerateMojo mojo = mojo();
        set(mojo, "includes", List.of("{note,memo}.xsd"));

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("includes: '{note,memo}.xsd' uses glob syntax ({a,b} or [ab]); Ant-style patterns have"
                        + " only *, ? and **. Give each alternative as its own entry.");
    }

    @Test
    void aCopiedProjectWithItsTargetLeavesTheOriginalAlone() throws Exception {
        Files.writeString(schemas.resolve("note.xsd"), XSD);
        run();
        Path original = output.resolve("com/example/Note.java");
        Path copy = base.resolve("copy");
        copyTree(base.resolve("src"), copy.resolve("src"));
        copyTree(base.resolve("target"), copy.resolve("target"));
        schemas = copy.resolve("src/main/xsd");
        output = copy.resolve("target/generated-sources/cosxml");
        stateDirectory = copy.resolve("target/cosxml-codegen");
        project.setFile(copy.resolve("pom.xml").toFile());
        Files.writeString(schemas.resolve("note.xsd"), XSD.replace("Note", "Memo"));

        log.clear();
        run();

        assertThat(original).as("the original project's source").isRegularFile();
        assertThat(output.resolve("com/example/Memo.java")).isRegularFile();
        assertThat(output.resolve("com/example/Note.java")).as("the copy's own stale source").doesNotExist();
        assertThat(log).noneMatch(line -> line.contains("outputDirectory changed"));
    }

    @Test
    void aSourceAnotherExecutionAlsoGeneratesIsNotStale() throws Exception {
        Files.writeString(schemas.resolve("note.xsd"), XSD);
        declareExecutions("x", "y");
        executionId = "x";
        run();
        executionId = "y";
        run();
        Path shared = output.resolve("com/example/Note.java");

        packageName = "com.example.y"; // y no longer generates the shared file; x still does
        run();

        assertThat(shared).isRegularFile();
        assertThat(output.resolve("com/example/y/Note.java")).isRegularFile();
    }

    @Test
    void aCommandLineRunInTheSameBuildKeepsItsSourcesAlsoWhenUpToDate() throws Exception {
        Files.writeString(schemas.resolve("note.xsd"), XSD);
        declareExecutions("main");
        for (int build = 0; build < 2; build++) {
            newBuild(); // mvn cosxml:generate generate-sources: default-cli, then the lifecycle's main
            executionId = "default-cli";
            packageName = "com.example";
            run();
            executionId = "main";
            packageName = "com.example.main";
            log.clear();
            run();

            assertThat(output.resolve("com/example/Note.java")).as("build %d", build).isRegularFile();
            assertThat(log).noneMatch(line -> line.contains("no longer configured"));
        }
        newBuild(); // a later build without the command-line goal: its sources go
        run();
        assertThat(output.resolve("com/example/Note.java")).doesNotExist();
    }

    @Test
    void anExecutionSwitchedOffWithPhaseNoneCountsAsRemoved() throws Exception {
        Files.writeString(schemas.resolve("note.xsd"), XSD);
        declareExecutions("a", "b");
        executionId = "a";
        packageName = "com.example.a";
        run();
        executionId = "b";
        packageName = "com.example.b";
        run();

        project.getModel().getBuild().getPlugins().get(0).getExecutions().get(1).setPhase("none");
        newBuild();
        executionId = "a";
        packageName = "com.example.a";
        run();

        assertThat(output.resolve("com/example/b/Note.java")).doesNotExist();
        assertThat(output.resolve("com/example/a/Note.java")).isRegularFile();
    }

    @Test
    void removingOneOfTwoExecutionsThatShareAFileKeepsIt() throws Exception {
        Files.writeString(schemas.resolve("note.xsd"), XSD);
        declareExecutions("x", "y");
        executionId = "x";
        run();
        executionId = "y";
        run();

        project.getModel().getBuild().getPlugins().clear();
        declareExecutions("x");
        newBuild();
        executionId = "x";
        log.clear();
        run();

        assertThat(output.resolve("com/example/Note.java")).isRegularFile();
        assertThat(log).contains("INFO cosxml: execution 'y' is no longer configured; deleted the 0 sources it generated");
    }

    @Test
    void movingOneExecutionOutOfASharedFolderKeepsTheFilesTheOtherStillNames() throws Exception {
        Files.writeString(schemas.resolve("note.xsd"), XSD);
        declareExecutions("x", "y");
        executionId = "x";
        run();
        executionId = "y";
        run();
        Path shared = output.resolve("com/example/Note.java");

        output = base.resolve("target/elsewhere");
        run();

        assertThat(shared).as("x's").isRegularFile();
        assertThat(output.resolve("com/example/Note.java")).isRegularFile();
    }

    @Test
    void everyChangeThatMustRegenerateDoes() throws Exception {
        Files.writeString(schemas.resolve("note.xsd"), XSD);
        Path bindings = Files.createDirectories(base.resolve("src/main/xjb")).resolve("b.xjb");
        Files.writeString(bindings, binding("com.example.bound"));
        run();
        Path note = output.resolve("com/example/bound/Note.java");
        assertThat(note).isRegularFile();

        Files.writeString(bindings, binding("com.example.other"));
        assertRegenerates(0);
        assertThat(output.resolve("com/example/other/Note.java")).isRegularFile();
        assertThat(note).doesNotExist();

        Files.delete(bindings);
        assertRegenerates(0);
        note = output.resolve("com/example/Note.java");
        assertThat(note).isRegularFile();

        packageName = "com.example.renamed";
        assertRegenerates(0);
        assertThat(output.resolve("com/example/renamed/Note.java")).isRegularFile();
        packageName = "com.example";
        assertRegenerates(0);

        pluginVersion = "test-2";
        assertRegenerates(1);

        String original = Files.readString(note);
        Files.writeString(note, original.replace("final class", "final CLASS"));
        assertThat(Files.size(note)).isEqualTo(original.length());
        assertRegenerates(0);
        assertThat(note).hasContent(original);

        Files.writeString(schemas.resolve("note.xsd"), XSD.replace("Text", "Body"));
        assertRegenerates(0);
        assertThat(Files.readString(note)).contains("getBody()");
    }

    @Test
    void aBrokenSchemaFailsWithFileLineAndColumn() throws Exception {
        Files.writeString(schemas.resolve("broken.xsd"), XSD.replace("xs:string", "xs:nosuch"));

        assertThatThrownBy(this::run).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining(schemas.resolve("broken.xsd") + ":3:")
                .hasMessageContaining("Fix each problem above");
        assertThat(log).anyMatch(line -> line.startsWith("ERROR " + schemas.resolve("broken.xsd") + ":3:"));
    }

    @Test
    void aCheckThatTheGeneratedCodeApproximatesIsAWarningWithItsPlace() throws Exception {
        Files.writeString(schemas.resolve("note.xsd"), XSD.replace("<xs:sequence>", "<xs:sequence maxOccurs=\"2\">")
                .replace("type=\"xs:string\"/>", "type=\"xs:string\" minOccurs=\"2\" maxOccurs=\"2\"/>"));

        run();

        assertThat(output.resolve("com/example/Note.java")).isRegularFile();
        assertThat(log).filteredOn(line -> line.startsWith("WARN")).singleElement().asString()
                .startsWith("WARN cosxml: " + schemas.resolve("note.xsd") + ":3:")
                .contains(": element Text may occur 2 or 4 times; validate() and strict reading check only that it"
                        + " occurs from 2 to 4 times");
    }

    @Test
    void skipDoesNothing() throws Exception {
        Files.writeString(schemas.resolve("note.xsd"), XSD);
        GenerateMojo mojo = mojo();
        set(mojo, "skip", true);

        mojo.execute();

        assertThat(output).doesNotExist();
        assertThat(project.getCompileSourceRoots()).isEmpty();
        assertThat(log).containsExactly("INFO cosxml: skipped (cosxml.skip=true)");
    }

    private void run() throws Exception {
        mojo().execute();
    }

    /** Runs the goal, which must generate (not be a no-op), with {@code unchanged} files whose bytes stayed. */
    private void assertRegenerates(int unchanged) throws Exception {
        log.clear();
        run();
        assertThat(log).hasSize(1).allMatch(line -> line.startsWith("INFO cosxml: generated ")
                && line.contains(" written, " + unchanged + " unchanged, "));
    }

    private static String binding(String packageName) {
        return """
                <jaxb:bindings xmlns:jaxb="https://jakarta.ee/xml/ns/jaxb" xmlns:xs="http://www.w3.org/2001/XMLSchema"
                    version="3.0" schemaLocation="../xsd/note.xsd" node="/xs:schema">
                  <jaxb:schemaBindings><jaxb:package name="%s"/></jaxb:schemaBindings>
                </jaxb:bindings>
                """.formatted(packageName);
    }

    /** A new build of the same project: the project's context (what ran in this build) starts empty. */
    private void newBuild() {
        MavenProject next = new MavenProject(project.getModel());
        next.setFile(project.getFile());
        project = next;
    }

    /** Declares the plugin in the project's build with executions of these ids. */
    private void declareExecutions(String... ids) {
        Plugin declared = new Plugin();
        declared.setGroupId("io.github.cosxml");
        declared.setArtifactId("cosxml-codegen-maven-plugin");
        for (String id : ids) {
            PluginExecution execution = new PluginExecution();
            execution.setId(id);
            declared.addExecution(execution);
        }
        project.getBuild().addPlugin(declared);
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path source : all.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    /** Every file below {@code directory}: its time and content. */
    private static Map<Path, String> snapshot(Path directory) throws Exception {
        Map<Path, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(directory)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                files.put(file, Files.getLastModifiedTime(file) + " " + Files.readString(file));
            }
        }
        return files;
    }

    private GenerateMojo mojo() throws Exception {
        GenerateMojo mojo = new GenerateMojo();
        set(mojo, "schemaDirectory", schemas.toFile());
        set(mojo, "bindingDirectory", bindingDirectory.toFile());
        set(mojo, "outputDirectory", output.toFile());
        set(mojo, "stateDirectory", stateDirectory.toFile());
        set(mojo, "packageName", packageName);
        set(mojo, "bindingFiles", bindingFiles);
        set(mojo, "project", project);
        set(mojo, "mojoExecution", new MojoExecution(new MojoDescriptor(), executionId));
        PluginDescriptor plugin = new PluginDescriptor();
        plugin.setGroupId("io.github.cosxml");
        plugin.setArtifactId("cosxml-codegen-maven-plugin");
        plugin.setVersion(pluginVersion);
        set(mojo, "plugin", plugin);
        mojo.setLog(new RecordingLog(log));
        return mojo;
    }

    private static void set(Object target, String field, Object value) throws ReflectiveOperationException {
        Field f = GenerateMojo.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }

    /** Keeps what the mojo logs, as "LEVEL message". */
    private static final class RecordingLog extends SystemStreamLog {
        private final List<String> lines;

        RecordingLog(List<String> lines) {
            this.lines = lines;
        }

        @Override
        public void info(CharSequence content) {
            lines.add("INFO " + content);
        }

        @Override
        public void warn(CharSequence content) {
            lines.add("WARN " + content);
        }

        @Override
        public void error(CharSequence content) {
            lines.add("ERROR " + content);
        }
    }

}
