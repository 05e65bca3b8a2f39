package io.github.cosxml.codegen.maven;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;

/**
 * Loads the generator (cosxml's XJC front end, model and emitters) together with XJC, below the
 * plugin's class loader.
 *
 * <p>The generator's packages are loaded here first, even though the plugin jar is also on the parent,
 * so that they link against the XJC of this loader. The JDK, Maven's API, JavaPoet and the mojo's own
 * types (such as {@link SchemaGenerator}) come from the parent, so both sides share one
 * {@code SchemaGenerator}. Every other class (XJC, JAXB and their dependencies) is looked for here
 * first: the parent, Maven's plugin class realm, does not have them, and asking it first for each of
 * XJC's thousands of classes would cost a failed, exception-throwing lookup each.
 */
final class GeneratorClassLoader extends URLClassLoader {
    /** The packages that must link against XJC: always loaded from this loader's class path. */
    static final List<String> OWN_PACKAGES = List.of("io.github.cosxml.codegen.xjc.",
            "io.github.cosxml.codegen.emit.", "io.github.cosxml.codegen.model.",
            "io.github.cosxml.codegen.maven.isolated.");

    /** The packages always taken from the parent: the JDK, Maven, JavaPoet, and the mojo's side. */
    static final List<String> PARENT_PACKAGES = List.of("java.", "javax.", "jdk.", "sun.", "com.sun.org.apache.",
            "org.w3c.", "org.xml.", "org.apache.maven.", "org.codehaus.plexus.", "org.eclipse.aether.",
            "com.palantir.javapoet.", "io.github.cosxml.");

    static {
        registerAsParallelCapable();
    }

    GeneratorClassLoader(URL[] classPath, ClassLoader parent) {
        super(classPath, parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (isParentFirst(name)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                try {
                    loaded = findClass(name);
                } catch (ClassNotFoundException notHere) {
                    if (isOwn(name)) {
                        throw notHere;
                    }
                    loaded = getParent().loadClass(name);
                }
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }

    /** Whether the class is one of the generator's, which this loader always defines itself. */
    static boolean isOwn(String className) {
        return startsWithAny(className, OWN_PACKAGES);
    }

    /** Whether the class comes from the parent (the plugin's class realm) without looking here. */
    static boolean isParentFirst(String className) {
        return !isOwn(className) && startsWithAny(className, PARENT_PACKAGES);
    }

    private static boolean startsWithAny(String className, List<String> prefixes) {
        for (String prefix : prefixes) {
            if (className.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
