package io.github.cosxml.codegen.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cosxml.codegen.testing.GeneratedCode;
import io.github.cosxml.codegen.testing.SchemaUnderTest;
import io.github.cosxml.core.xml.ValidationResult;
import io.github.cosxml.core.xml.XmlReadOptions;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Nillable global elements (src/test/resources/nilroot): {@code <Root xsi:nil="true"/>} reads as a
 * nil value of the root's class, with its attributes, never as {@code null}; the class of a root
 * that is not nillable reports a nil value in {@code validate()}. Each document is judged by
 * {@code validate()} and strict reading as the JDK's XSD validator judges it, and a valid one is
 * written back valid and reads back equal.
 */
class NilRootTest {
    private static final String NS = "urn:cosxml:test:nilroot";
    private static final String PACKAGE = "io.github.cosxml.test.nilroot";
    private static final String XSI = "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"";
    private static final String NIL = XSI + " xsi:nil=\"true\"";

    @AutoClose
    private static SchemaUnderTest schema;
    private static GeneratedCode classes;

    @BeforeAll
    static void generate() throws Exception {
        schema = SchemaUnderTest.generate(NilRootTest.class.getResource("/nilroot/nilroot.xsd").toURI(), PACKAGE);
        classes = schema.classes();
    }

    /**
     * One document per row: its root element with attributes ({@code NIL} stands for
     * {@code xsi:nil="true"} and its namespace), its content, the schema's verdict, and the verdicts
     * of {@code validate()} (it sees values, not the document) and of strict reading where they
     * differ from it.
     */
    @ParameterizedTest(name = "<{0}>{1} valid: {2}")
    @CsvSource(delimiter = '|', value = {
        // a nil root keeps its attributes; a required one is still required
        "TaggedRoot id=\"1\" NIL||true||",
        "TaggedRoot NIL||false||",
        // a nil root has no content: strict reading reports it, lenient reading drops it
        "TaggedRoot id=\"1\" NIL|<V>1</V>|false|true|",
        "TaggedRoot id=\"1\"|<V>1</V>|true||",
        "TaggedRoot id=\"1\"||false||",
        "TaggedRoot id=\"1\" " + XSI + " xsi:nil=\"false\"|<V>1</V>|true||",
        "PlainRoot NIL||true||",
        "PlainRoot|<V>1</V>|true||",
        "AnonymousRoot lang=\"en\" NIL||true||",
        "AnonymousRoot|<W>w</W>|true||",
        "EmptyRoot NIL||true||",
        "EmptyRoot||true||",
        "EmptyRoot NIL|<X/>|false|true|",
        // a root that is not nillable: xsi:nil is not read as nil
        "BoxedRoot NIL||false||",
        "BoxedRoot NIL|<V>1</V>|false|true|",
        "BoxedRoot " + XSI + " xsi:nil=\"false\"|<V>1</V>|false|true|",
        "BoxedRoot id=\"2\"|<V>1</V>|true||",
        // nested elements of those types: nil where nillable, a value where not
        "Holder|<B id=\"1\" NIL/><P NIL/><R NIL/>|true||",
        "Holder|<R NIL/><Q NIL/>|false||",
        "Holder|<R><V>1</V></R><Q><V>2</V></Q>|true||",
        // simple content: nil where nillable; where not, xsi:nil is reported, and lenient reading reads the text
        "Holder|<R NIL/><N a=\"1\" NIL/><T a=\"2\">t</T><L k=\"3\">l</L>|true||",
        "Holder|<R NIL/><T a=\"2\" NIL>t</T>|false|true|",
        "Holder|<R NIL/><L k=\"3\" NIL>l</L>|false|true|",
        // a missing required nillable element reads as null, as a nil one once did: only strict reading knows
        "Holder||false|true|",
    })
    void checksAgreeWithTheSchema(String root, String content, boolean valid, Boolean validateAccepts,
            Boolean strictAccepts) throws Exception {
        String name = root.split(" ")[0];
        String xml = ("<" + root + " xmlns=\"" + NS + "\">" + (content == null ? "" : content) + "</" + name + ">")
                .replace("NIL", NIL);
        String qualifiedName = PACKAGE + "." + className(name);
        assertThat(schema.schemaAccepts(xml)).as("the schema's verdict on %s", xml).isEqualTo(valid);

        Object value = classes.fromXml(qualifiedName, xml, null);

        assertThat(value).as("fromXml never returns null").isNotNull();
        assertThat(((ValidationResult) GeneratedCode.invoke(value, "validate")).isValid()).as("validate()")
                .isEqualTo(validateAccepts == null ? valid : validateAccepts);
        assertThat(schema.strictReadingAccepts(qualifiedName, xml)).as("strict reading")
                .isEqualTo(strictAccepts == null ? valid : strictAccepts);
        if (valid) {
            String written = (String) GeneratedCode.invoke(value, "toXml");
            assertThat(schema.schemaAccepts(written)).as("the schema's verdict on what was written: %s", written).isTrue();
            assertThat(classes.fromXml(qualifiedName, written, null)).isEqualTo(value);
        }
    }

