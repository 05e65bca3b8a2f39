package io.github.cosxml.codegen.emit;

import static io.github.cosxml.codegen.testing.GeneratedCode.build;
import static io.github.cosxml.codegen.testing.GeneratedCode.invoke;
import static io.github.cosxml.codegen.testing.GeneratedCode.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cosxml.codegen.testing.GeneratedCode;
import io.github.cosxml.core.xml.XmlReadException;
import io.github.cosxml.core.xml.XmlReadOptions;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Namespace-qualified elements and attributes read and write correctly, whatever prefixes a document uses. */
@SuppressWarnings("unchecked")
class NamespacedCodeTest {

    private static final String ENVELOPE = "com.example.ns.Envelope";

    @Test
    void writesAndReadsQualifiedAndUnqualifiedNames(@TempDir Path work) {
        try (GeneratedCode code = GeneratedCode.compile(JavaGenerator.create().generate(SampleModels.namespaced()), work)) {
            Object b = code.builder(ENVELOPE);
            set(b, "version", 2);
            set(b, "plain", "p");
            set(b, "title", "T");
            set(b, "note", "N");
            set(b, "addExtra", 7L);
            set(b, "addExtra", 8L);
            Object envelope = build(b);
            String xml = (String) invoke(envelope, "toXml");
            assertThat(xml).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Envelope xmlns=\"urn:example:jobs\" xmlns:ns1=\"urn:example:meta\" ns1:version=\"2\" plain=\"p\">"
                    + "<Title>T</Title><Note xmlns=\"\">N</Note><Extra xmlns=\"urn:example:extra\">7</Extra>"
                    + "<Extra xmlns=\"urn:example:extra\">8</Extra></Envelope>");
            assertThat(code.fromXml(ENVELOPE, xml, XmlReadOptions.strict())).isEqualTo(envelope);

            String prefixed = "<j:Envelope xmlns:j='urn:example:jobs' xmlns:m='urn:example:meta' xmlns:x='urn:example:extra'"
                    + " m:version='2' plain='p'><j:Title>T</j:Title><Note>N</Note><x:Extra>7</x:Extra>"
                    + "<x:Extra>8</x:Extra></j:Envelope>";
            assertThat(code.fromXml(ENVELOPE, prefixed, XmlReadOptions.strict())).isEqualTo(envelope);

            // the same local names in the wrong namespace are unknown elements / absent attributes
            String wrong = "<Envelope xmlns='urn:example:jobs' version='2'><Note>N</Note></Envelope>";
            Object lenient = code.fromXml(ENVELOPE, wrong, null);
            assertThat(invoke(lenient, "getVersion")).isNull();
            assertThat(invoke(lenient, "getNote")).isNull();
            assertThat((List<Object>) invoke(lenient, "getExtra")).isEmpty();
            assertThatThrownBy(() -> code.fromXml(ENVELOPE, wrong, XmlReadOptions.strict()))
                    .isInstanceOf(XmlReadException.class).hasMessageContaining("unknown element Note");

            assertThatThrownBy(() -> code.fromXml(ENVELOPE, "<Envelope/>", null))
                    .hasMessageContaining("expected root element {urn:example:jobs}Envelope but found Envelope");
        }
    }
}
