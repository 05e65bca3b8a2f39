package io.github.cosxml.codegen.maven;

import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * Provides the {@link SchemaGenerator}, loading XJC only when it is asked for one, so that an
 * up-to-date build never resolves, opens or loads XJC, JAXB, JavaPoet or the generator's classes.
 *
 * <p>When XJC is already visible to the plugin (the plugin's tests; a build that adds XJC to the
 * plugin's {@code <dependencies>}), the generator is loaded by the plugin's own class loader. Otherwise
 * the artifacts named in {@code generator-runtime.properties} are resolved and loaded, with the
 * generator's packages, by a {@link GeneratorClassLoader}, which is kept for the rest of the build
 * (Maven keeps one plugin class loader for all executions), so the executions of one build resolve
 * and load XJC once.
 */
final class GeneratorRuntime {
    private static final String IMPLEMENTATION = "io.github.cosxml.codegen.maven.isolated.XjcSchemaGenerator";
    private static final String XJC_PROBE = "com.sun.tools.xjc.ModelLoader";
    private static final String ARTIFACTS_RESOURCE = "generator-runtime.properties";

    /** The loaders made so far, by class path; guarded by the class. */
    private static final Map<List<Path>, ClassLoader> LOADERS = new HashMap<>();

    private GeneratorRuntime() {
    }

    /** The generator; resolves XJC through {@code artifacts} when the plugin's class loader lacks it. */
    static SchemaGenerator generator(RuntimeArtifacts artifacts) throws MojoExecutionException {
        ClassLoader own = GeneratorRuntime.class.getClassLoader();
        if (visible(own)) {
            return instantiate(own);
        }
        List<Path> classPath = new ArrayList<>();
        classPath.add(pluginLocation());
        classPath.addAll(artifacts.resolve(runtimeArtifacts()));
        return instantiate(loader(classPath, own));
    }

    /** The artifacts the generator needs besides the plugin's own dependencies. */
    static List<String> runtimeArtifacts() throws MojoExecutionException {
        Properties properties = new Properties();
        try (InputStream in = GeneratorRuntime.class.getResourceAsStream(ARTIFACTS_RESOURCE)) {
            if (in == null) {
                throw new MojoExecutionException("cosxml: " + ARTIFACTS_RESOURCE + " is missing from the plugin jar;"
                        + " the plugin is damaged: reinstall it");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new MojoExecutionException("cosxml: cannot read " + ARTIFACTS_RESOURCE + " from the plugin jar: " + e,
                    e);
        }
        return Arrays.stream(properties.getProperty("artifacts", "").split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    private static synchronized ClassLoader loader(List<Path> classPath, ClassLoader parent)
            throws MojoExecutionException {
        ClassLoader loader = LOADERS.get(classPath);
        if (loader == null) {
            URL[] urls = new URL[classPath.size()];
            for (int i = 0; i < urls.length; i++) {
                try {
                    urls[i] = classPath.get(i).toUri().toURL();
                } catch (MalformedURLException e) {
                    throw new MojoExecutionException("cosxml: cannot load " + classPath.get(i) + ": " + e, e);
                }
            }
            loader = new GeneratorClassLoader(urls, parent);
            LOADERS.put(List.copyOf(classPath), loader);
        }
        return loader;
    }

    private static boolean visible(ClassLoader loader) {
        try {
            Class.forName(XJC_PROBE, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static SchemaGenerator instantiate(ClassLoader loader) throws MojoExecutionException {
        try {
            return Class.forName(IMPLEMENTATION, true, loader).asSubclass(SchemaGenerator.class)
                    .getConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new MojoExecutionException("cosxml: cannot load the generator (" + IMPLEMENTATION + ") with XJC: "
                    + e + ". The plugin or its XJC artifacts are damaged or of the wrong version: reinstall them.", e);
        }
    }

    /** The plugin's own jar (or classes directory): the generator's classes are loaded from it again. */
    private static Path pluginLocation() throws MojoExecutionException {
        CodeSource source = GeneratorRuntime.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            throw new MojoExecutionException("cosxml: cannot tell where the plugin's classes are loaded from");
        }
        try {
            return Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new MojoExecutionException("cosxml: cannot tell where the plugin's classes are loaded from: " + e, e);
        }
    }
}
