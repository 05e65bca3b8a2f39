package io.github.cosxml.codegen.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cosxml.codegen.testing.GeneratedCode;
import io.github.cosxml.codegen.testing.SchemaUnderTest;
import io.github.cosxml.core.xml.ValidationResult;
import io.github.cosxml.core.xml.XmlReadOptions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Choices whose shape the checks must not misread (src/test/resources/choices): a choice in a
 * choice, a choice in a sequence branch, an optional choice with a sequence branch, nillable and
 * repeated branches, an empty branch, optional groups of several elements (checked as a whole),
 * groups within groups to three levels,
 * nillable {@code xs:list} elements and required
 * {@code xs:list} attributes. For each document,
 * generated {@code validate()} and strict reading accept it exactly when the JDK's XSD validator
 * does, and a valid one is written back valid and reads back equal.
 */
class ChoiceShapesTest {
    private static final String NS = "urn:cosxml:test:choices";
    private static final String PACKAGE = "io.github.cosxml.test.choices";

    @AutoClose
    private static SchemaUnderTest schema;
    private static GeneratedCode classes;

    @BeforeAll
    static void generate() throws Exception {
        schema = SchemaUnderTest.generate(ChoiceShapesTest.class.getResource("/choices/choices.xsd").toURI(), PACKAGE);
        classes = schema.classes();
    }

