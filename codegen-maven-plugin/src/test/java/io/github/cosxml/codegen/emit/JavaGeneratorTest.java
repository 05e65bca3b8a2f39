package io.github.cosxml.codegen.emit;

import static io.github.cosxml.codegen.model.TypeRef.builtin;
import static io.github.cosxml.codegen.testing.GeneratedCode.build;
import static io.github.cosxml.codegen.testing.GeneratedCode.invoke;
import static io.github.cosxml.codegen.testing.GeneratedCode.invokeStatic;
import static io.github.cosxml.codegen.testing.GeneratedCode.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cosxml.codegen.model.Builtin;
import io.github.cosxml.codegen.model.ComplexTypeModel;
import io.github.cosxml.codegen.model.ContentKind;
import io.github.cosxml.codegen.model.Facets;
import io.github.cosxml.codegen.model.JavaName;
import io.github.cosxml.codegen.model.NodeKind;
import io.github.cosxml.codegen.model.PropertyModel;
import io.github.cosxml.codegen.model.RootElementModel;
import io.github.cosxml.codegen.model.SchemaModel;
import io.github.cosxml.codegen.model.TypeRef;
import io.github.cosxml.codegen.testing.GeneratedCode;
import java.nio.file.Path;
import java.util.List;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facade: determinism, configuration, name clashes and errors for models it cannot generate. */
class JavaGeneratorTest {

    private static final String PKG = "com.example.edge";

    private static ComplexTypeModel type(String name, JavaName base, List<PropertyModel> properties) {
        return new ComplexTypeModel(new JavaName(PKG, name), null, base, ContentKind.SEQUENCE, properties, null);
    }

    private static SchemaModel model(ComplexTypeModel... types) {
        return new SchemaModel(List.of(types), List.of(), List.of());
    }

    private static PropertyModel element(String name, TypeRef type) {
        return PropertyModel.element(name, new QName("", name), type);
    }

    @Test
    void sameModelGivesTheSameBytesRegardlessOfInputOrder() {
        SchemaModel model = SampleModels.jobs();
        List<ComplexTypeModel> types = new java.util.ArrayList<>(model.types());
        List<RootElementModel> roots = new java.util.ArrayList<>(model.roots());
        java.util.Collections.reverse(types);
        java.util.Collections.reverse(roots);
        SchemaModel shuffled = new SchemaModel(types, model.enums(), roots);
        assertThat(JavaGenerator.create().generate(shuffled)).isEqualTo(JavaGenerator.create().generate(model));
    }

    @Test
    void headerIsConfigurableByCopy() {
        JavaGenerator base = JavaGenerator.create();
        JavaGenerator custom = base.withFileHeader("Custom header.");
        assertThat(base.fileHeader()).isEqualTo(JavaGenerator.DEFAULT_HEADER);
        assertThat(custom.generate(SampleModels.namespaced()).get(0).content()).startsWith("// Custom header.\n");
    }

    @Test
    void keywordAndClashingNamesStillCompileAndWork(@TempDir Path work) {
        ComplexTypeModel object = type("Object", null, List.of(
                element("class", builtin(Builtin.STRING)),
                element("build", builtin(Builtin.STRING)),
                element("default", builtin(Builtin.INT)).withOccurs(0, PropertyModel.UNBOUNDED),
                element("path", builtin(Builtin.STRING)),
                element("validation", builtin(Builtin.STRING))));
        ComplexTypeModel string = type("String", null, List.of(
                element("value", new TypeRef.ComplexRef(new JavaName(PKG, "Object")))));
        SchemaModel model = new SchemaModel(List.of(object, string), List.of(),
                List.of(new RootElementModel(new QName("", "S"), new JavaName(PKG, "String"))));
        try (GeneratedCode code = GeneratedCode.compile(JavaGenerator.create().generate(model), work)) {
            Object b = code.builder(PKG + ".Object");
            set(b, "class_", "c");
            set(b, "build_", "b");
            set(b, "addDefault", 1);
            set(b, "path", "p");
            Object inner = build(b);
            assertThat(invoke(inner, "getClass_")).isEqualTo("c");
            assertThat(invoke(inner, "getBuild")).isEqualTo("b");
            assertThat((List<?>) invoke(inner, "getDefault")).hasSize(1);
            Object outer = build(set(code.builder(PKG + ".String"), "value", inner));
            String xml = (String) invoke(outer, "toXml");
            assertThat(xml).endsWith("<S><value><class>c</class><build>b</build><default>1</default><path>p</path>"
                    + "</value></S>");
            assertThat(code.fromXml(PKG + ".String", xml, null)).isEqualTo(outer);
        }
    }

