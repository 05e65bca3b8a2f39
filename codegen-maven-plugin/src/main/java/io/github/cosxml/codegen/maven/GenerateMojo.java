package io.github.cosxml.codegen.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.repository.RemoteRepository;

/**
 * Generates typed, immutable Java classes with StAX readers and writers from XML Schemas (and
 * standard JAXB binding files). The generated code needs only the JDK and {@code cosxml-core}.
 *
 * <p>Incremental: when the schemas, bindings, configuration and plugin are unchanged since the last
 * run and every generated file is intact, nothing is generated (one log line says so). Only files
 * whose bytes change are written. The output directory is always added as a compile source root.
 *
 * <p>The up-to-date check uses only the JDK and Maven's API: XJC is not among the plugin's runtime
 * dependencies, so Maven neither resolves nor opens it for a build that has nothing to generate. The
 * goal resolves and loads XJC ({@link GeneratorRuntime}) only when it generates.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.COMPILE)
public final class GenerateMojo extends AbstractMojo {
    /** The project context key of the ids of this plugin's executions that ran in this build. */
    private static final String EXECUTIONS_THIS_BUILD = "io.github.cosxml.codegen.executions";


    /** The directory holding the schemas to compile; {@code includes} and {@code excludes} select the files. */
    @Parameter(property = "cosxml.schemaDirectory", defaultValue = "${project.basedir}/src/main/xsd")
    private File schemaDirectory;

    /** Ant-style patterns of the schemas to compile, relative to {@code schemaDirectory}. Default: {@code **}{@code /*.xsd}. */
    @Parameter
    private List<String> includes;

    /**
     * Ant-style patterns of files under {@code schemaDirectory} not to compile (for example schemas
     * that are only included by others).
     */
    @Parameter
    private List<String> excludes;

    /**
     * Schemas to compile from the project's dependencies, by resource path inside the jar (for example
     * {@code io/github/cosxml/schema/image-license-rec-job-request.xsd}). The jar must be a dependency of the project.
     */
    @Parameter
    private List<String> dependencySchemas;

    /** A directory of standard JAXB binding files; every {@code *.xjb} below it is applied. */
    @Parameter(property = "cosxml.bindingDirectory", defaultValue = "${project.basedir}/src/main/xjb")
    private File bindingDirectory;

    /** More standard JAXB binding files ({@code .xjb}) to apply, in addition to those in {@code bindingDirectory}. */
    @Parameter
    private List<File> bindingFiles;

    /**
     * The Java package of the generated classes. A {@code jaxb:package} binding, {@code namespacePackages}
     * and {@code schemaPackages} take precedence. Without it, packages are derived from the namespaces.
     */
    @Parameter(property = "cosxml.packageName")
    private String packageName;

    /**
     * Packages per XML namespace: {@code <namespacePackage><namespace>urn:x</namespace>
     * <packageName>com.example.x</packageName></namespacePackage>}.
     */
    @Parameter
    private List<NamespacePackage> namespacePackages;

    /**
     * Packages per schema document: {@code <schemaPackage><schema>orders/order.xsd</schema>
     * <packageName>com.example.orders</packageName></schemaPackage>}. The schema is a path relative to
     * {@code schemaDirectory} or one of {@code dependencySchemas}.
     */
    @Parameter
    private List<SchemaPackage> schemaPackages;

    /** Where the Java sources are written; always added as a compile source root. */
    @Parameter(property = "cosxml.outputDirectory",
            defaultValue = "${project.build.directory}/generated-sources/cosxml")
    private File outputDirectory;

    /** Skips the goal (and does not add the output directory as a source root). */
    @Parameter(property = "cosxml.skip", defaultValue = "false")
    private boolean skip;

    /** Where the up-to-date state of each execution is kept. */
    @Parameter(defaultValue = "${project.build.directory}/cosxml-codegen", readonly = true, required = true)
    private File stateDirectory;

    /** The project being built. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** This execution (its id names the state file, so two executions do not share state). */
    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    private MojoExecution mojoExecution;

    /** This plugin (its version and jar are part of the fingerprint). */
    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    /** Resolves XJC when something must be generated. */
    // @Component is deprecated in favour of JSR-330 injection; it still works on every Maven this plugin
    // supports (3.8.7 and later, the invoker ITs run it) and needs no extra dependency.
    @SuppressWarnings("deprecation")
    @Component
    private RepositorySystem repositorySystem;

    /** The build's resolver session (offline mode, local repository, mirrors). */
    @Parameter(defaultValue = "${repositorySystemSession}", readonly = true, required = true)
    private RepositorySystemSession repositorySession;

    /** Where plugins and their dependencies come from: XJC is resolved from there. */
    @Parameter(defaultValue = "${project.remotePluginRepositories}", readonly = true, required = true)
    private List<RemoteRepository> pluginRepositories;

    /** Creates the mojo; Maven injects the parameters. */
    public GenerateMojo() {
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("cosxml: skipped (cosxml.skip=true)");
            return;
        }
        Path basedir = project.getBasedir().toPath();
        Optional<String> schemaDirectoryError = ConfiguredDirectories.schemaDirectoryError(basedir, schemaDirectory.toPath());
        if (schemaDirectoryError.isPresent()) {
            throw new MojoFailureException(schemaDirectoryError.get());
        }
        ConfiguredDirectories.bindingDirectoryNote(basedir, bindingDirectory.toPath()).ifPresent(getLog()::info);
        Path output = outputDirectory.toPath().toAbsolutePath().normalize();
        project.addCompileSourceRoot(output.toString());
        try {
            generate(output);
        } catch (IOException e) {
            throw new MojoExecutionException("cosxml: I/O error while generating into " + output + ": " + e, e);
        }
    }

    private void generate(Path output) throws IOException, MojoExecutionException, MojoFailureException {
        ExecutionStates states = new ExecutionStates(stateDirectory.toPath(), mojoExecution.getExecutionId(), output);
        for (String removed : states.removeUnconfigured(keptExecutions())) {
            getLog().info("cosxml: " + removed);
        }
        Path stateFile = states.stateFile();
        Optional<BuildState> previous = BuildState.read(stateFile);
        if (previous.isPresent() && previous.get().wroteElsewhere(output)) {
            leaveOldOutputDirectory(previous.get(), stateFile);
            Files.deleteIfExists(stateFile);
            previous = Optional.empty(); // nothing in the new directory is this execution's yet
        }
        GenerationInputs inputs = new GenerationInputs.Collector(schemaDirectory.toPath(), orEmpty(includes),
                orEmpty(excludes), orEmpty(dependencySchemas), bindingDirectory.toPath(), orEmpty(bindingFiles),
                packageName, orEmpty(namespacePackages), orEmpty(schemaPackages), project.getArtifacts(),
                pluginIdentity(), previous.isPresent() ? previous.get().inputHashes() : InputHashes.none()).collect();
        if (inputs.request().isEmpty()) {
            getLog().warn("cosxml: no schemas found in " + schemaDirectory + " (includes " + inputs.includesUsed()
                    + ") and no dependencySchemas configured; nothing to generate");
            if (previous.isPresent()) {
                // The schemas are gone: so are the sources generated from them.
                SourceWriter.Result removed = new SourceWriter(output).write(List.of(), previous.get().outputs(),
                        states.outputsOfOthers());
                Files.deleteIfExists(stateFile);
                getLog().info("cosxml: deleted " + removed.deleted() + " sources generated from removed schemas");
            }
            return;
        }
        if (previous.isPresent() && previous.get().fingerprint().equals(inputs.fingerprint())
                && previous.get().outputsIntact(output)) {
            getLog().info("cosxml: " + previous.get().outputs().size() + " generated sources are up to date, nothing"
                    + " to generate (" + new GeneratedPackages(previous.get().outputs().keySet()).describe() + ")");
            return;
        }
        List<SourceFile> files = compile(inputs.request().get());
        SourceWriter.Result result = new SourceWriter(output)
                .write(files, previous.isPresent() ? previous.get().outputs() : Map.of(), states.outputsOfOthers());
        new BuildState(inputs.fingerprint(), inputs.inputFiles(), result.outputs(), output).write(stateFile);
        GeneratedPackages packages = new GeneratedPackages(files.stream().map(SourceFile::relativePath).toList());
        getLog().info("cosxml: generated " + files.size() + " sources in " + output + ", " + packages.describe() + " ("
                + result.written() + " written, " + result.unchanged() + " unchanged, " + result.deleted() + " stale deleted)");
        if (packages.includesXjcFallback() && !GeneratedPackages.XJC_FALLBACK.equals(packageName)) {
            getLog().warn("cosxml: classes went to package '" + GeneratedPackages.XJC_FALLBACK + "', XJC's choice for a"
                    + " schema without targetNamespace when no package is configured; set packageName (or"
                    + " namespacePackages, schemaPackages) to choose one");
        }
    }

    /**
     * outputDirectory changed: the sources the last run wrote are stale where they were written, when
     * that directory is inside this project (a state from elsewhere is never trusted to delete).
     */
    private void leaveOldOutputDirectory(BuildState previous, Path stateFile) throws IOException {
        Path before = previous.outputDirectoryOr(stateFile.getParent());
        Path basedir = project.getBasedir().toPath().toAbsolutePath().normalize();
        int deleted = 0;
        if (before.startsWith(basedir)) {
            Set<String> others = new ExecutionStates(stateFile.getParent(), mojoExecution.getExecutionId(), before)
                    .outputsOfOthers();
            deleted = new SourceWriter(before).write(List.of(), previous.outputs(), others).deleted();
        }
        getLog().info("cosxml: outputDirectory changed; deleted " + deleted + " sources generated into " + before);
    }

    /**
     * The executions whose states are kept: those of this plugin the project configures (not those
     * switched off with {@code <phase>none</phase>}), and those that ran in this build (a command-line
     * {@code default-cli} before the lifecycle's), which the project's context remembers for the build.
     */
    private Set<String> keptExecutions() {
        @SuppressWarnings("unchecked")
        Set<String> ran = (Set<String>) project.getContextValue(EXECUTIONS_THIS_BUILD);
        if (ran == null) {
            ran = new HashSet<>();
            project.setContextValue(EXECUTIONS_THIS_BUILD, ran);
        }
        ran.add(mojoExecution.getExecutionId());
        Set<String> configured = new HashSet<>(ran);
        for (Plugin declared : project.getBuildPlugins()) {
            if (declared.getKey().equals(plugin.getPluginLookupKey())) {
                for (PluginExecution execution : declared.getExecutions()) {
                    // <phase>none</phase> is how Maven switches an (inherited) execution off
                    if (!"none".equals(execution.getPhase())) {
                        configured.add(execution.getId());
                    }
                }
            }
        }
        return configured;
    }

    private List<SourceFile> compile(SchemaRequest request) throws MojoExecutionException, MojoFailureException {
        SchemaGenerator generator = GeneratorRuntime.generator(
                new RuntimeArtifacts(repositorySystem, repositorySession, orEmpty(pluginRepositories)));
        try {
            return generator.generate(request, w -> getLog().warn("cosxml: " + w));
        } catch (GenerationFailure e) {
            for (String problem : e.problems()) {
                getLog().error(problem);
            }
            throw new MojoFailureException("cosxml: cannot generate code from the schemas. " + e.getMessage()
                    + "\nFix each problem above at its file:line:column and run the build again.", e);
        }
    }

    private String pluginIdentity() {
        String identity = plugin.getId();
        if (plugin.getPluginArtifact() != null && plugin.getPluginArtifact().getFile() != null) {
            File jar = plugin.getPluginArtifact().getFile();
            // A rebuilt SNAPSHOT keeps its version: its size and time tell that it changed.
            identity += " " + jar.length() + " " + jar.lastModified();
        }
        return identity;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : new ArrayList<>(list);
    }
}
