package io.github.cosxml.core.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Drives {@link XmlReader} the way generated readers do, with a small hand-written reader. */
class XmlReaderTest {

    /** A hand-written equivalent of a generated reader: Job(Id attr; Name, Size, Tag*, choice A|B). */
    static final class Job {
        String id;
        String name;
        Integer size;
        final List<String> tags = new ArrayList<>();
        String a;
        String b;
    }

    private static final XmlChildren JOB_CHILDREN = XmlChildren.builder()
            .child(0, "", "Name", 1, 1)
            .child(1, "", "Size", 0, 1)
            .child(2, "", "Tag", 0, -1)
            .choiceChild(3, 0, "", "A", 1, 1)
            .choiceChild(3, 0, "", "B", 1, 1)
            .requiredChoice(0)
            .nillable(0)
            .nillable(1)
            .nillable(3)
            .build();

    static Job readJob(XmlReader in) {
        Job job = new Job();
        job.id = in.requiredAttribute("", "Id");
        XmlReader.Children children = in.children(JOB_CHILDREN);
        while (children.next()) {
            switch (children.index()) {
                case 0:
                    job.name = in.readText();
                    break;
                case 1:
                    job.size = in.readValue(XmlValues::parseInt);
                    break;
                case 2:
                    job.tags.add(in.readText());
                    break;
                case 3:
                    job.a = in.readText();
                    break;
                case 4:
                    job.b = in.readText();
                    break;
                default:
                    throw new AssertionError();
            }
        }
        return job;
    }

    private static Job read(String xml, XmlReadOptions options) {
        return XmlReader.read(xml, options, "", "Job", XmlReaderTest::readJob);
    }

    @Test
    void readsKnownChildrenAttributesAndRepeatedElements() {
        Job job = read("<Job Id='j1'><Name>n</Name><Size> 42 </Size><Tag>x</Tag><Tag>y</Tag><A>a</A></Job>", null);
        assertThat(job.id).isEqualTo("j1");
        assertThat(job.name).isEqualTo("n");
        assertThat(job.size).isEqualTo(42);
        assertThat(job.tags).containsExactly("x", "y");
        assertThat(job.a).isEqualTo("a");
        assertThat(job.b).isNull();
    }

    @Test
    void lenientSkipsUnknownElementsAndAcceptsAnyOrder() {
        String xml = "<Job><Unknown><Deep>1</Deep></Unknown><A>a</A><Tag>t</Tag><Name>n</Name>text</Job>";
        Job job = read(xml, XmlReadOptions.defaults());
        assertThat(job.name).isEqualTo("n");
        assertThat(job.tags).containsExactly("t");
        assertThat(job.a).isEqualTo("a");
    }

    @Test
    void strictReportsEveryProblemWithLineColumnAndPath() {
        String xml = "<Job>\n<Unknown/>\n<A>a</A>\n<Name>n</Name>\n<B>b</B>\n</Job>";
        assertThatThrownBy(() -> read(xml, XmlReadOptions.strict()))
                .isInstanceOfSatisfying(XmlReadException.class, e -> {
                    List<String> messages = new ArrayList<>();
                    for (XmlProblem p : e.problems()) {
                        messages.add(p.message());
                    }
                    assertThat(messages).containsExactly(
                            "missing required attribute Id",
                            "unknown element Unknown",
                            "element Name is out of order: it must come before A",
                            "only one of A, B is allowed, found A, B");
                    assertThat(e.problems().get(1).line()).isEqualTo(2);
                    assertThat(e.problems().get(1).path()).isEqualTo("/Job/Unknown");
                    assertThat(e.problems().get(2).line()).isEqualTo(4);
                    assertThat(e.problems().get(2).path()).isEqualTo("/Job/Name");
                    assertThat(e.problems().get(3).path()).isEqualTo("/Job");
                    assertThat(e.getMessage()).startsWith("4 problems reading XML:").contains("line 2");
                });
    }

