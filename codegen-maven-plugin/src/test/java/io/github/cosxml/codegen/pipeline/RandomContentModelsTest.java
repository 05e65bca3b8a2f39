package io.github.cosxml.codegen.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cosxml.codegen.testing.GeneratedCode;
import io.github.cosxml.codegen.testing.SchemaUnderTest;
import io.github.cosxml.core.xml.ValidationResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random content models (a fixed seed): sequences and choices, optional or not, nested up to four
 * deep, of elements that are optional or not and occur once or up to twice. For each type, its
 * documents, with each element from none up to its maximum in schema order, all of them or a
 * seeded sample: {@code validate()} and strict reading judge each as the JDK's validator does.
 * (Shapes with documented misses, nillable and {@code jaxb:javaType} elements, and repeated groups of
 * elements that occur several times, are left out.)
 */
class RandomContentModelsTest {
    private static final long SEED = 20261122L;
    private static final int TYPES = 60;
    private static final int MAX_DOCUMENTS_PER_TYPE = 256;
    private static final String NS = "urn:cosxml:test:random";
    private static final String PACKAGE = "io.github.cosxml.test.random";

    /** An element of a random type, with its maximum. */
    private record Element(String name, int max) {
    }

    /** A random type: its root element's name, its content model and its elements in schema order. */
    private record RandomType(String name, String content, List<Element> elements) {
    }

    @Test
    void everyDocumentIsJudgedAsTheSchemaJudgesIt(@TempDir Path scratch) throws Exception {
        Random random = new Random(SEED);
        List<RandomType> types = new ArrayList<>();
        for (int i = 0; i < TYPES; i++) {
            List<Element> elements = new ArrayList<>();
            String content = group(random, 4, elements);
            types.add(new RandomType("T" + i, content, List.copyOf(elements)));
        }
        Path xsd = scratch.resolve("random.xsd");
        Files.writeString(xsd, schema(types));
        List<String> disagreements = new ArrayList<>();
        int documents = 0;
        int valid = 0;
        try (SchemaUnderTest schema = SchemaUnderTest.generate(xsd.toUri(), PACKAGE)) {
            for (RandomType type : types) {
                for (int[] counts : documentsOf(type, random)) {
                    String xml = document(type, counts);
                    boolean accepted = schema.schemaAccepts(xml);
                    Object value = schema.classes().fromXml(PACKAGE + "." + type.name(), xml, null);
                    boolean validated = ((ValidationResult) GeneratedCode.invoke(value, "validate")).isValid();
                    boolean strict = schema.strictReadingAccepts(PACKAGE + "." + type.name(), xml);
                    if (validated != accepted || strict != accepted) {
                        disagreements.add(type.content() + "\n  " + xml + ": schema " + accepted + ", validate() "
                                + validated + ", strict " + strict);
                    }
                    documents++;
                    valid += accepted ? 1 : 0;
                }
            }
        }
        assertThat(disagreements).as("seed %s, %s documents", SEED, documents).isEmpty();
        // the comparison means something only if both verdicts are common
        assertThat(valid).as("valid documents of %s", documents).isBetween(documents / 10, documents - documents / 10);
    }

    /** A sequence or a choice of one to three particles, optional or not. */
    private static String group(Random random, int depth, List<Element> elements) {
        String compositor = random.nextBoolean() ? "sequence" : "choice";
        StringBuilder xml = new StringBuilder("<xs:" + compositor + " minOccurs='" + random.nextInt(2) + "'>");
        int particles = 1 + random.nextInt(3);
        for (int i = 0; i < particles; i++) {
            if (depth > 1 && random.nextInt(3) == 0) {
                xml.append(group(random, depth - 1, elements));
            } else {
                Element element = new Element("E" + elements.size(), random.nextInt(3) == 0 ? 2 : 1);
                elements.add(element);
                xml.append("<xs:element name='").append(element.name()).append("' type='xs:string' minOccurs='")
                        .append(random.nextInt(2)).append("' maxOccurs='").append(element.max()).append("'/>");
            }
        }
        return xml.append("</xs:").append(compositor).append(">").toString();
    }

    private static String schema(List<RandomType> types) {
        StringBuilder xsd = new StringBuilder("<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema' targetNamespace='"
                + NS + "' elementFormDefault='qualified'>");
        for (RandomType type : types) {
            xsd.append("<xs:element name='").append(type.name()).append("'><xs:complexType>").append(type.content())
                    .append("</xs:complexType></xs:element>");
        }
        return xsd.append("</xs:schema>").toString();
    }

    /** Every count of each element from none to its maximum, or a seeded sample of them if there are too many. */
    private static List<int[]> documentsOf(RandomType type, Random random) {
        long all = 1;
        for (Element element : type.elements()) {
            all *= element.max() + 1;
        }
        List<int[]> documents = new ArrayList<>();
        for (long i = 0; i < Math.min(all, MAX_DOCUMENTS_PER_TYPE); i++) {
            int[] counts = new int[type.elements().size()];
            long rest = all > MAX_DOCUMENTS_PER_TYPE ? Math.floorMod(random.nextLong(), all) : i;
            for (int e = 0; e < counts.length; e++) {
                int choices = type.elements().get(e).max() + 1;
                counts[e] = (int) (rest % choices);
                rest /= choices;
            }
            documents.add(counts);
        }
        return documents;
    }

    private static String document(RandomType type, int[] counts) {
        StringBuilder xml = new StringBuilder("<" + type.name() + " xmlns='" + NS + "'>");
        for (int e = 0; e < counts.length; e++) {
            String name = type.elements().get(e).name();
            xml.append(("<" + name + ">x</" + name + ">").repeat(counts[e]));
        }
        return xml.append("</").append(type.name()).append(">").toString();
    }
}