    @Test
    void aNilRootReadsAsANilValueWithItsAttributes() throws Exception {
        Object tagged = classes.fromXml(PACKAGE + ".Tagged", "<TaggedRoot xmlns=\"" + NS + "\" " + NIL
                + " id=\"7\"/>", XmlReadOptions.strict());
        assertThat(GeneratedCode.invoke(tagged, "isNil")).isEqualTo(true);
        assertThat(GeneratedCode.invoke(tagged, "getId")).isEqualTo(7);
        assertThat(GeneratedCode.invoke(tagged, "getV")).isNull();
        assertThat((String) GeneratedCode.invoke(tagged, "toXml"))
                .endsWith("<TaggedRoot xmlns=\"" + NS + "\" id=\"7\" " + NIL + "/>");

        Object plain = classes.fromXml(PACKAGE + ".Plain", "<PlainRoot xmlns=\"" + NS + "\" " + NIL + "/>",
                XmlReadOptions.strict());
        assertThat(GeneratedCode.invoke(plain, "isNil")).isEqualTo(true);
        Object notNil = classes.fromXml(PACKAGE + ".Plain", "<PlainRoot xmlns=\"" + NS + "\"><V>3</V></PlainRoot>",
                null);
        assertThat(GeneratedCode.invoke(notNil, "isNil")).isEqualTo(false);
        assertThat(notNil).isNotEqualTo(plain);

        // with no properties, nil is all that tells two values apart
        Object empty = classes.fromXml(PACKAGE + ".EmptyRoot", "<EmptyRoot xmlns=\"" + NS + "\"/>", null);
        Object nilEmpty = classes.fromXml(PACKAGE + ".EmptyRoot", "<EmptyRoot xmlns=\"" + NS + "\" " + NIL + "/>", null);
        assertThat(nilEmpty).isNotEqualTo(empty).hasToString("EmptyRoot{nil}");
        assertThat(empty).hasToString("EmptyRoot{}");
        Object built = GeneratedCode.build(GeneratedCode.set(classes.builder(PACKAGE + ".EmptyRoot"), "nil", true));
        assertThat(built).isEqualTo(nilEmpty).hasSameHashCodeAs(nilEmpty);
    }

    @Test
    void aNillableChildOfATypeWithANilRootIsANilValueNotAFlag() throws Exception {
        Object holder = classes.fromXml(PACKAGE + ".Holder", "<Holder xmlns=\"" + NS + "\"><P " + NIL + "/><R "
                + NIL + "/></Holder>", XmlReadOptions.strict());
        assertThat(GeneratedCode.invoke(GeneratedCode.invoke(holder, "getP"), "isNil")).isEqualTo(true);
        assertThat(GeneratedCode.invoke(GeneratedCode.invoke(holder, "getR"), "isNil")).isEqualTo(true);
        assertThat(methodNames("Holder")).doesNotContain("isPNil", "isNil");
        assertThat(methodNames("Plain")).contains("isNil");
    }

    @Test
    void lenientReadingReadsTheTextOfSimpleContentWhereTheElementIsNotNillable() throws Exception {
        Object holder = classes.fromXml(PACKAGE + ".Holder", "<Holder xmlns=\"" + NS + "\"><R " + NIL + "/><N a=\"1\" "
                + NIL + "/><T a=\"2\" " + NIL + ">t</T><L k=\"3\" " + NIL + ">l</L></Holder>", null);
        Object nillable = GeneratedCode.invoke(holder, "getN");
        assertThat(GeneratedCode.invoke(nillable, "isNil")).isEqualTo(true);
        assertThat(GeneratedCode.invoke(nillable, "getValue")).isNull();
        Object notNillable = GeneratedCode.invoke(holder, "getT");
        assertThat(GeneratedCode.invoke(notNillable, "isNil")).isEqualTo(false);
        assertThat(GeneratedCode.invoke(notNillable, "getValue")).isEqualTo("t");
        assertThat(GeneratedCode.invoke(GeneratedCode.invoke(holder, "getL"), "getValue")).isEqualTo("l");
    }

    @Test
    void validateReportsANilValueWhereTheElementIsNotNillable() throws Exception {
        Object boxedBuilder = GeneratedCode.set(classes.builder(PACKAGE + ".Boxed"), "nil", true);
        Object nilBoxed = GeneratedCode.build(boxedBuilder);
        assertThat(GeneratedCode.violations(nilBoxed)).containsExactly(" nillable");
        assertThat(schema.schemaAccepts((String) GeneratedCode.invoke(nilBoxed, "toXml"))).isFalse();

        Object nilPlain = GeneratedCode.build(GeneratedCode.set(classes.builder(PACKAGE + ".Plain"), "nil", true));
        assertThat(GeneratedCode.violations(nilPlain)).as("PlainRoot is nillable").isEmpty();
        Object holder = GeneratedCode.build(GeneratedCode.set(GeneratedCode.set(classes.builder(PACKAGE + ".Holder"),
                "r", nilPlain), "q", nilPlain));
        assertThat(GeneratedCode.violations(holder)).containsExactly("q nillable");
        assertThat(schema.schemaAccepts((String) GeneratedCode.invoke(holder, "toXml"))).isFalse();

        Object nilTagged = GeneratedCode.build(GeneratedCode.set(classes.builder(PACKAGE + ".Tagged"), "nil", true));
        assertThat(GeneratedCode.violations(nilTagged)).as("a nil root keeps its required attribute").containsExactly("id required");
    }


    private static List<String> methodNames(String simpleName) {
        return Arrays.stream(classes.load(PACKAGE + "." + simpleName).getDeclaredMethods()).map(Method::getName)
                .toList();
    }

    private static String className(String root) {
        return switch (root) {
            case "TaggedRoot" -> "Tagged";
            case "PlainRoot" -> "Plain";
            case "BoxedRoot" -> "Boxed";
            default -> root;
        };
    }
}