    /**
     * One document per row: the root, its content, the schema's verdict, the verdicts of
     * {@code validate()} (it sees values, not their order) and of strict reading (it checks no
     * facets) where they differ from it, and false where a valid document is not written back as read.
     */
    @ParameterizedTest(name = "<{0}>{1} valid: {2}")
    @CsvSource(delimiter = '|', value = {
        // a choice in a choice: each branch of either is a branch of the whole
        "Nested|<A>a</A>|true|||",
        "Nested|<B>b</B>|true|||",
        "Nested|<C>c</C>|true|||",
        "Nested||false|||",
        // a choice in a sequence branch is required once that branch is chosen, and chooses it when present
        "ChoiceInBranch|<D>d</D>|true|||",
        "ChoiceInBranch|<A>a</A><B>b</B>|true|||",
        "ChoiceInBranch|<A>a</A><C>c</C>|true|||",
        "ChoiceInBranch|<A>a</A><D>d</D>|false|||",
        "ChoiceInBranch|<A>a</A>|false|||",
        "ChoiceInBranch|<B>b</B>|false|||",
        "ChoiceInBranch|<B>b</B><D>d</D>|false|||",
        "ChoiceInBranch||false|||",
        // an optional choice: none is fine, but a chosen sequence still needs its required elements
        "OptionalChoice||true|||",
        "OptionalChoice|<Host>h</Host>|true|||",
        "OptionalChoice|<Host>h</Host><Port>1</Port>|true|||",
        "OptionalChoice|<Key>k</Key>|true|||",
        "OptionalChoice|<Port>1</Port>|false|||",
        "OptionalChoice|<Host>h</Host><Key>k</Key>|false|||",
        // the elements of a sequence branch keep their order (validate() sees values, not order)
        "OptionalChoice|<Port>1</Port><Host>h</Host>|false|true||",
        // a nil branch is a chosen branch, kept as nil and written back as nil
        "NillableBranches|<A xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\"/>|true|||",
        "NillableBranches|<H xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\"/><Q>1</Q>|true|||",
        "NillableBranches|<Q>1</Q>|false|||",
        "NillableBranches||false|||",
        "NillableBranches|<K>k</K>|true|||",
        "NillableBranches|<A>a</A><K>k</K>|false|||",
        // a branch of one repeated element needs its minimum once chosen
        "RepeatedBranch|<B>1</B><B>2</B>|true|||",
        "RepeatedBranch|<B>1</B>|false|||",
        "RepeatedBranch|<K>k</K>|true|||",
        // an empty branch makes the choice optional
        "EmptyBranch||true|||",
        "EmptyBranch|<E>e</E>|true|||",
        // a nil xs:list is no list, so its facets do not apply (strict reading checks no facets)
        "NilList|<N>1</N><O xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\"/>|true|||",
        "NilList|<N xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\"/>|true|||",
        "NilList|<N>1</N><O/>|false||true|",
        // a repeated sequence of one element is that element repeated
        "RepeatedSequence||true|||",
        "RepeatedSequence|<W>a</W><W>b</W><W>c</W>|true|||",
        "RepeatedSequence|<W>a</W><W>b</W><W>c</W><W>d</W>|false|||",
        "RepeatedGroup|<W>a</W><W>b</W>|true|||",
        "RepeatedGroup|<W>a</W><W>b</W><W>c</W><W>d</W>|false|||",
        // a type whose content is a choice: a sequence branch keeps its order around a nested choice
        "ChoiceContent|<A>a</A><B>b</B><X>x</X>|true|||",
        "ChoiceContent|<A>a</A><B>b</B><Y>y</Y><E>e</E>|true|||",
        "ChoiceContent|<D>d</D>|true|||",
        "ChoiceContent|<B>b</B><A>a</A><X>x</X>|false|true||",
        "ChoiceContent|<A>a</A><B>b</B>|false|||",
        "ChoiceContent|<X>x</X><D>d</D>|false|||",
        "ChoiceContent|<Y>y</Y><E>e</E>|false|||",
        // nil items are kept as null: they count towards the minimum, and are written back
        "NillableRepeated|<B>1</B><B xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\"/>|true|||",
        "NillableRepeated|<B xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\"/><B xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\"/>|true|||",
        "NillableRepeated|<B xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\"/>|false|||",
        "NillableRepeated|<B>1</B><B>2</B>|true|||",
        // xsi:nil, even false, only on a nillable element (validate() cannot see the attribute)
        "NillableRepeated|<K xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\"/>|false|||",
        "NillableRepeated|<K xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"false\">k</K>|false|true||",
        "NillableRepeated|<B xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"false\">1</B><B>2</B>|true|||",
        // an optional nillable element: nil is kept apart from absence, and written back
        "OptionalNil||true|||",
        "OptionalNil|<M xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\"/>|true|||",
        "OptionalNil|<P xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\"/>|true|||",
        "OptionalNil|<L xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\"/>|true|||",
        "OptionalNil|<M>1</M><P><V>2</V></P><L>3</L>|true|||",
        // a nil element must be empty: strict reading reports content (validate() sees only the flag)
        "OptionalNil|<M xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\">1</M>|false|true||",
        "OptionalNil|<P xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\"><V>2</V></P>|false|true||",
        "OptionalNil|<L xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\"> </L>|false|true||",
        // an element with a fixed value may not be nil (strict reading checks no values)
        "OptionalNil|<F xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\"/>|false||true|",
        "OptionalNil|<F>f</F>|true|||",
        // a required nillable element is nil when null, which a fixed value forbids
        "RequiredNilFixed|<FR>f</FR>|true|||",
        "RequiredNilFixed|<FR xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\"/>|false||true|",
        // a nil branch of a complex type without attributes is kept, and its choice is required
        "NilComplexBranch|<E xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\"/>|true|||",
        "NilComplexBranch|<E><V>1</V></E>|true|||",
        "NilComplexBranch||false|||",
        // a nillable element repeated by its group: its nil items are kept, so the choice is required to the checks
        "NilInRepeatedBranch|<A xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\"/>|true|||",
        "NilInRepeatedBranch|<A>a</A><A>b</A>|true|||",
        "NilInRepeatedBranch||false|||",
        // repeated nillable elements of each kind: a simple type, an enum, complex types with and without attributes
        "NilItems|<I>1</I><I xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\"/>|true|||",
        "NilItems|<I xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\"/><I xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\"/><S xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\"/><S>On</S><C xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\"/><C><V>1</V></C><X xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\"/><X a=\"1\"/>|true|||",
        "NilItems|<I xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\"/>|false|||",
        "NilItems|<I>1</I><S xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\"/>|false|||",
        // a nil item keeps its attributes, and is written back with them
        "NilItems|<I>1</I><I>2</I><X xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\" a=\"1\"/>|true|||",
        // an element with a fixed value may not be nil (strict reading checks no values)
        "NilItems|<I>1</I><I>2</I><F>f</F><F xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\"/>|false||true|",
        "NilItems|<I>1</I><I>2</I><F>f</F><F>f</F>|true|||",
        // a javaType item whose text reads as null ("-") is not kept, so a list of them counts no minimum
        "Times|<T>2022-06-27T15:23:12+0800</T><T>2022-06-27T15:23:13+0800</T><N xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\"/>|true|||",
        "Times|<T>-</T><T>2022-06-27T15:23:12+0800</T>|true|||false",
        "Times|<T>-</T><T>-</T><N>-</N><N xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\"/>|true|||false",
        "Times|<T>2022-06-27T15:23:12+0800</T>|false|true||",
        // an optional group of several elements: all it requires, or none of it
        "OptionalSequence|<H>h</H>|true|||",
        "OptionalSequence|<H>h</H><P>p</P><Q>1</Q>|true|||",
        "OptionalSequence|<H>h</H><P>p</P><Q>1</Q><Q>2</Q><R>r</R><T>t</T>|true|||",
        "OptionalSequence|<H>h</H><T>t</T>|true|||",
        "OptionalSequence|<H>h</H><P>p</P>|false|||",
        "OptionalSequence|<H>h</H><Q>1</Q>|false|||",
        "OptionalSequence|<H>h</H><R>r</R>|false|||",
        "OptionalSequence|<H>h</H><P>p</P><R>r</R><T>t</T>|false|||",
        "OptionalSequence|<P>p</P><Q>1</Q>|false|||",
        "OptionalSequence|<H>h</H><Q>1</Q><P>p</P>|false|true||",
        "OptionalGroupRef|<T>t</T>|true|||",
        "OptionalGroupRef|<P>p</P><Q>1</Q><T>t</T>|true|||",
        "OptionalGroupRef|<Q>1</Q><T>t</T>|false|||",
        "OptionalContent||true|||",
        "OptionalContent|<A>a</A><B>b</B>|true|||",
        "OptionalContent|<B>b</B>|false|||",
        "OptionalContent|<A>a</A>|false|||",
        // an optional xs:all: its elements in any order, all it requires or none
        "OptionalAll||true|||",
        "OptionalAll|<B>b</B><C>c</C><A>a</A>|true|||",
        "OptionalAll|<C>c</C>|false|||",
        "OptionalAll|<A>a</A><C>c</C>|false|||",
        // an optional group in an optional group is a whole of its own, and chooses the outer one
        "NestedOptional||true|||",
        "NestedOptional|<P>p</P>|true|||",
        "NestedOptional|<P>p</P><Q>q</Q><R>r</R>|true|||",
        "NestedOptional|<Q>q</Q><R>r</R>|false|||",
        "NestedOptional|<P>p</P><Q>q</Q>|false|||",
        "NestedOptional|<R>r</R>|false|||",
        // a choice in an optional group chooses the group, and the group requires it
        "OptionalWithChoice||true|||",
        "OptionalWithChoice|<P>p</P><X>x</X>|true|||",
        "OptionalWithChoice|<X>x</X>|false|||",
        "OptionalWithChoice|<P>p</P><X>x</X><Y>y</Y>|false|||",
        "OptionalWithChoice|<P>p</P>|false|||",
        // a branch of nothing but groups is chosen through them
        "GroupsOnlyBranch|<X>x</X>|true|||",
        "GroupsOnlyBranch|<Y>y</Y><W>w</W>|true|||",
        "GroupsOnlyBranch|<D>d</D>|true|||",
        "GroupsOnlyBranch||false|||",
        "GroupsOnlyBranch|<V>v</V>|false|||",
        "GroupsOnlyBranch|<X>x</X><D>d</D>|false|||",
        "GroupsOnlyBranch|<W>w</W><D>d</D>|false|||",
        "GroupsOnlyBranch|<X>x</X><Y>y</Y>|false|||",
        // three levels: the innermost choice chooses the optional group, which chooses the outer branch
        "DeepNesting|<A>a</A>|true|||",
        "DeepNesting|<A>a</A><B>b</B><C>c</C>|true|||",
        "DeepNesting|<A>a</A><B>b</B><E>e</E><E>e</E>|true|||",
        "DeepNesting|<D>d</D>|true|||",
        "DeepNesting|<A>a</A><B>b</B>|false|||",
        "DeepNesting|<A>a</A><C>c</C>|false|||",
        "DeepNesting|<B>b</B><C>c</C>|false|||",
        "DeepNesting|<E>e</E>|false|||",
        "DeepNesting|<C>c</C><D>d</D>|false|||",
        "DeepNesting|<A>a</A><B>b</B><C>c</C><E>e</E>|false|||",
        "DeepNesting|<A>a</A><C>c</C><B>b</B>|false|true||",
        // an inner choice with a CI time branch ("-" reads as null) is optional to both checks
        "TimeInBranch|<A>a</A><T>2022-06-27T15:23:12+0800</T>|true|||",
        "TimeInBranch|<A>a</A><T>-</T>|true|||false",
        "TimeInBranch|<A>a</A><U>u</U>|true|||",
        "TimeInBranch|<U>u</U>|false|||",
        "TimeInBranch|<U>u</U><D>d</D>|false|||",
        "TimeInBranch|<A>a</A>|false|true|true|",
        // a repeated sequence of one element as a branch: its minimum counts once the branch is chosen
        "RepeatedSequenceBranch|<C>c</C><C>c</C>|true|||",
        "RepeatedSequenceBranch|<C>c</C>|false|||",
        "RepeatedSequenceBranch|<A>a</A>|true|||",
        // an optional group of an element that occurs twice is no B or two; a repeated one is checked as
        // a range (two to four P), which misses three
        "PairGroups|<P>p</P><P>p</P>|true|||",
        "PairGroups|<B>b</B><B>b</B><P>p</P><P>p</P>|true|||",
        "PairGroups|<B>b</B><P>p</P><P>p</P>|false|||",
        "PairGroups|<P>p</P><P>p</P><P>p</P><P>p</P>|true|||",
        "PairGroups|<P>p</P>|false|||",
        "PairGroups|<P>p</P><P>p</P><P>p</P>|false|true|true|",
        // a nil element of an optional group is present
        "OptionalNillable|<N xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\"/><S>s</S>|true|||",
        "OptionalNillable|<N xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\"/>|false|||",
        "OptionalNillable|<S>s</S>|false|||",
        "OptionalNillable||true|||",
        // a nil element of a complex type with attributes keeps them, and still needs the required ones
        "NilAttributes|<R xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\" id=\"1\" nil=\"n\"/>|true|||",
        "NilAttributes|<R xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\"/>|false|||",
        "NilAttributes|<R id=\"1\"><V>1</V></R>|true|||",
        "NilAttributes|<R id=\"1\"/>|false|||",
        "NilAttributes|<R xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\" id=\"1\"><V>1</V></R>|false|true||",
        "NilAttributes|<R id=\"1\"><V>1</V></R><O xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\" id=\"2\"/><L xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\" id=\"3\"/><L id=\"4\"><V>4</V></L><L xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\" id=\"5\"/>|true|||",
        "NilAttributes|<R id=\"1\"><V>1</V></R><O id=\"2\"><V>2</V></O><P currency=\"EUR\">1.5</P>|true|||",
        "NilAttributes|<R id=\"1\"><V>1</V></R><P xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\" currency=\"EUR\"/>|true|||",
        "NilAttributes|<R id=\"1\"><V>1</V></R><P xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\"/>|false|||",
        "NilAttributes|<R id=\"1\"><V>1</V></R><P xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\" currency=\"EUR\">1.5</P>|false|true||",
        // where the same type is not nillable, xsi:nil is no nil (lenient reading reads the content)
        "NilAttributes|<R id=\"1\"><V>1</V></R><N xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\" id=\"6\"/>|false|||",
        "NilAttributes|<R id=\"1\"><V>1</V></R><N id=\"6\"><V>6</V></N>|true|||",
        // as a choice branch, a nil element is a chosen branch
        "NilAttributesChoice|<T xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\" id=\"1\"/>|true|||",
        "NilAttributesChoice||false|||",
        "NilAttributesChoice|<T xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\" id=\"1\"/><K>k</K>|false|||",
        "NilAttributesChoice|<K>k</K>|true|||",
        // a required xs:list attribute may have no items, not be absent
        "ListAttributes sizes=\"\" states=\"\"||true|||",
        "ListAttributes sizes=\"1 2\" states=\"On Off\"||true|||",
        "ListAttributes states=\"On\"||false|||",
        "ListAttributes sizes=\"1\"||false|||",
    })
    void checksAgreeWithTheSchema(String root, String content, boolean valid, Boolean validateAccepts,
            Boolean strictAccepts, Boolean writtenBack) throws Exception {
        String name = root.split(" ")[0]; // the root element may have attributes
        String xml = "<" + root + " xmlns=\"" + NS + "\">" + (content == null ? "" : content) + "</" + name + ">";
        String qualifiedName = PACKAGE + "." + name;
        assertThat(schema.schemaAccepts(xml)).as("the schema's verdict on %s", xml).isEqualTo(valid);

        Object value = classes.fromXml(qualifiedName, xml, null);

        assertThat(((ValidationResult) GeneratedCode.invoke(value, "validate")).isValid()).as("validate()")
                .isEqualTo(validateAccepts == null ? valid : validateAccepts);
        assertThat(schema.strictReadingAccepts(qualifiedName, xml)).as("strict reading")
                .isEqualTo(strictAccepts == null ? valid : strictAccepts);
        if (valid && !Boolean.FALSE.equals(writtenBack)) {
            String written = (String) GeneratedCode.invoke(value, "toXml");
            assertThat(schema.schemaAccepts(written)).as("the schema's verdict on what was written: %s", written).isTrue();
            assertThat(classes.fromXml(qualifiedName, written, null)).isEqualTo(value);
        }
    }

