package io.github.cosxml.codegen.xjc;

import com.sun.xml.xsom.XSComponent;

/** Builds the problem reported for an XSD construct the generator does not support. */
final class Unsupported {
    private Unsupported() {
    }

    /**
     * A problem naming the construct, where it is, and what to do.
     *
     * @param component where the construct is (its locator gives file:line:column)
     * @param construct the construct's name, e.g. {@code xs:any}
     * @param advice what the user can do instead
     */
    static SchemaProblem construct(XSComponent component, String construct, String advice) {
        return SchemaProblem.at(component == null ? null : component.getLocator(),
                "unsupported XSD construct " + construct + ": cosxml-codegen cannot generate code for it; " + advice);
    }
}