    @Test
    void siblingsAtOneDepthAreEachCheckedAfresh() {
        // the reader reuses one child iterator per depth: counts, order and the choice start over
        XmlChildren list = XmlChildren.builder().child(0, "", "Job", 0, -1).build();
        String xml = "<Jobs><Job Id='1'><Name>a</Name><A>x</A></Job><Job Id='2'><Name>b</Name><B>y</B></Job>"
                + "<Job Id='3'><A>z</A><Name>c</Name></Job></Jobs>";
        XmlReadException e = catchThrowableOfType(XmlReadException.class,
                () -> XmlReader.read(xml, XmlReadOptions.strict(), "", "Jobs", in -> {
                    List<Job> jobs = new ArrayList<>();
                    XmlReader.Children children = in.children(list);
                    while (children.next()) {
                        jobs.add(readJob(in));
                    }
                    return jobs;
                }));
        assertThat(e.problems()).extracting(XmlProblem::message)
                .containsExactly("element Name is out of order: it must come before A");
        assertThat(e.problems().get(0).path()).isEqualTo("/Jobs/Job/Name");

        List<Job> jobs = XmlReader.read(xml, XmlReadOptions.defaults(), "", "Jobs", in -> {
            List<Job> read = new ArrayList<>();
            XmlReader.Children children = in.children(list);
            while (children.next()) {
                read.add(readJob(in));
            }
            return read;
        });
        assertThat(jobs).extracting(j -> j.name).containsExactly("a", "b", "c");
        assertThat(jobs).extracting(j -> j.a).containsExactly("x", null, "z");
    }

