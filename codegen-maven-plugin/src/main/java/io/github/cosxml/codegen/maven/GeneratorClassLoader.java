package io.github.cosxml.codegen.maven;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;

/**
 * Loads the generator (cosxml's XJC front end, model and emitters) together with XJC, below the
 * plugin's class loader. Those packages are loaded here first, even though the plugin jar is also on
 * the parent, so that they link against the XJC of this loader; everything else (the JDK, Maven's
 * API, JavaPoet and the mojo's own types such as {@link SchemaGenerator}) comes from the parent, so
 * both sides share one {@code SchemaGenerator}.
 */
final class GeneratorClassLoader extends URLClassLoader {
    /** The packages that must link against XJC: loaded from this loader's class path first. */
    static final List<String> OWN_PACKAGES = List.of("io.github.cosxml.codegen.xjc.",
            "io.github.cosxml.codegen.emit.", "io.github.cosxml.codegen.model.",
            "io.github.cosxml.codegen.maven.isolated.");

    static {
        registerAsParallelCapable();
    }

    GeneratorClassLoader(URL[] classPath, ClassLoader parent) {
        super(classPath, parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!isOwn(name)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                loaded = findClass(name);
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }

    static boolean isOwn(String className) {
        for (String prefix : OWN_PACKAGES) {
            if (className.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
