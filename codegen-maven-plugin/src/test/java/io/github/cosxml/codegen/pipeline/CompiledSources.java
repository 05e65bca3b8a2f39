package io.github.cosxml.codegen.pipeline;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.cosxml.codegen.emit.GeneratedFile;
import io.github.cosxml.core.xml.XmlReadOptions;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Generated sources compiled with real javac ({@code --release 8}, every lint, warnings as errors)
 * against cosxml-core, and loaded in their own class loader.
 */
final class CompiledSources {
    private final Compilation compilation;
    private final ClassLoader loader;

    private CompiledSources(Compilation compilation) {
        this.compilation = compilation;
        this.loader = compilation.status() == Compilation.Status.SUCCESS ? new InMemoryLoader(compilation) : null;
    }

    static CompiledSources compile(List<GeneratedFile> files) {
        List<JavaFileObject> sources = files.stream()
                .map(f -> JavaFileObjects.forSourceString(f.relativePath().replace('/', '.').replaceAll("\\.java$", ""),
                        f.content()))
                .toList();
        Compilation compilation = javac()
                .withOptions("--release", "8", "-Xlint:all,-options,-processing", "-Werror")
                .withClasspath(List.of(coreLocation()))
                .compile(sources);
        return new CompiledSources(compilation);
    }

    Compilation compilation() {
        return compilation;
    }

    /** javac's errors and warnings, one per line. */
    String diagnostics() {
        return compilation.diagnostics().stream()
                .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
                .map(Object::toString)
                .collect(Collectors.joining("\n"));
    }

    Class<?> load(String qualifiedName) {
        if (loader == null) {
            throw new IllegalStateException("the generated sources did not compile:\n" + diagnostics());
        }
        try {
            return Class.forName(qualifiedName, true, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(qualifiedName + " was not generated", e);
        }
    }

    private static File coreLocation() {
        try {
            return new File(XmlReadOptions.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Defines the compiled classes; everything else (the JDK, cosxml-core) comes from the test's loader. */
    private static final class InMemoryLoader extends ClassLoader {
        private final Map<String, JavaFileObject> classes = new HashMap<>();

        InMemoryLoader(Compilation compilation) {
            super(CompiledSources.class.getClassLoader());
            for (JavaFileObject file : compilation.generatedFiles()) {
                if (file.getKind() == JavaFileObject.Kind.CLASS) {
                    String name = file.getName().replaceFirst("^/?CLASS_OUTPUT/", "").replaceAll("\\.class$", "")
                            .replace('/', '.');
                    classes.put(name, file);
                }
            }
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            JavaFileObject file = classes.get(name);
            if (file == null) {
                throw new ClassNotFoundException(name);
            }
            try (InputStream in = file.openInputStream()) {
                byte[] bytes = in.readAllBytes();
                return defineClass(name, bytes, 0, bytes.length);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