    /**
     * Every document of a type whose children each occur from none up to a bound, in schema order
     * ({@code E:2}: up to twice): the checks see everything the schema does in these shapes (groups
     * within groups among them), so {@code validate()} and strict reading judge each document as the
     * schema does.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Nested|A B C",
        "ChoiceInBranch|A B C D",
        "OptionalChoice|Host Port Key",
        "ChoiceContent|A B X Y E D",
        "OptionalSequence|H P Q:2 R T",
        "NestedOptional|P Q R",
        "OptionalWithChoice|P X Y",
        "GroupsOnlyBranch|X Y V W D",
        "DeepNesting|A B C E:2 D",
        "RepeatedSequenceBranch|A C:2",
    })
    void everyCombinationOfChildrenIsJudgedAsTheSchemaJudgesIt(String spec) throws Exception {
        String name = spec.substring(0, spec.indexOf('|'));
        String[] children = spec.substring(spec.indexOf('|') + 1).split(" ");
        int[] counts = new int[children.length];
        List<String> disagreements = new ArrayList<>();
        int documents = 0;
        do {
            StringBuilder content = new StringBuilder();
            for (int i = 0; i < children.length; i++) {
                String child = children[i].split(":")[0];
                content.append(("<" + child + ">1</" + child + ">").repeat(counts[i]));
            }
            String xml = "<" + name + " xmlns=\"" + NS + "\">" + content + "</" + name + ">";
            boolean valid = schema.schemaAccepts(xml);
            Object value = classes.fromXml(PACKAGE + "." + name, xml, null);
            boolean validated = ((ValidationResult) GeneratedCode.invoke(value, "validate")).isValid();
            boolean strict = schema.strictReadingAccepts(PACKAGE + "." + name, xml);
            if (validated != valid || strict != valid) {
                disagreements.add(content + ": schema " + valid + ", validate() " + validated + ", strict " + strict);
            }
            documents++;
        } while (next(counts, children));
        assertThat(disagreements).as("of %s documents", documents).isEmpty();
    }

    /** Counts up, each child to its bound (1, or the number after its colon); false after the last. */
    private static boolean next(int[] counts, String[] children) {
        for (int i = counts.length - 1; i >= 0; i--) {
            int bound = children[i].contains(":") ? Integer.parseInt(children[i].split(":")[1]) : 1;
            if (counts[i] < bound) {
                counts[i]++;
                return true;
            }
            counts[i] = 0;
        }
        return false;
    }