    @Test
    void lenientReadingStopsAtASecondElementWhereTheValueHoldsOneRatherThanDropAValue() {
        String xml = "<Job Id='1'>\n<Size>1</Size>\n<Tag>t</Tag><Size>2</Size></Job>";
        XmlReadException e = catchThrowableOfType(XmlReadException.class, () -> read(xml, XmlReadOptions.defaults()));
        assertThat(e.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.message()).isEqualTo("element Size occurs more than 1 time, and the value holds one:"
                    + " reading both would drop the first, so reading stops here (remove the duplicate, or give the"
                    + " element maxOccurs=\"unbounded\" in the schema if the sender repeats it)");
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.path()).isEqualTo("/Job/Size");
        });
        assertThat(read("<Job Id='1'><Tag>a</Tag><Tag>b</Tag><A>a</A><B>b</B></Job>", XmlReadOptions.defaults()).tags)
                .as("repeated elements, and two branches of a choice (each kept), still read").containsExactly("a", "b");
    }

    @Test
    void anXsiTypeOtherThanTheClassesTypeStopsLenientReadingAndIsReportedInStrictReading() {
        java.util.function.Function<XmlReader, Job> base = in -> {
            in.checkXsiType("urn:t", "Base");
            return readJob(in);
        };
        String xsi = " xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance'";
        for (String same : new String[] {"xsi:type='t:Base' xmlns:t='urn:t'", "xsi:type=' u:Base ' xmlns:u='urn:t'", ""}) {
            String xml = "<Job Id='1' " + same + xsi + "><Name>n</Name><A>a</A></Job>";
            assertThat(XmlReader.read(xml, XmlReadOptions.strict(), "", "Job", base).name).as(same).isEqualTo("n");
        }

        String derived = "<Job Id='1' xsi:type='t:Mid' xmlns:t='urn:t'" + xsi + ">\n<Name>n</Name><A>a</A><B2>b</B2></Job>";
        XmlReadException lenient = catchThrowableOfType(XmlReadException.class,
                () -> XmlReader.read(derived, XmlReadOptions.defaults(), "", "Job", base));
        assertThat(lenient.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.message()).isEqualTo("xsi:type 't:Mid' asks for type {urn:t}Mid instead of this element's"
                    + " type {urn:t}Base; generated classes have no subtypes (xsi:type polymorphism), so reading would"
                    + " drop what that type adds: send the element without xsi:type, or declare it with that type in"
                    + " the schema");
            assertThat(problem.line()).isEqualTo(1);
            assertThat(problem.path()).isEqualTo("/Job");
        });
        XmlReadException strict = catchThrowableOfType(XmlReadException.class,
                () -> XmlReader.read(derived, XmlReadOptions.strict(), "", "Job", base));
        assertThat(strict.problems()).extracting(XmlProblem::message)
                .anyMatch(message -> message.startsWith("xsi:type 't:Mid' asks for type {urn:t}Mid"))
                .contains("unknown element B2");

        java.util.function.Function<XmlReader, Job> anonymous = in -> {
            in.checkXsiType("", null);
            return readJob(in);
        };
        assertThatThrownBy(() -> XmlReader.read("<Job Id='1' xsi:type='Job'" + xsi + "><Name>n</Name></Job>",
                XmlReadOptions.defaults(), "", "Job", anonymous))
                .hasMessageContaining("instead of this element's anonymous type");
        assertThatThrownBy(() -> XmlReader.read("<Job Id='1' xsi:type='q:Base'" + xsi + "><Name>n</Name></Job>",
                XmlReadOptions.defaults(), "", "Job", base))
                .hasMessageContaining("xsi:type 'q:Base' uses the prefix q, which is not declared here");
    }

    @Test
    void lenientReadingTellsDuplicatesBeyondTheSixtyFourthChildToo() {
        XmlChildren.Builder wide = XmlChildren.builder();
        for (int i = 0; i < 70; i++) {
            wide.child(i, "", "C" + i, 0, 1);
        }
        XmlChildren children = wide.build();
        XmlChildren rows = XmlChildren.builder().child(0, "", "Row", 0, -1).build();
        java.util.function.Function<XmlReader, List<Integer>> readRows = in -> {
            List<Integer> read = new ArrayList<>();
            XmlReader.Children row = in.children(rows);
            while (row.next()) {
                XmlReader.Children cells = in.children(children);
                while (cells.next()) {
                    read.add(cells.index());
                }
            }
            return read;
        };
        assertThat(XmlReader.read("<Rows><Row><C66/><C2/></Row><Row><C66/><C2/></Row></Rows>", XmlReadOptions.defaults(),
                "", "Rows", readRows)).as("each row starts afresh").containsExactly(66, 2, 66, 2);
        for (String twice : new String[] {"<C66/><C66/>", "<C2/><C66/><C2/>"}) {
            assertThatThrownBy(() -> XmlReader.read("<Rows><Row>" + twice + "</Row></Rows>", XmlReadOptions.defaults(),
                    "", "Rows", readRows)).as(twice).isInstanceOf(XmlReadException.class)
                    .hasMessageContaining("occurs more than 1 time, and the value holds one");
        }
    }

    @Test
    void strictReportsMissingAndTooManyOccurrences() {
        assertThatThrownBy(() -> read("<Job Id='1'><Size>1</Size><Size>2</Size></Job>", XmlReadOptions.strict()))
                .isInstanceOfSatisfying(XmlReadException.class, e -> assertThat(e.problems())
                        .extracting(XmlProblem::message)
                        .containsExactly("element Size occurs more than 1 time", "missing element Name",
                                "missing one of A, B"));
    }

    @Test
    void strictReportsTheAttributesTheReadingCodeDidNotAskFor() {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 70; i++) {
            many.append(" a").append(i).append("='").append(i).append("'");
        }
        String xml = "<Job" + many + " Id='1' xmlns:x='urn:x' xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance'"
                + " xsi:type='Job'>\n<Name x:lang='en'>n<X y='1'/></Name><Unknown u='1'><Deep d='2'/></Unknown>"
                + "<A xsi:nil='true' bogus='1'/></Job>";
        XmlReadException e = catchThrowableOfType(XmlReadException.class, () -> read(xml, XmlReadOptions.strict()));
        List<String> messages = new ArrayList<>();
        for (XmlProblem p : e.problems()) {
            messages.add(p.message());
        }
        // Id, read by the reading code (after 70 others), is not reported; xsi:* never is; an element
        // skipped whole (unknown, or a child in text) is reported once, not for the attributes in it;
        // a nil element is read, so its other attributes are reported
        assertThat(messages).hasSize(74).doesNotContain("unknown attribute Id in element Job")
                .contains("unknown attribute a0 in element Job", "unknown attribute a69 in element Job")
                .endsWith("unknown attribute x:lang in element Name", "unexpected child element X in text-only content",
                        "unknown element Unknown", "unknown attribute bogus in element A");
        assertThat(e.problems().get(70).path()).isEqualTo("/Job/Name");
        assertThat(e.problems().get(70).line()).isEqualTo(2);
        assertThat(read(xml, XmlReadOptions.defaults()).id).as("lenient reading ignores them").isEqualTo("1");
    }

    @Test
    void strictAcceptsAValidDocument() {
        Job job = read("<Job Id='1'><Name>n</Name><Tag>1</Tag><Tag>2</Tag><B>b</B></Job>", XmlReadOptions.strict());
        assertThat(job.b).isEqualTo("b");
    }

    @Test
    void strictReportsTextInElementOnlyContentAndChildrenInTextContent() {
        assertThatThrownBy(() -> read("<Job Id='1'>oops<Name>n<X/></Name><A>a</A></Job>", XmlReadOptions.strict()))
                .isInstanceOfSatisfying(XmlReadException.class, e -> assertThat(e.problems())
                        .extracting(XmlProblem::message)
                        .containsExactly("unexpected text in element-only content",
                                "unexpected child element X in text-only content"));
    }

    @Test
    void invalidValueFailsLenientlyWithElementPath() {
        assertThatThrownBy(() -> read("<Job>\n  <Size>abc</Size></Job>", null))
                .isInstanceOfSatisfying(XmlReadException.class, e -> {
                    assertThat(e.path()).isEqualTo("/Job/Size");
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.getMessage()).contains("invalid value 'abc' in element Size: expected xs:int");
                });
    }

    @Test
    void invalidValueIsCollectedInStrictMode() {
        assertThatThrownBy(() -> read("<Job Id='1'><Name>n</Name><Size>x</Size><Unknown/><A/></Job>",
                XmlReadOptions.strict()))
                .isInstanceOfSatisfying(XmlReadException.class, e -> assertThat(e.problems())
                        .extracting(XmlProblem::message)
                        .containsExactly("invalid value 'x' in element Size: expected xs:int", "unknown element Unknown"));
    }

    @Test
    void wrongRootIsAlwaysAnError() {
        assertThatThrownBy(() -> read("<Other/>", null))
                .isInstanceOf(XmlReadException.class)
                .hasMessageContaining("expected root element Job but found Other");
        assertThatThrownBy(() -> read("<Job xmlns='urn:x'/>", null))
                .hasMessageContaining("expected root element Job but found {urn:x}Job");
    }

    @Test
    void malformedXmlNamesLineAndColumn() {
        assertThatThrownBy(() -> read("<Job>\n<Name>n</Nam>\n</Job>", null))
                .isInstanceOfSatisfying(XmlReadException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isPositive();
                    assertThat(e.getMessage()).contains("malformed XML");
                    assertThat(e.getCause()).isNotNull();
                });
    }

    @Test
    void nilElementsReadAsNull() {
        Job job = read("<Job xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance'>"
                + "<Name xsi:nil='true'/><Size xsi:nil='1'></Size></Job>", null);
        assertThat(job.name).isNull();
        assertThat(job.size).isNull();
    }

    @Test
    void strictReadingReportsContentInANilElement() {
        String xml = "<Job Id='1' xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance'><Name xsi:nil='true'>n</Name>"
                + "<Size xsi:nil='true'><!--c--><?pi?><![CDATA[]]></Size><A xsi:nil='true'> </A></Job>";
        assertThat(read(xml, null).name).isNull();
        assertThatThrownBy(() -> read(xml, XmlReadOptions.strict()))
                .isInstanceOfSatisfying(XmlReadException.class, e -> assertThat(e.problems())
                        .extracting(XmlProblem::message).containsExactly(
                                "element Name is xsi:nil=\"true\" but has content; a nil element must be empty",
                                "element A is xsi:nil=\"true\" but has content; a nil element must be empty"));
    }

    @Test
    void contentInANilElementIsReportedAtTheElement() {
        String xml = "<Job Id='1' xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance'>\n<Name xsi:nil='true'>\nn\n</Name>"
                + "<A>a</A></Job>";
        assertThatThrownBy(() -> read(xml, XmlReadOptions.strict()))
                .isInstanceOfSatisfying(XmlReadException.class, e -> assertThat(e.problems())
                        .extracting(XmlProblem::line, XmlProblem::path).containsExactly(tuple(2, "/Job/Name")));
    }

    @Test
    void anXsiNilThatIsNoBooleanReadsAsNotNilAndStrictReadingReportsIt() {
        for (String value : new String[] {"TRUE", "yes", "", "tru e"}) {
            String xml = "<Job Id='1' xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance'><Name xsi:nil='" + value
                    + "'>n</Name><A>a</A></Job>";
            assertThat(read(xml, null).name).as(value).isEqualTo("n");
            assertThatThrownBy(() -> read(xml, XmlReadOptions.strict()))
                    .isInstanceOfSatisfying(XmlReadException.class, e -> assertThat(e.problems())
                            .extracting(XmlProblem::path, XmlProblem::message).containsExactly(tuple("/Job/Name",
                                    "element Name has xsi:nil=\"" + value + "\", which is not a boolean (true, false, 1"
                                            + " or 0); it is read as not nil")));
        }
        for (String value : new String[] {"false", "0", " false "}) {
            String xml = "<Job Id='1' xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance'><Name xsi:nil='" + value
                    + "'>n</Name><A>a</A></Job>";
            assertThat(read(xml, XmlReadOptions.strict()).name).as(value).isEqualTo("n");
        }
    }

    @Test
    void aSettledNilLeavesTheTextToBeRead() {
        String xml = "<E xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance' xsi:nil='true'>x</E>";
        Function<XmlReader, String> plain = XmlReader::readText;
        Function<XmlReader, String> settled = in -> {
            in.nilSettled();
            return in.readText();
        };
        assertThat(XmlReader.read(xml, null, "", "E", plain)).isNull();
        assertThat(XmlReader.read(xml, null, "", "E", settled)).isEqualTo("x");
        // settled for one element only: the child's own xsi:nil still counts
        String nested = "<Job xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance'><Name xsi:nil='true'/></Job>";
        Function<XmlReader, String> child = in -> {
            in.nilSettled();
            in.children(XmlChildren.builder().child(0, "", "Name", 0, 1).build()).next();
            return in.readText();
        };
        assertThat(XmlReader.read(nested, null, "", "Job", child)).isNull();
    }

    @Test
    void anEmptyContentTypeAllowsNoWhitespaceInStrictReading() {
        Function<XmlReader, String> empty = in -> {
            in.readEmpty();
            return "read";
        };
        assertThat(XmlReader.read("<E> </E>", null, "", "E", empty)).isEqualTo("read");
        assertThat(XmlReader.read("<E><!-- c --></E>", XmlReadOptions.strict(), "", "E", empty)).isEqualTo("read");
        for (String content : new String[] {" ", "\n", "<![CDATA[ ]]>", "x"}) {
            assertThatThrownBy(() -> XmlReader.read("<E>" + content + "</E>", XmlReadOptions.strict(), "", "E", empty))
                    .as(content).isInstanceOfSatisfying(XmlReadException.class, e -> assertThat(e.problems())
                            .extracting(XmlProblem::message).containsExactly(
                                    "unexpected text in an element whose content is empty (whitespace too)"));
        }
    }

    @Test
    void strictReadingReportsXsiNilOnAChildNotDeclaredNillable() {
        String xml = "<Job Id='1' xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance'><Name>n</Name>"
                + "<Tag xsi:nil='true'/><Tag xsi:nil='false'>t</Tag><B xsi:nil='true'/></Job>";
        Job lenient = read(xml, null);
        assertThat(lenient.tags).containsExactly(null, "t");
        assertThat(lenient.b).isNull();
        assertThatThrownBy(() -> read(xml, XmlReadOptions.strict()))
                .isInstanceOfSatisfying(XmlReadException.class, e -> assertThat(e.problems())
                        .extracting(XmlProblem::path, XmlProblem::message).containsExactly(
                                tuple("/Job/Tag", "element Tag is not nillable, so it may not have xsi:nil;"
                                        + " remove the attribute"),
                                tuple("/Job/Tag", "element Tag is not nillable, so it may not have xsi:nil;"
                                        + " remove the attribute"),
                                tuple("/Job/B", "element B is not nillable, so it may not have xsi:nil;"
                                        + " remove the attribute")));
    }

    @Test
    void strictReadingReportsXsiNilOnARootNotDeclaredNillable() {
        String xml = "<Job Id='1' xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance'\n xsi:nil='false'><Name>n</Name><A>a</A></Job>";
        assertThat(read(xml, null).name).isEqualTo("n");
        assertThatThrownBy(() -> read(xml, XmlReadOptions.strict()))
                .isInstanceOfSatisfying(XmlReadException.class, e -> assertThat(e.problems())
                        .extracting(XmlProblem::line, XmlProblem::path, XmlProblem::message).containsExactly(
                                tuple(2, "/Job", "element Job is not nillable, so it may not have xsi:nil;"
                                        + " remove the attribute")));
    }

    @Test
    void aNillableRootIsLeftToItsBody() throws Exception {
        String nil = "<Job Id='1' xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance' xsi:nil='true'/>";
        Function<XmlReader, String> body = in -> in.attribute("", "Id") + (in.nil() ? " nil" : " not nil");
        assertThat(XmlReader.read(nil, XmlReadOptions.strict(), "", "Job", true, body)).isEqualTo("1 nil");
        assertThat(XmlReader.read(new StringReader(nil), XmlReadOptions.strict(), "", "Job", true, body))
                .isEqualTo("1 nil");
        assertThat(XmlReader.read(new ByteArrayInputStream(nil.getBytes(StandardCharsets.UTF_8)),
                XmlReadOptions.strict(), "", "Job", true, body)).isEqualTo("1 nil");
        // the same body on a root that is not nillable: the attribute is reported, whatever the body does
        assertThatThrownBy(() -> XmlReader.read(new StringReader(nil), XmlReadOptions.strict(), "", "Job", body))
                .isInstanceOf(XmlReadException.class).hasMessageContaining("element Job is not nillable");
        assertThatThrownBy(() -> XmlReader.read((String) null, null, "", "Job", true, body))
                .isInstanceOf(NullPointerException.class).hasMessage("xml");
        assertThatThrownBy(() -> XmlReader.read((InputStream) null, null, "", "Job", true, body))
                .isInstanceOf(NullPointerException.class).hasMessage("input");
        assertThatThrownBy(() -> XmlReader.read((Reader) null, null, "", "Job", true, body))
                .isInstanceOf(NullPointerException.class).hasMessage("reader");
    }

    @Test
    void onlyAnAddedChildCanBeDeclaredNillable() {
        XmlChildren.Builder children = XmlChildren.builder().child(0, "", "A", 0, 1);
        assertThatThrownBy(() -> children.nillable(1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no child at index 1 (1 children added)");
    }

    @Test
    void textAcrossCdataCommentsAndEntitiesIsJoined() {
        Job job = read("<Job><Name>a<!--c--><![CDATA[<b>]]>&amp;&#65;<?pi x?>z</Name></Job>", null);
        assertThat(job.name).isEqualTo("a<b>&Az");
    }

    /** Every shape of text-only content: the straight path (no event, or one text event) and the others. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<Name/>                                | ''",
        "<Name></Name>                          | ''",
        "<Name>a b</Name>                       | a b",
        "<Name><![CDATA[x]]></Name>             | x",
        "<Name>a<![CDATA[b]]>c</Name>           | abc",
        "<Name><!--c--></Name>                  | ''",
        "<Name><!--c-->a</Name>                 | a",
        "<Name>a<!--c--></Name>                 | a",
        "<Name><X><Y>y</Y></X>a</Name>          | a",
        "<Name>a<X><Y>y</Y></X></Name>          | a",
        "<Name>a<X><Y>y</Y></X>b<X/>c</Name>    | abc",
    })
    void textOnlyContentOfEveryShapeIsReadAndTheNextSiblingFollows(String name, String text) {
        String xml = "<Job Id='1'>" + name + "<B>b</B></Job>";
        Job job = read(xml, null);
        assertThat(job.name).isEqualTo(text);
        assertThat(job.b).as("the element after it").isEqualTo("b");
        int children = name.split("<X", -1).length - 1;
        XmlReadException strict = catchThrowableOfType(XmlReadException.class, () -> read(xml, XmlReadOptions.strict()));
        assertThat(strict == null ? List.<XmlProblem>of() : strict.problems()).extracting(XmlProblem::message)
                .as("strict reading reports each child, and nothing else")
                .containsExactlyElementsOf(Collections.nCopies(children, "unexpected child element X in text-only content"));
    }

    @Test
    void readsFromBytesHonouringTheDeclaredEncodingAndBom() {
        byte[] utf8 = "\uFEFF<?xml version='1.0' encoding='UTF-8'?><Job><Name>\u4E2D\u6587</Name></Job>"
                .getBytes(StandardCharsets.UTF_8);
        Job job = XmlReader.read(new ByteArrayInputStream(utf8), null, "", "Job", XmlReaderTest::readJob);
        assertThat(job.name).isEqualTo("\u4E2D\u6587");
        byte[] latin1 = "<?xml version='1.0' encoding='ISO-8859-1'?><Job><Name>\u00E9</Name></Job>"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(XmlReader.read(new ByteArrayInputStream(latin1), null, "", "Job", XmlReaderTest::readJob).name)
                .isEqualTo("\u00E9");
        assertThat(XmlReader.read(new StringReader("<Job><Name>r</Name></Job>"), null, "", "Job",
                XmlReaderTest::readJob).name).isEqualTo("r");
    }

    @Test
    void invalidUtf8IsAReadException() {
        byte[] bad = {'<', 'J', 'o', 'b', '>', '<', 'N', 'a', 'm', 'e', '>', (byte) 0xC3, (byte) 0x28, '<', '/',
            'N', 'a', 'm', 'e', '>', '<', '/', 'J', 'o', 'b', '>'};
        assertThatThrownBy(() -> XmlReader.read(new ByteArrayInputStream(bad), null, "", "Job", XmlReaderTest::readJob))
                .isInstanceOf(XmlReadException.class);
    }

    @Test
    void namespacedChildrenMatchByNamespace() {
        XmlChildren known = XmlChildren.builder().child(0, "urn:a", "V", 0, 1).build();
        String value = XmlReader.read("<r:Root xmlns:r='urn:r' xmlns:a='urn:a'><V>no</V><a:V>yes</a:V></r:Root>", null,
                "urn:r", "Root", in -> {
                    String found = null;
                    XmlReader.Children children = in.children(known);
                    while (children.next()) {
                        found = in.readText();
                    }
                    return found;
                });
        assertThat(value).isEqualTo("yes");
    }

    @Test
    void listsSplitOnWhitespace() {
        List<Integer> items = XmlReader.read("<L a=' 1  2 '>\n 3\t4 5 </L>", null, "", "L", in -> {
            List<Integer> all = new ArrayList<>(in.attributeList("", "a", XmlValues::parseInt));
            all.addAll(in.readList(XmlValues::parseInt));
            return all;
        });
        assertThat(items).containsExactly(1, 2, 3, 4, 5);
    }

    /** A choice of a sequence (A, B) or C: the sequence is one branch, which needs both. */
    private static final XmlChildren SEQUENCE_OR_C = XmlChildren.builder()
            .choiceChild(0, 0, 0, "", "A", 1, 1)
            .choiceChild(0, 0, 0, "", "B", 1, 1)
            .choiceChild(0, 0, "", "C", 2, 3)
            .build();

    private static List<String> strictProblems(XmlChildren known, String xml) {
        try {
            XmlReader.read(xml, XmlReadOptions.strict(), "", "R", in -> {
                XmlReader.Children children = in.children(known);
                while (children.next()) {
                    in.skipElement();
                }
                return null;
            });
            return Collections.emptyList();
        } catch (XmlReadException e) {
            List<String> messages = new ArrayList<>();
            e.problems().forEach(p -> messages.add(p.message()));
            return messages;
        }
    }

    @Test
    void aSequenceInAChoiceIsOneBranchWhichNeedsItsChildren() {
        XmlChildren required = XmlChildren.builder()
                .choiceChild(0, 0, 0, "", "A", 1, 1)
                .choiceChild(0, 0, 0, "", "B", 1, 1)
                .choiceChild(0, 0, "", "C", 2, 3)
                .requiredChoice(0)
                .build();
        assertThat(strictProblems(required, "<R><A/><B/></R>")).isEmpty();
        assertThat(strictProblems(required, "<R><C/><C/></R>")).isEmpty();
        assertThat(strictProblems(required, "<R><A/></R>")).containsExactly("missing element B");
        assertThat(strictProblems(required, "<R><C/></R>"))
                .containsExactly("missing element C (at least 2 required, found 1)");
        assertThat(strictProblems(required, "<R><B/><C/></R>"))
                .containsExactly("only one of (A, B), C is allowed, found (A, B), C");
        assertThat(strictProblems(required, "<R/>")).containsExactly("missing one of (A, B), C");
    }

    @Test
    void aChoiceIsOptionalUnlessDeclaredRequired() {
        assertThat(strictProblems(SEQUENCE_OR_C, "<R/>")).isEmpty();
        assertThat(strictProblems(SEQUENCE_OR_C, "<R><B/></R>")).containsExactly("missing element A");
        assertThat(strictProblems(SEQUENCE_OR_C, "<R><A/><C/></R>"))
                .containsExactly("only one of (A, B), C is allowed, found (A, B), C");
    }

    /** (A, (B | C)) | D: the inner choice lies in the first branch of the outer one. */
    private static final XmlChildren CHOICE_IN_BRANCH = XmlChildren.builder()
            .choiceChild(0, 0, 0, "", "A", 1, 1)
            .choiceChild(1, 1, "", "B", 1, 1)
            .choiceChild(1, 1, "", "C", 1, 1)
            .choiceChild(2, 0, "", "D", 1, 1)
            .requiredChoice(0)
            .requiredChoice(1)
            .nestedChoice(1, 0, 0)
            .build();

    @Test
    void aChoiceInABranchChoosesItAndIsRequiredOnceItIsChosen() {
        assertThat(strictProblems(CHOICE_IN_BRANCH, "<R><A/><B/></R>")).isEmpty();
        assertThat(strictProblems(CHOICE_IN_BRANCH, "<R><D/></R>")).isEmpty();
        assertThat(strictProblems(CHOICE_IN_BRANCH, "<R><A/></R>")).containsExactly("missing one of B, C");
        assertThat(strictProblems(CHOICE_IN_BRANCH, "<R><B/></R>")).containsExactly("missing element A");
        assertThat(strictProblems(CHOICE_IN_BRANCH, "<R><B/><D/></R>"))
                .containsExactly("only one of (A, (B | C)), D is allowed, found (A, (B | C)), D");
        assertThat(strictProblems(CHOICE_IN_BRANCH, "<R/>")).containsExactly("missing one of (A, (B | C)), D");
    }

    @Test
    void anOptionalGroupInAnOptionalGroupIsAllOrNothingAndChoosesItsParent() {
        // (P, (Q, R)?)?: two optional groups of one branch each, the second in the first
        XmlChildren nested = XmlChildren.builder()
                .choiceChild(0, 0, 0, "", "P", 1, 1)
                .choiceChild(1, 1, 0, "", "Q", 1, 1)
                .choiceChild(2, 1, 0, "", "R", 1, 1)
                .nestedChoice(1, 0, 0)
                .build();
        assertThat(strictProblems(nested, "<R/>")).isEmpty();
        assertThat(strictProblems(nested, "<R><P/></R>")).isEmpty();
        assertThat(strictProblems(nested, "<R><P/><Q/><R/></R>")).isEmpty();
        assertThat(strictProblems(nested, "<R><P/><Q/></R>")).containsExactly("missing element R");
        assertThat(strictProblems(nested, "<R><R/></R>")).containsExactly("missing element P", "missing element Q");
    }

    @Test
    void aGroupWhoseBranchesHoldOnlyInnerGroupsIsCheckedThroughThem() {
        // ((X | Y), (V | W)) | D, where the first branch has no child of its own
        XmlChildren known = XmlChildren.builder()
                .choiceChild(0, 1, "", "X", 1, 1)
                .choiceChild(0, 1, "", "Y", 1, 1)
                .choiceChild(1, 2, "", "V", 1, 1)
                .choiceChild(1, 2, "", "W", 1, 1)
                .choiceChild(0, 0, "", "D", 1, 1)
                .requiredChoice(1)
                .requiredChoice(2)
                .nestedChoice(1, 0, 0)
                .nestedChoice(2, 0, 0)
                .build();
        assertThat(strictProblems(known, "<R><X/><W/></R>")).isEmpty();
        assertThat(strictProblems(known, "<R><X/></R>")).containsExactly("missing one of V, W");
        assertThat(strictProblems(known, "<R><Y/><D/></R>"))
                .containsExactly("only one of ((X | Y), (V | W)), D is allowed, found ((X | Y), (V | W)), D",
                        "missing one of V, W");
    }

    @Test
    void nestedChoicesMustFormATree() {
        assertThatThrownBy(() -> XmlChildren.builder().nestedChoice(1, 1, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("its own branch");
        assertThatThrownBy(() -> XmlChildren.builder().nestedChoice(1, -1, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not negative");
        assertThatThrownBy(() -> XmlChildren.builder().nestedChoice(1, 0, 0).nestedChoice(1, 2, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already lies in branch 0 of group 0");
        assertThatThrownBy(() -> XmlChildren.builder().nestedChoice(1, 2, 0).nestedChoice(2, 3, 0)
                .nestedChoice(3, 1, 0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("through its parents");
    }

    @Test
    void anAbsentListAttributeIsNullAndAnEmptyOneHasNoItems() {
        List<List<Integer>> lists = XmlReader.read("<L a=''/>", null, "", "L", in -> Arrays.asList(
                in.attributeList("", "a", XmlValues::parseInt), in.attributeList("", "b", XmlValues::parseInt)));
        assertThat(lists).containsExactly(Collections.<Integer>emptyList(), null);
    }

    @Test
    void unreadChildIsSkipped() {
        XmlChildren known = XmlChildren.builder().child(0, "", "A", 0, -1).build();
        int count = XmlReader.read("<R><A><X/></A><A/></R>", null, "", "R", in -> {
            int n = 0;
            XmlReader.Children children = in.children(known);
            while (children.next()) {
                n++; // deliberately does not read the child
            }
            return n;
        });
        assertThat(count).isEqualTo(2);
    }

    @Test
    void readEmptyConsumesContent() {
        String result = XmlReader.read("<R><X>1</X></R>", null, "", "R", in -> {
            in.readEmpty();
            return "done";
        });
        assertThat(result).isEqualTo("done");
        assertThatThrownBy(() -> XmlReader.read("<R><X>1</X></R>", XmlReadOptions.strict(), "", "R", in -> {
            in.readEmpty();
            return "done";
        })).hasMessageContaining("unknown element X");
    }

    @Test
    void secondRootAndTrailingGarbageAreErrors() {
        assertThatThrownBy(() -> read("<Job/><Job/>", null)).isInstanceOf(XmlReadException.class);
        assertThatThrownBy(() -> read("", null)).isInstanceOf(XmlReadException.class);
    }
}
