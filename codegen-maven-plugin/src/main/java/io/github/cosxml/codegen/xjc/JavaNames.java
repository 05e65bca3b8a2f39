package io.github.cosxml.codegen.xjc;

import com.sun.tools.xjc.model.CClassInfo;
import com.sun.tools.xjc.model.CClassInfoParent;
import com.sun.tools.xjc.model.CElementInfo;
import com.sun.tools.xjc.model.CEnumLeafInfo;
import io.github.cosxml.codegen.model.JavaName;

/**
 * Java names of XJC's classes. Classes XJC nests (anonymous types of local elements) become
 * top-level classes named by the concatenation of their outer classes' names and their own, as
 * XJC's "squeezed" name does, so that two nested {@code Item}s do not collide.
 */
final class JavaNames {
    JavaName of(CClassInfo info) {
        return new JavaName(packageOf(info.parent()), info.getSqueezedName());
    }

    JavaName of(CEnumLeafInfo info) {
        return new JavaName(packageOf(info.parent), outerPrefix(info.parent) + info.shortName);
    }

    private static String outerPrefix(CClassInfoParent parent) {
        if (parent instanceof CClassInfo outer) {
            return outer.getSqueezedName();
        }
        if (parent instanceof CElementInfo element) {
            return element.getSqueezedName();
        }
        return "";
    }

    private static String packageOf(CClassInfoParent parent) {
        return parent.getOwnerPackage().name();
    }
}
