package io.github.cosxml.codegen.xjc;

import com.sun.tools.xjc.reader.xmlschema.bindinfo.BindInfo;
import com.sun.xml.xsom.XSAnnotation;
import com.sun.xml.xsom.XSComponent;
import java.util.stream.Collectors;

/** Reads {@code xs:documentation} text as XJC parsed it, normalised so output is stable. */
final class Documentation {
    private Documentation() {
    }

    /** The documentation of the component, or {@code null} when it has none. */
    static String of(XSComponent component) {
        if (component == null) {
            return null;
        }
        XSAnnotation annotation = component.getAnnotation();
        if (annotation == null || !(annotation.getAnnotation() instanceof BindInfo info)) {
            return null;
        }
        String text = info.getDocumentation();
        if (text == null) {
            return null;
        }
        String normalised = text.lines().map(String::strip).collect(Collectors.joining("\n")).strip();
        return normalised.isEmpty() ? null : normalised;
    }
}