    /** The nil items of a repeated nillable element are null items in their place, read, built and written. */
    @Test
    @SuppressWarnings("unchecked")
    void nilItemsAreNullItemsInTheirPlace() throws Exception {
        String nil = "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\"";
        String xml = "<NilItems xmlns=\"" + NS + "\"><I>1</I><I " + nil + "/><I>3</I><S " + nil + "/><S>On</S>"
                + "<C " + nil + "/><C><V>1</V></C></NilItems>";
        Object value = classes.fromXml(PACKAGE + ".NilItems", xml, null);

        assertThat((List<Object>) GeneratedCode.invoke(value, "getI")).containsExactly(1, null, 3);
        assertThat((List<Object>) GeneratedCode.invoke(value, "getSAsString")).containsExactly(null, "On");
        assertThat((List<?>) GeneratedCode.invoke(value, "getS")).hasSize(1); // the typed view leaves nil out
        List<?> complex = (List<?>) GeneratedCode.invoke(value, "getC");
        assertThat(complex).hasSize(2);
        assertThat(complex.get(0)).isNull();

        Object builder = classes.builder(PACKAGE + ".NilItems");
        GeneratedCode.set(builder, "addI", null);
        GeneratedCode.set(builder, "addI", 2);
        GeneratedCode.set(builder, "addSAsString", null);
        String written = (String) GeneratedCode.invoke(GeneratedCode.build(builder), "toXml");
        assertThat(written).contains("<I xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\"/>"
                + "<I>2</I><S xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\"/>");
        assertThat(schema.schemaAccepts(written)).as(written).isTrue();
    }

