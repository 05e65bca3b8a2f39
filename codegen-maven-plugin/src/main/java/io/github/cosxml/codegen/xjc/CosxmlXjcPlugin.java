package io.github.cosxml.codegen.xjc;

import com.sun.codemodel.JAnnotationUse;
import com.sun.codemodel.JResourceFile;
import com.sun.codemodel.JCodeModel;
import com.sun.codemodel.JDefinedClass;
import com.sun.codemodel.JPackage;
import com.sun.tools.xjc.Options;
import com.sun.tools.xjc.Plugin;
import com.sun.tools.xjc.outline.Outline;
import io.github.cosxml.codegen.emit.GeneratedFile;
import io.github.cosxml.codegen.emit.JavaGenerator;
import io.github.cosxml.codegen.model.SchemaModel;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The XJC plugin {@code -Xcosxml}: for builds that already run XJC (through another Maven plugin
 * or the command line), it replaces XJC's JAXB beans with cosxml's immutable classes, generated
 * from the same model by the same emitters as {@code cosxml:generate}.
 */
public final class CosxmlXjcPlugin extends Plugin {
    /** The option, without its leading dash. */
    public static final String OPTION = "Xcosxml";

    /** Created by XJC through {@code META-INF/services/com.sun.tools.xjc.Plugin}. */
    public CosxmlXjcPlugin() {
    }

    @Override
    public String getOptionName() {
        return OPTION;
    }

    @Override
    public String getUsage() {
        return "  -" + OPTION + "           :  generate cosxml immutable classes with StAX readers and writers"
                + " instead of JAXB beans\n";
    }

    @Override
    public boolean run(Outline outline, Options options, ErrorHandler errorHandler) throws SAXException {
        SchemaModel model;
        List<SchemaProblem> warnings = new ArrayList<>();
        try {
            model = XjcModelMapper.map(outline.getModel(), warnings::add);
        } catch (SchemaException e) {
            for (SchemaProblem problem : e.problems()) {
                errorHandler.error(new SAXParseException(problem.message(), null, problem.systemId(), problem.line(),
                        problem.column()));
            }
            return false;
        }
        for (SchemaProblem warning : warnings) {
            errorHandler.warning(new SAXParseException(warning.message(), null, warning.systemId(), warning.line(),
                    warning.column()));
        }
        List<GeneratedFile> files = JavaGenerator.create().generate(model);
        JCodeModel codeModel = outline.getCodeModel();
        removeJaxbOutput(codeModel);
        for (GeneratedFile file : files) {
            addSource(codeModel, file);
        }
        return true;
    }

    private static void removeJaxbOutput(JCodeModel codeModel) {
        for (Iterator<JPackage> packages = codeModel.packages(); packages.hasNext(); ) {
            JPackage pkg = packages.next();
            List<JDefinedClass> classes = new ArrayList<>();
            pkg.classes().forEachRemaining(classes::add);
            classes.forEach(pkg::remove);
            for (JAnnotationUse annotation : new ArrayList<>(pkg.annotations())) {
                pkg.removeAnnotation(annotation);
            }
        }
    }

    private static void addSource(JCodeModel codeModel, GeneratedFile file) {
        String path = file.relativePath();
        int slash = path.lastIndexOf('/');
        String packageName = slash < 0 ? "" : path.substring(0, slash).replace('/', '.');
        codeModel._package(packageName).addResourceFile(
                new JavaSource(path.substring(slash + 1), file.content().getBytes(StandardCharsets.UTF_8)));
    }

    /** A finished source file that XJC writes as it is, with the sources. */
    private static final class JavaSource extends JResourceFile {
        private final byte[] content;

        JavaSource(String name, byte[] content) {
            super(name);
            this.content = content;
        }

        @Override
        protected boolean isResource() {
            return false;
        }

        @Override
        protected void build(OutputStream out) throws IOException {
            out.write(content);
        }
    }
}
