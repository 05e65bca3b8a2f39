package io.github.cosxml.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cosxml.schema.Fixtures.Fixture;
import io.github.cosxml.schema.Fixtures.Verdict;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.w3c.dom.Element;

/**
 * Acceptance 3: mutations of the valid fixtures are reported at the mutated element; reordering
 * the children of {@code JobsDetail} (and of the request) keeps them valid. Positive controls
 * (in-range values) check the properties do not pass by rejecting everything.
 */
class MutationPropertiesTest {

    private static final Pattern POINT = Pattern.compile("-?[0-9]+,-?[0-9]+");
    private static final Pattern TIMESTAMP = Pattern.compile(
            "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?"
                    + "(Z|[+-][0-9]{2}:?[0-9]{2})|-");
    private static final Map<CiSchema, XsdTree> TREES = new HashMap<>();

    // ---- helpers -------------------------------------------------------------------------

    private static List<Fixture> validFixturesWith(String elementName) {
        return Fixtures.withVerdict(Verdict.VALID).stream()
                .filter(f -> !MutableDoc.of(f).named(elementName).isEmpty()).toList();
    }

    private static XsdTree tree(CiSchema schema) {
        synchronized (TREES) {
            return TREES.computeIfAbsent(schema, s -> XsdTree.load(Xmllint.xsdFile(s)));
        }
    }

    /** Sets the text of the {@code pick}-th element named {@code name}; returns its path. */
    private static String setText(MutableDoc doc, String name, int pick, String text) {
        List<Element> targets = doc.named(name);
        Element target = targets.get(pick % targets.size());
        target.setTextContent(text);
        return MutableDoc.path(target);
    }

    private static void assertReportedAt(Fixture fixture, String xml, String path) {
        ValidationResult result = fixture.schema().validate(xml);
        assertThat(result.isWellFormed()).as(result.report()).isTrue();
        assertThat(result.violations()).as("%s mutated at %s:%n%s", fixture, path, result.report())
                .isNotEmpty().allSatisfy(v -> assertThat(v.elementPath()).isEqualTo(path));
    }

    private static void assertValid(Fixture fixture, String xml) {
        XmlAssertions.assertValid(fixture.schema().validate(xml));
    }

    // ---- dropping a required element -----------------------------------------------------

    /** A valid fixture and the index of one element whose removal breaks a minOccurs. */
    record Drop(Fixture fixture, int elementIndex) {
        @Override
        public String toString() {
            Element e = MutableDoc.of(fixture).elements().get(elementIndex);
            return fixture + " without " + MutableDoc.path(e);
        }
    }

    @Provide
    Arbitrary<Drop> requiredElements() {
        List<Drop> drops = new ArrayList<>();
        for (Fixture fixture : Fixtures.withVerdict(Verdict.VALID)) {
            List<Element> elements = MutableDoc.of(fixture).elements();
            for (int i = 1; i < elements.size(); i++) {
                Element e = elements.get(i);
                XsdTree.Decl decl = tree(fixture.schema()).decls().get(MutableDoc.plainPath(e));
                if (decl != null && MutableDoc.sameNameSiblings(e) <= decl.minOccurs()) {
                    drops.add(new Drop(fixture, i));
                }
            }
        }
        return Arbitraries.of(drops);
    }

    @Property(tries = 200)
    void droppingARequiredElementIsReportedAtItsParentOrNextSibling(
            @ForAll("requiredElements") Drop drop) {
        MutableDoc doc = MutableDoc.of(drop.fixture());
        Element dropped = doc.elements().get(drop.elementIndex());
        Element parent = (Element) dropped.getParentNode();
        String parentPath = MutableDoc.path(parent);
        String name = dropped.getTagName();
        parent.removeChild(dropped);

        ValidationResult result = drop.fixture().schema().validate(doc.xml());

        assertThat(result.violations()).as(result.report()).anySatisfy(v -> {
            assertThat(v.elementPath()).matches(Pattern.quote(parentPath) + "(/[^/]+)?");
            assertThat(v.message()).containsPattern("\\{[^}]*\\b" + name + "\\b[^}]*}");
        });
    }