    @Test
    void aJavaTypeOverAnIntegerIsCheckedOnItsPrintedTextByTheIntegersWhitespaceRule(@TempDir Path work) {
        // a javaType kept as the very text it prints, so that a test can choose that text
        TypeRef printedAsGiven = new TypeRef.CustomType("java.lang.String", "java.lang.String.valueOf",
                "java.lang.String.valueOf");
        Facets integer = Facets.NONE.withWhiteSpace(io.github.cosxml.codegen.model.WhiteSpace.COLLAPSE)
                .withTextKind(io.github.cosxml.codegen.model.TextKind.INTEGER);
        SchemaModel model = model(type("Counted", null, List.of(element("count", printedAsGiven).withFacets(integer))));
        try (GeneratedCode code = GeneratedCode.compile(JavaGenerator.create().generate(model), work)) {
            assertThat(facetsOf(build(set(code.builder(PKG + ".Counted"), "count", " 5\n")))).isEmpty();
            assertThat(facetsOf(build(set(code.builder(PKG + ".Counted"), "count", "5.0")))).containsExactly("datatype");
        }
    }

    private static List<String> facetsOf(Object value) {
        return ((io.github.cosxml.core.xml.ValidationResult) invoke(value, "validate")).violations().stream()
                .map(io.github.cosxml.core.xml.Violation::facet).toList();
    }

    @Test
    void classesNamedLikeRuntimeAndJdkTypesCompile(@TempDir Path work) {
        List<ComplexTypeModel> types = new java.util.ArrayList<>();
        for (String name : List.of("Builder", "Validation", "XmlReader", "XmlWriter", "List", "Objects", "Collections",
                "FacetSet", "Override", "Integer")) {
            types.add(type(name, null, List.of(element("v", builtin(Builtin.INT)))));
        }
        List<PropertyModel> refs = new java.util.ArrayList<>();
        for (ComplexTypeModel t : types) {
            refs.add(element("p" + t.name().simpleName(), new TypeRef.ComplexRef(t.name()))
                    .withOccurs(0, PropertyModel.UNBOUNDED));
        }
        types.add(new ComplexTypeModel(new JavaName(PKG, "Holder"), null, null, ContentKind.SEQUENCE, refs, null));
        SchemaModel model = new SchemaModel(types, List.of(),
                List.of(new RootElementModel(new QName("", "H"), new JavaName(PKG, "Holder"))));
        try (GeneratedCode code = GeneratedCode.compile(JavaGenerator.create().generate(model), work)) {
            Object inner = build(set(code.builder(PKG + ".Builder"), "v", 5));
            Object holder = build(set(code.builder(PKG + ".Holder"), "addPBuilder", inner));
            String xml = (String) invoke(holder, "toXml");
            assertThat(xml).endsWith("<H><pBuilder><v>5</v></pBuilder></H>");
            assertThat(code.fromXml(PKG + ".Holder", xml, null)).isEqualTo(holder);
        }
    }

