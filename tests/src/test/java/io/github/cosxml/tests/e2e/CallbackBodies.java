package io.github.cosxml.tests.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import io.github.cosxml.core.xml.XmlReadOptions;
import io.github.cosxml.tests.ci.job.callback.JobCallback;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What a callback receiver does with a body CI posts (ci-api.md §2.4): an XML body is read with the
 * generated {@link JobCallback} reader; a JSON body ({@code CallBackFormat=JSON}) is first turned into
 * the same XML with Jackson, {@code JobsDetail} as an object or as an array (the documented samples
 * show both) becoming one {@code <JobsDetail>} element per job, and a number, quoted or bare, becoming
 * its text. The XML can then be validated with {@code CiSchema.JOB_CALLBACK} like any other body.
 */
final class CallbackBodies {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final XmlMapper XML = new XmlMapper();

    private CallbackBodies() {
    }

    /** The callback in {@code body}, by its {@code Content-Type}: JSON when it says so, XML otherwise. */
    static JobCallback read(String contentType, byte[] body, XmlReadOptions options) {
        boolean json = contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/json");
        return JobCallback.fromXml(json ? xmlOfJson(body) : new String(body, StandardCharsets.UTF_8), options);
    }

    /** A JSON callback as the XML document it stands for, {@code <Response>...</Response>}. */
    static String xmlOfJson(byte[] json) {
        try {
            JsonNode tree = JSON.readTree(json);
            if (tree == null || !tree.isObject()) {
                boolean empty = tree == null || tree.isMissingNode();
                throw new IllegalArgumentException("a JSON callback is an object ({\"EventName\":...,\"JobsDetail\":...}), not "
                        + (empty ? "empty" : tree.getNodeType()));
            }
            return XML.writer().withRootName("Response").writeValueAsString(tree);
        } catch (IOException notJson) {
            throw new UncheckedIOException("the callback body is not JSON", notJson);
        }
    }
}
