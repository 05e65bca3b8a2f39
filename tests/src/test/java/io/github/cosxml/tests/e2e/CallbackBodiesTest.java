package io.github.cosxml.tests.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import io.github.cosxml.core.xml.XmlReadOptions;
import io.github.cosxml.schema.CiSchema;
import io.github.cosxml.tests.ci.Fixtures;
import io.github.cosxml.tests.ci.job.callback.JobCallback;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A receiver's reading of the JSON callback forms the documentation shows (ci-api.md §2.4):
 * {@code JobsDetail} as an object and as an array, numbers quoted and bare, against the same job
 * read from cosxml's alphabetical XML callback; and what a body that is no JSON object gets.
 */
class CallbackBodiesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String XML_FIXTURE = Fixtures.text("cosxml/job-callback-alphabetical.xml");
    private static final JobCallback FROM_XML = JobCallback.fromXml(XML_FIXTURE, XmlReadOptions.strict());

    @Test
    void theObjectFormReadsAsTheXmlCallback() throws Exception {
        byte[] json = JSON.writeValueAsBytes(jsonOf(XML_FIXTURE));

        assertThat(CallbackBodies.read("application/json", json, XmlReadOptions.strict())).isEqualTo(FROM_XML);
    }

    @Test
    void theArrayFormReadsAsTheXmlCallback() throws Exception {
        ObjectNode callback = jsonOf(XML_FIXTURE);
        callback.set("JobsDetail", JSON.createArrayNode().add(callback.get("JobsDetail")));

        JobCallback read = CallbackBodies.read("application/json; charset=utf-8", JSON.writeValueAsBytes(callback),
                XmlReadOptions.strict());

        assertThat(read).isEqualTo(FROM_XML);
    }

    @Test
    void anArrayOfTwoJobsReadsAsTwoJobsDetails() throws Exception {
        ObjectNode callback = jsonOf(XML_FIXTURE);
        ObjectNode second = callback.get("JobsDetail").deepCopy();
        second.put("JobId", "a00000000000000000000000000000002");
        callback.set("JobsDetail", JSON.createArrayNode().add(callback.get("JobsDetail")).add(second));

        String xml = CallbackBodies.xmlOfJson(JSON.writeValueAsBytes(callback));

        assertThat(CiSchema.JOB_CALLBACK.validate(xml).violations()).as(xml).isEmpty();
        JobCallback read = JobCallback.fromXml(xml, XmlReadOptions.strict());
        assertThat(read.getJobsDetail()).extracting(job -> job.getJobId())
                .containsExactly(FROM_XML.getJobsDetail().get(0).getJobId(), "a00000000000000000000000000000002");
    }

    @Test
    void bareAndQuotedNumbersReadAlike() throws Exception {
        ObjectNode quoted = jsonOf(XML_FIXTURE);
        ObjectNode bare = quoted.deepCopy();
        ObjectNode operation = (ObjectNode) bare.get("JobsDetail").get("Operation");
        operation.put("JobLevel", 2);
        ((ObjectNode) operation.get("ImageLicenseRecResult")).put("Status", 1);

        assertThat(CallbackBodies.read("application/json", JSON.writeValueAsBytes(bare), XmlReadOptions.strict()))
                .isEqualTo(CallbackBodies.read("application/json", JSON.writeValueAsBytes(quoted), XmlReadOptions.strict()))
                .isEqualTo(FROM_XML);
    }

    @Test
    void anXmlBodyIsReadAsXml() {
        byte[] xml = XML_FIXTURE.getBytes(StandardCharsets.UTF_8);

        assertThat(CallbackBodies.read("application/xml", xml, XmlReadOptions.strict())).isEqualTo(FROM_XML);
        assertThat(CallbackBodies.read(null, xml, XmlReadOptions.strict())).as("no Content-Type: the default, XML")
                .isEqualTo(FROM_XML);
    }

    @Test
    void aBodyThatIsNoJsonSaysSo() {
        // The documented EN Translation sample's trailing comma (ci-api.md §2.4).
        byte[] trailingComma = "{\"EventName\":\"TaskFinish\",\"JobsDetail\":{\"JobLevel\": 0,}}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> CallbackBodies.xmlOfJson(trailingComma))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("the callback body is not JSON")
                .cause().hasMessageContaining("line: 1, column: 55");
    }

    @Test
    void aJsonValueThatIsNoObjectSaysWhatItIs() {
        assertThatThrownBy(() -> CallbackBodies.xmlOfJson("[{\"EventName\":\"TaskFinish\"}]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a JSON callback is an object", "not ARRAY");
        assertThatThrownBy(() -> CallbackBodies.xmlOfJson(new byte[0]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not empty");
    }

    /** The XML callback as Jackson's tree: the JSON form with every value a string. */
    private static ObjectNode jsonOf(String xml) throws Exception {
        return (ObjectNode) new XmlMapper().readTree(xml);
    }
}
