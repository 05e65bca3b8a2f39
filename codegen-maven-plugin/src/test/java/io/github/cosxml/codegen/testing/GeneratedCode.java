package io.github.cosxml.codegen.testing;

import io.github.cosxml.codegen.emit.GeneratedFile;
import io.github.cosxml.core.xml.ValidationResult;
import io.github.cosxml.core.xml.Violation;
import io.github.cosxml.core.xml.XmlReader;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated sources ({@code --release 8}, {@code -Xlint:all} except the JDK's notice that release 8 is obsolete, {@code -Werror}) against
 * {@code cosxml-core} into a directory, loads them with a {@link URLClassLoader}, and offers
 * reflective helpers so tests can call {@code builder()}, {@code toXml()}, {@code fromXml()},
 * {@code validate()} on classes that did not exist when the test was compiled.
 *
 * <p>Usage: {@code try (GeneratedCode code = GeneratedCode.compile(files, tempDir)) { ... }}.
 */
public final class GeneratedCode implements AutoCloseable {

    private final URLClassLoader loader;
    private final Path sourceDir;

    private GeneratedCode(URLClassLoader loader, Path sourceDir) {
        this.loader = loader;
        this.sourceDir = sourceDir;
    }

    /**
     * Writes the files under {@code workDir/src}, compiles them to {@code workDir/classes} and loads them.
     *
     * @param files the generated files
     * @param workDir an empty scratch directory
     * @return the loaded code
     * @throws AssertionError with every diagnostic if compilation fails or warns
     */
    public static GeneratedCode compile(List<GeneratedFile> files, Path workDir) {
        try {
            Path sources = workDir.resolve("src");
            Path classes = Files.createDirectories(workDir.resolve("classes"));
            List<File> sourceFiles = new ArrayList<>();
            for (GeneratedFile file : files) {
                Path path = sources.resolve(file.relativePath());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.content(), StandardCharsets.UTF_8);
                sourceFiles.add(path.toFile());
            }
            JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            try (StandardJavaFileManager fileManager = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
                    StandardCharsets.UTF_8)) {
                List<String> options = List.of("--release", "8", "-Xlint:all,-options", "-Werror", "-encoding", "UTF-8",
                        "-classpath", coreClasspath(), "-d", classes.toString());
                boolean ok = compiler.getTask(null, fileManager, diagnostics, options, null,
                        fileManager.getJavaFileObjectsFromFiles(sourceFiles)).call();
                if (!ok || !diagnostics.getDiagnostics().isEmpty()) {
                    throw new AssertionError("generated code did not compile cleanly:\n" + format(diagnostics));
                }
            }
            URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                    GeneratedCode.class.getClassLoader());
            return new GeneratedCode(loader, sources);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The directory of {@code cosxml-core}'s classes (or its jar) on the test classpath. */
    public static String coreClasspath() {
        try {
            return Path.of(XmlReader.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The directory the sources were written to.
     *
     * @return the source root
     */
    public Path sourceDir() {
        return sourceDir;
    }

    /**
     * Loads a generated class.
     *
     * @param qualifiedName e.g. {@code com.example.Job}
     * @return the class
     */
    public Class<?> load(String qualifiedName) {
        try {
            return Class.forName(qualifiedName, true, loader);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("no generated class " + qualifiedName, e);
        }
    }

    /**
     * Calls the static {@code builder()} of a generated class.
     *
     * @param qualifiedName the class
     * @return a new builder
     */
    public Object builder(String qualifiedName) {
        return invokeStatic(load(qualifiedName), "builder");
    }

    /**
     * Calls a builder method with one argument, e.g. {@code set(builder, "name", "x")}.
     *
     * @param builder the builder
     * @param method the method name
     * @param value the argument
     * @return the builder
     */
    public static Object set(Object builder, String method, Object value) {
        return invoke(builder, method, value);
    }

    /**
     * Calls {@code build()}.
     *
     * @param builder the builder
     * @return the value
     */
    public static Object build(Object builder) {
        return invoke(builder, "build");
    }

    /**
     * Calls the static {@code fromXml(String, XmlReadOptions)} of a root class.
     *
     * @param qualifiedName the class
     * @param xml the document
     * @param options the options (null for the lenient overload)
     * @return the value
     */
    public Object fromXml(String qualifiedName, String xml, Object options) {
        Class<?> type = load(qualifiedName);
        return options == null ? invokeStatic(type, "fromXml", xml) : invokeStatic(type, "fromXml", xml, options);
    }

    /**
     * What {@code validate()} reports of a value, one {@code "path facet"} per violation.
     *
     * @param value a generated value
     * @return the violations
     */
    public static List<String> violations(Object value) {
        return validate(value).violations().stream().map(v -> v.path() + " " + v.facet()).toList();
    }

    /**
     * The messages of what {@code validate()} reports of a value.
     *
     * @param value a generated value
     * @return the messages
     */
    public static List<String> violationMessages(Object value) {
        return validate(value).violations().stream().map(Violation::message).toList();
    }

    private static ValidationResult validate(Object value) {
        return (ValidationResult) invoke(value, "validate");
    }

    /**
     * Calls an instance method by name with matching arguments; exceptions thrown by the method are
     * rethrown unwrapped (checked ones wrapped in a RuntimeException).
     *
     * @param target the object
     * @param method the method name
     * @param args the arguments
     * @return the result
     */
    public static Object invoke(Object target, String method, Object... args) {
        return call(target.getClass(), target, method, args);
    }

    /**
     * Calls a static method by name with matching arguments.
     *
     * @param type the class
     * @param method the method name
     * @param args the arguments
     * @return the result
     */
    public static Object invokeStatic(Class<?> type, String method, Object... args) {
        return call(type, null, method, args);
    }

    private static Object call(Class<?> type, Object target, String name, Object[] args) {
        for (Method method : type.getMethods()) {
            if (method.getName().equals(name) && method.getParameterCount() == args.length
                    && (target == null) == Modifier.isStatic(method.getModifiers()) && accepts(method, args)) {
                try {
                    return method.invoke(target, args);
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                } catch (InvocationTargetException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    if (cause instanceof Error error) {
                        throw error;
                    }
                    throw new RuntimeException(cause);
                }
            }
        }
        throw new AssertionError("no method " + name + " on " + type.getName() + " for " + List.of(args));
    }

    private static boolean accepts(Method method, Object[] args) {
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < args.length; i++) {
            Class<?> type = types[i] == boolean.class ? Boolean.class : types[i];
            if (args[i] == null ? types[i].isPrimitive() : !type.isInstance(args[i])) {
                return false;
            }
        }
        return true;
    }

    private static String format(DiagnosticCollector<JavaFileObject> diagnostics) {
        StringBuilder text = new StringBuilder();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            text.append(d.getKind()).append(' ')
                    .append(d.getSource() == null ? "" : d.getSource().getName())
                    .append(':').append(d.getLineNumber()).append(':').append(d.getColumnNumber())
                    .append(' ').append(d.getMessage(Locale.ROOT)).append('\n');
        }
        return text.toString();
    }

    @Override
    public void close() {
        try {
            loader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