    @Test
    void documentationIsEscapedForJavadocAndEnumConstantsMayBeNamedLikeTheEnumsMembers(@TempDir Path work) {
        JavaName kind = new JavaName(PKG, "Kind");
        io.github.cosxml.codegen.model.EnumTypeModel kindEnum = new io.github.cosxml.codegen.model.EnumTypeModel(kind,
                null, List.of(new io.github.cosxml.codegen.model.EnumConstantModel("value", "v", "*/ $x \\u0041 <b>"),
                        new io.github.cosxml.codegen.model.EnumConstantModel("OTHER", "o", null),
                        new io.github.cosxml.codegen.model.EnumConstantModel("XML_VALUES", "x", null)),
                "@deprecated & <i>");
        ComplexTypeModel doc = new ComplexTypeModel(new JavaName(PKG, "Doc"), null, null, ContentKind.SEQUENCE,
                List.of(element("k", new TypeRef.EnumRef(kind)).withDocumentation("Use <Object> & */ {@code x}")),
                "Type docs with <Tags> and */ and $L.");
        SchemaModel model = new SchemaModel(List.of(doc), List.of(kindEnum), List.of());
        List<io.github.cosxml.codegen.emit.GeneratedFile> files = JavaGenerator.create().generate(model);
        assertThat(files.get(0).content()).contains("Type docs with &lt;Tags&gt; and *&#47; and $L.")
                .contains("Use &lt;Object&gt; &amp; *&#47;");
        try (GeneratedCode code = GeneratedCode.compile(files, work)) {
            Object value = invokeStatic(code.load(PKG + ".Kind"), "fromValue", "v");
            assertThat(invoke(value, "value")).isEqualTo("v");
            assertThat(value.toString()).isEqualTo("value");
            assertThat(invokeStatic(code.load(PKG + ".Kind"), "fromValue", "x")).hasToString("XML_VALUES");
            assertThat(invokeStatic(code.load(PKG + ".Kind"), "xmlValues")).hasToString("[v, o, x]");
        }
    }

    @Test
    void rejectsUnknownReferences() {
        assertThatThrownBy(() -> JavaGenerator.create().generate(model(type("A", null,
                List.of(element("b", new TypeRef.ComplexRef(new JavaName(PKG, "Missing"))))))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("property b of com.example.edge.A refers to com.example.edge.Missing, which is not a complex"
                        + " type of the model");
        assertThatThrownBy(() -> JavaGenerator.create().generate(model(type("A", null,
                List.of(element("e", new TypeRef.EnumRef(new JavaName(PKG, "NoEnum"))))))))
                .hasMessageContaining("which is not an enum of the model");
        assertThatThrownBy(() -> JavaGenerator.create().generate(new SchemaModel(List.of(), List.of(),
                List.of(new RootElementModel(new QName("", "R"), new JavaName(PKG, "R"))))))
                .hasMessageContaining("global element R refers to com.example.edge.R");
    }

    @Test
    void rejectsCyclicAndMissingBases() {
        assertThatThrownBy(() -> JavaGenerator.create().generate(model(
                type("A", new JavaName(PKG, "B"), List.of()), type("B", new JavaName(PKG, "A"), List.of()))))
                .hasMessageContaining("extends itself");
        assertThatThrownBy(() -> JavaGenerator.create().generate(model(type("A", new JavaName(PKG, "Z"), List.of()))))
                .hasMessageContaining("extends com.example.edge.Z, which is not a complex type of the model");
    }

    @Test
    void rejectsDuplicateNamesAndUnsupportedContent() {
        assertThatThrownBy(() -> JavaGenerator.create().generate(model(type("A", null, List.of()),
                type("A", null, List.of()))))
                .hasMessageContaining("two generated types are both named com.example.edge.A");
        assertThatThrownBy(() -> JavaGenerator.create().generate(model(
                type("Base", null, List.of(element("x", builtin(Builtin.STRING)))),
                type("Sub", new JavaName(PKG, "Base"), List.of(element("x", builtin(Builtin.STRING)))))))
                .hasMessageContaining("has two properties named x");
        PropertyModel text = new PropertyModel("value", null, NodeKind.TEXT, builtin(Builtin.STRING), 0, 1, false,
                Facets.NONE, null, null);
        assertThatThrownBy(() -> JavaGenerator.create().generate(model(type("Mixed", null,
                List.of(text, element("x", builtin(Builtin.STRING)))))))
                .hasMessageContaining("mixed content is not supported");
        assertThatThrownBy(() -> JavaGenerator.create().generate(model(type("L", null,
                List.of(element("x", new TypeRef.ListType(builtin(Builtin.INT))).withOccurs(0, 5))))))
                .hasMessageContaining("a repeated element of an xs:list type is not supported");
        assertThatThrownBy(() -> JavaGenerator.create().generate(model(type("C", null,
                List.of(element("t", new TypeRef.CustomType("not a type", "x.Y.parse", "x.Y.print")))))))
                .hasMessageContaining("jaxb:javaType name 'not a type'");
    }
}