    @Example
    void droppingJobIdNamesJobsDetail() {
        Fixture fixture = Fixtures.named("docs/job-response.corrected.xml");
        MutableDoc doc = MutableDoc.of(fixture);
        Element jobId = doc.named("JobId").get(0);
        jobId.getParentNode().removeChild(jobId);

        ValidationResult result = fixture.schema().validate(doc.xml());

        assertThat(result.violations()).singleElement().satisfies(v -> {
            assertThat(v.elementPath()).isEqualTo("/Response/JobsDetail");
            assertThat(v.message()).contains("JobId");
        });
    }

    // ---- CardType ------------------------------------------------------------------------

    @Provide
    Arbitrary<Fixture> withCardType() {
        return Arbitraries.of(validFixturesWith("CardType"));
    }

    @Property(tries = 100)
    void anUnknownCardTypeIsReported(@ForAll("withCardType") Fixture fixture,
            @ForAll("notACardType") String cardType) {
        MutableDoc doc = MutableDoc.of(fixture);
        String path = setText(doc, "CardType", 0, cardType);

        assertReportedAt(fixture, doc.xml(), path);
    }

    @Provide
    Arbitrary<String> notACardType() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(20),
                Arbitraries.of("idcard", "IDCARD", "DriverLicence", " IDCard", "IDCard ",
                        "Passport", ""))
                .filter(s -> !s.equals("IDCard") && !s.equals("DriverLicense"));
    }

    @Property(tries = 20)
    void bothCardTypesAreValid(@ForAll("withCardType") Fixture fixture,
            @ForAll("cardType") String cardType) {
        MutableDoc doc = MutableDoc.of(fixture);
        setText(doc, "CardType", 0, cardType);

        assertValid(fixture, doc.xml());
    }

    @Provide
    Arbitrary<String> cardType() {
        return Arbitraries.of("IDCard", "DriverLicense");
    }

    // ---- Score ---------------------------------------------------------------------------

    @Provide
    Arbitrary<Fixture> withScore() {
        return Arbitraries.of(validFixturesWith("Score"));
    }

    @Property(tries = 100)
    void aScoreOutside0To100IsReported(@ForAll("withScore") Fixture fixture,
            @ForAll @IntRange(max = 100) int pick, @ForAll("badScore") int score) {
        MutableDoc doc = MutableDoc.of(fixture);
        String path = setText(doc, "Score", pick, Integer.toString(score));

        assertReportedAt(fixture, doc.xml(), path);
    }

    @Provide
    Arbitrary<Integer> badScore() {
        return Arbitraries.oneOf(Arbitraries.just(101), Arbitraries.integers().between(101,
                Integer.MAX_VALUE), Arbitraries.integers().between(Integer.MIN_VALUE, -1));
    }

    @Property(tries = 50)
    void aScoreIn0To100IsValid(@ForAll("withScore") Fixture fixture,
            @ForAll @IntRange(max = 100) int pick, @ForAll @IntRange(max = 100) int score) {
        MutableDoc doc = MutableDoc.of(fixture);
        setText(doc, "Score", pick, Integer.toString(score));

        assertValid(fixture, doc.xml());
    }

    // ---- JobLevel ------------------------------------------------------------------------

    @Provide
    Arbitrary<Fixture> withJobLevel() {
        return Arbitraries.of(validFixturesWith("JobLevel"));
    }

    @Property(tries = 100)
    void aJobLevelOutside0To2IsReported(@ForAll("withJobLevel") Fixture fixture,
            @ForAll("badJobLevel") String level) {
        MutableDoc doc = MutableDoc.of(fixture);
        String path = setText(doc, "JobLevel", 0, level);

        assertReportedAt(fixture, doc.xml(), path);
    }

    @Provide
    Arbitrary<String> badJobLevel() {
        return Arbitraries.oneOf(Arbitraries.just("3"),
                Arbitraries.integers().filter(i -> i < 0 || i > 2).map(String::valueOf),
                Arbitraries.of("high", "", "1.5", "0x1"));
    }

    @Property(tries = 20)
    void aJobLevelIn0To2IsValid(@ForAll("withJobLevel") Fixture fixture,
            @ForAll @IntRange(max = 2) int level) {
        MutableDoc doc = MutableDoc.of(fixture);
        setText(doc, "JobLevel", 0, Integer.toString(level));

        assertValid(fixture, doc.xml());
    }

    // ---- UserData ------------------------------------------------------------------------

    @Provide
    Arbitrary<Fixture> withUserData() {
        return Arbitraries.of(validFixturesWith("UserData"));
    }

    @Property(tries = 100)
    void nonAsciiUserDataIsReported(@ForAll("withUserData") Fixture fixture,
            @ForAll("nonAsciiUserData") String userData) {
        MutableDoc doc = MutableDoc.of(fixture);
        String path = setText(doc, "UserData", 0, userData);

        assertReportedAt(fixture, doc.xml(), path);
    }

    @Provide
    Arbitrary<String> nonAsciiUserData() {
        Arbitrary<String> ascii = Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(50);
        Arbitrary<String> outsider = Arbitraries.oneOf(
                Arbitraries.of("\t", "\n", "é", "中", "\u00a0", "\u007f".replace('\u007f', '\u0080'),
                        "\uD83D\uDE00"),
                Arbitraries.chars().range('\u0080', '\uD7FF').map(String::valueOf));
        return Combinators.combine(ascii, outsider, ascii).as((a, o, b) -> a + o + b);
    }

    @Property(tries = 30)
    void userDataLongerThan1024IsReported(@ForAll("withUserData") Fixture fixture,
            @ForAll @IntRange(min = 1025, max = 4096) int length) {
        MutableDoc doc = MutableDoc.of(fixture);
        String path = setText(doc, "UserData", 0, "x".repeat(length));

        assertReportedAt(fixture, doc.xml(), path);
    }

    @Property(tries = 50)
    void printableAsciiUserDataUpTo1024IsValid(@ForAll("withUserData") Fixture fixture,
            @ForAll("asciiUserData") String userData) {
        MutableDoc doc = MutableDoc.of(fixture);
        setText(doc, "UserData", 0, userData);

        assertValid(fixture, doc.xml());
    }

    @Provide
    Arbitrary<String> asciiUserData() {
        return Arbitraries.oneOf(Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(100),
                Arbitraries.strings().withCharRange(' ', '~').ofLength(1024));
    }

    // ---- Point ---------------------------------------------------------------------------

    @Provide
    Arbitrary<Fixture> withPoint() {
        return Arbitraries.of(validFixturesWith("Point"));
    }

    @Property(tries = 100)
    void aMalformedPointIsReported(@ForAll("withPoint") Fixture fixture,
            @ForAll @IntRange(max = 100) int pick, @ForAll("malformedPoint") String point) {
        MutableDoc doc = MutableDoc.of(fixture);
        String path = setText(doc, "Point", pick, point);

        assertReportedAt(fixture, doc.xml(), path);
    }

    @Provide
    Arbitrary<String> malformedPoint() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("0123456789,- ;.xX").ofMaxLength(12),
                Arbitraries.of("553", "553,", ",439", "553;439", "553, 439", "553,439,1", "(553,439)",
                        "5.5,4"))
                .filter(s -> !POINT.matcher(s).matches());
    }

    @Property(tries = 30)
    void aWellFormedPointIsValid(@ForAll("withPoint") Fixture fixture,
            @ForAll @IntRange(max = 100) int pick, @ForAll int x, @ForAll int y) {
        MutableDoc doc = MutableDoc.of(fixture);
        setText(doc, "Point", pick, x + "," + y);

        assertValid(fixture, doc.xml());
    }

    // ---- timestamps ----------------------------------------------------------------------

    @Provide
    Arbitrary<Fixture> withTimes() {
        return Arbitraries.of(validFixturesWith("CreationTime"));
    }

    @Provide
    Arbitrary<String> timeElement() {
        return Arbitraries.of("CreationTime", "StartTime", "EndTime");
    }

    @Property(tries = 150)
    void aBadTimestampIsReported(@ForAll("withTimes") Fixture fixture,
            @ForAll("timeElement") String element, @ForAll("badTimestamp") String time) {
        MutableDoc doc = MutableDoc.of(fixture);
        String path = setText(doc, element, 0, time);

        assertReportedAt(fixture, doc.xml(), path);
    }

    @Provide
    Arbitrary<String> badTimestamp() {
        Arbitrary<String> base = goodTimestamp();
        Arbitrary<Integer> position = Arbitraries.integers().between(0, 40);
        Arbitrary<Character> noise = Arbitraries.chars().with("0123456789-+:TZ .x/");
        Arbitrary<String> nearMiss = Combinators.combine(base, position, noise,
                Arbitraries.of("delete", "replace", "insert")).as((t, p, c, op) -> {
                    int i = Math.min(p, t.length());
                    return switch (op) {
                        case "delete" -> i < t.length() ? t.substring(0, i) + t.substring(i + 1) : t;
                        case "replace" -> i < t.length() ? t.substring(0, i) + c + t.substring(i + 1)
                                : t + c;
                        default -> t.substring(0, i) + c + t.substring(i);
                    };
                });
        return Arbitraries.oneOf(nearMiss, Arbitraries.of("2022-06-27 14:44:10",
                "2022-06-27T14:44:10", "2022-06-27T14:44:10+8", "--", "", "now",
                "2022/06/27T14:44:10+0800", "Mon, 28 Jun 2022 15:23:12 GMT"))
                .filter(s -> !TIMESTAMP.matcher(s).matches());
    }

    @Provide
    Arbitrary<String> goodTimestamp() {
        Arbitrary<String> two = Arbitraries.integers().between(0, 99)
                .map(i -> String.format("%02d", i));
        Arbitrary<String> year = Arbitraries.integers().between(1000, 9999).map(String::valueOf);
        Arbitrary<String> offset = Arbitraries.of("+0800", "+08:00", "-0530", "Z", "+00:00");
        Arbitrary<String> dateTime = Combinators.combine(year, two, two, two, two, two, offset)
                .as((y, mo, d, h, mi, s, o) -> y + "-" + mo + "-" + d + "T" + h + ":" + mi + ":"
                        + s + o);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(9, dateTime), net.jqwik.api.Tuple.of(1, Arbitraries.just("-")));
    }

    @Property(tries = 50)
    void aDocumentedTimestampShapeIsValid(@ForAll("withTimes") Fixture fixture,
            @ForAll("timeElement") String element, @ForAll("goodTimestamp") String time) {
        MutableDoc doc = MutableDoc.of(fixture);
        setText(doc, element, 0, time);

        assertValid(fixture, doc.xml());
    }

    // ---- reordering ----------------------------------------------------------------------

    @Provide
    Arbitrary<Fixture> withJobsDetail() {
        return Arbitraries.of(validFixturesWith("JobsDetail"));
    }

    @Property(tries = 100)
    void reorderingJobsDetailChildrenStaysValid(@ForAll("withJobsDetail") Fixture fixture,
            @ForAll("permutation") List<Integer> order) {
        MutableDoc doc = MutableDoc.of(fixture);
        for (Element jobsDetail : doc.named("JobsDetail")) {
            reorder(jobsDetail, order);
        }

        assertValid(fixture, doc.xml());
    }

    @Property(tries = 50)
    void reorderingRequestChildrenStaysValid(@ForAll("withCardType") Fixture fixture,
            @ForAll("permutation") List<Integer> order) {
        MutableDoc doc = MutableDoc.of(fixture);
        List<Element> requests = doc.named("Request");
        for (Element request : requests) {
            reorder(request, order);
        }

        assertValid(fixture, doc.xml());
    }

    @Provide
    Arbitrary<List<Integer>> permutation() {
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            indices.add(i);
        }
        return Arbitraries.shuffle(indices);
    }

    /** Moves the children of {@code parent} into the order the permutation gives their indices. */
    private static void reorder(Element parent, List<Integer> permutation) {
        List<Element> children = MutableDoc.children(parent);
        List<Integer> order = permutation.stream().filter(i -> i < children.size()).toList();
        for (Element child : children) {
            parent.removeChild(child);
        }
        for (int i : order) {
            parent.appendChild(children.get(i));
        }
    }
}