    /**
     * A value of a complex type with attributes that is nillable somewhere is nil itself: {@code isNil()}
     * keeps the attributes of {@code <R xsi:nil="true" id="1"/>}. Its builder's {@code nil(true)}
     * removes the content and keeps the attributes, content set afterwards makes it not nil, and
     * {@code validate()} reports a nil value where the element is not nillable, and a null one where
     * the type requires an attribute, which null cannot carry. The attribute named
     * {@code nil} gets {@code nil_}, since the flag's names are taken first.
     */
    @Test
    void aNilValueKeepsItsAttributes() throws Exception {
        String nil = "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\"";
        String xml = "<NilAttributes xmlns=\"" + NS + "\"><R " + nil + " id=\"1\" nil=\"n\"/>"
                + "<L " + nil + " id=\"3\"/></NilAttributes>";
        Object value = classes.fromXml(PACKAGE + ".NilAttributes", xml, XmlReadOptions.strict());

        Object required = GeneratedCode.invoke(value, "getR");
        assertThat(GeneratedCode.invoke(required, "isNil")).isEqualTo(true);
        assertThat(GeneratedCode.invoke(required, "getId")).isEqualTo(1);
        assertThat(GeneratedCode.invoke(required, "getNil")).isEqualTo("n");
        assertThat(GeneratedCode.invoke(required, "getV")).isNull();
        assertThat(required.toString()).endsWith(", nil}");
        Object item = ((List<?>) GeneratedCode.invoke(value, "getL")).get(0);
        assertThat(GeneratedCode.invoke(item, "isNil")).isEqualTo(true);
        assertThat(GeneratedCode.invoke(item, "getId")).isEqualTo(3);
        String written = (String) GeneratedCode.invoke(value, "toXml");
        assertThat(written).contains("<R id=\"1\" nil=\"n\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                + " xsi:nil=\"true\"/>");
        assertThat(classes.fromXml(PACKAGE + ".NilAttributes", written, null)).isEqualTo(value);

        Object builder = GeneratedCode.invoke(required, "toBuilder");
        GeneratedCode.set(builder, "v", 7);
        Object withContent = GeneratedCode.build(builder);
        assertThat(GeneratedCode.invoke(withContent, "isNil")).isEqualTo(false);
        assertThat(GeneratedCode.invoke(withContent, "getId")).isEqualTo(1);
        assertThat(withContent).isNotEqualTo(required);
        Object nilAgain = GeneratedCode.build(GeneratedCode.set(GeneratedCode.invoke(withContent, "toBuilder"), "nil", true));
        assertThat(GeneratedCode.invoke(nilAgain, "getV")).isNull();
        assertThat(nilAgain).isEqualTo(required).hasSameHashCodeAs(required);

        Object misplaced = GeneratedCode.build(GeneratedCode.set(GeneratedCode.set(
                classes.builder(PACKAGE + ".NilAttributes"), "r", withContent), "addN", nilAgain));
        ValidationResult result = (ValidationResult) GeneratedCode.invoke(misplaced, "validate");
        assertThat(result.violations()).extracting(v -> v.path() + " " + v.facet())
                .containsExactly("n[0] nillable");
        String misplacedXml = (String) GeneratedCode.invoke(misplaced, "toXml");
        assertThat(schema.schemaAccepts(misplacedXml)).as(misplacedXml).isFalse();

        // null is written as a nil element without attributes, which Tagged's required id makes invalid
        Object nulls = GeneratedCode.build(GeneratedCode.set(classes.builder(PACKAGE + ".NilAttributes"), "addL", null));
        assertThat(((ValidationResult) GeneratedCode.invoke(nulls, "validate")).violations())
                .extracting(v -> v.path() + " " + v.facet()).containsExactly("r required", "l[0] required");
        String nullsXml = (String) GeneratedCode.invoke(nulls, "toXml");
        assertThat(schema.schemaAccepts(nullsXml)).as(nullsXml).isFalse();
    }
}
