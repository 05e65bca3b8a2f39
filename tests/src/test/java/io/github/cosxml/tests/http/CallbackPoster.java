package io.github.cosxml.tests.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import io.github.cosxml.schema.CiSchema;
import io.github.cosxml.schema.ValidationResult;
import io.github.cosxml.tests.ci.job.callback.CallbackEventName;
import io.github.cosxml.tests.ci.job.callback.JobCallback;
import io.github.cosxml.tests.ci.job.list.DescribeJobsResponse;
import io.github.cosxml.tests.ci.job.list.JobsDetail;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Posts the {@code TaskFinish} callback of a finished job (ci-api.md §2.4): the documented
 * {@code <Response><EventName>TaskFinish</EventName><JobsDetail>...} written with the generated
 * callback classes and valid against {@link CiSchema#JOB_CALLBACK}, or, for
 * {@code CallBackFormat=JSON}, the same document as JSON, {@code {"EventName":"TaskFinish",
 * "JobsDetail":{...}}}, every value a string (Jackson's tree of the XML), as the documented JSON
 * samples quote numbers.
 *
 * <p>It posts only to a loopback host ({@code 127.0.0.1}, {@code localhost}, {@code [::1]}), so
 * that no test reaches beyond the machine: a callback to any other host, such as the documented
 * {@code http://callback.demo.com}, is recorded as not sent. A callback is posted once, when the
 * job finishes, and waits for the receiver's answer (at most five seconds); the service's retries
 * are not documented and not played.
 */
final class CallbackPoster {
    private static final Set<String> LOOPBACK_HOSTS = Set.of("127.0.0.1", "localhost", "[::1]");
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final XmlMapper XML_TREE = new XmlMapper();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT)
            .build();
    private final List<CallbackDelivery> deliveries = new CopyOnWriteArrayList<>();

    /** Every callback posted or held back so far, in order. */
    List<CallbackDelivery> deliveries() {
        return List.copyOf(deliveries);
    }

    /** Posts the callback of {@code job}, which has just finished, to {@code target}, and records it. */
    CallbackDelivery post(JobsDetail job, CallbackTarget target) {
        String xml = callbackXml(job);
        String contentType = target.json() ? "application/json" : "application/xml";
        String body = target.json() ? json(xml) : xml;
        CallbackDelivery delivery;
        if (!LOOPBACK_HOSTS.contains(target.url().getHost().toLowerCase(Locale.ROOT))) {
            delivery = new CallbackDelivery(job.getJobId(), target.url(), contentType, body, 0, "not sent: "
                    + target.url().getHost() + " is not a loopback host, and the loopback server posts callbacks only to"
                    + " 127.0.0.1, localhost or [::1]");
        } else {
            delivery = send(job.getJobId(), target.url(), contentType, body);
        }
        deliveries.add(delivery);
        return delivery;
    }

    private CallbackDelivery send(String jobId, URI url, String contentType, String body) {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(TIMEOUT)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return new CallbackDelivery(jobId, url, contentType, body, status, null);
        } catch (IOException unreachable) {
            return new CallbackDelivery(jobId, url, contentType, body, 0, "not delivered: " + unreachable);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new CallbackDelivery(jobId, url, contentType, body, 0, "not delivered: interrupted");
        }
    }

    /** The callback document, the job carried into the callback classes through its XML. */
    private static String callbackXml(JobsDetail job) {
        String response = DescribeJobsResponse.builder().addJobsDetail(job).build().toXml();
        String xml = JobCallback.fromXml(response).toBuilder().eventName(CallbackEventName.TASK_FINISH).build().toXml();
        ValidationResult valid = CiSchema.JOB_CALLBACK.validate(xml);
        if (!valid.isValid()) {
            throw new IllegalStateException("the loopback server built an invalid callback: " + valid.report());
        }
        return xml;
    }

    private static String json(String xml) {
        try {
            return JSON.writeValueAsString(XML_TREE.readTree(xml));
        } catch (IOException bug) {
            throw new UncheckedIOException("the loopback server could not turn its callback into JSON", bug);
        }
    }
}
