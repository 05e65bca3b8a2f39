package io.github.cosxml.tests.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.qcloud.cos.auth.BasicCOSCredentials;
import com.qcloud.cos.auth.COSSigner;
import com.qcloud.cos.http.HttpMethodName;
import io.github.cosxml.core.sign.Authorization;
import io.github.cosxml.core.sign.Credentials;
import io.github.cosxml.core.sign.KeyTime;
import io.github.cosxml.core.sign.VerificationResult;
import io.github.cosxml.core.xml.XmlReadOptions;
import io.github.cosxml.schema.CiSchema;
import io.github.cosxml.tests.ci.error.ServiceError;
import io.github.cosxml.tests.ci.job.list.DescribeJobsResponse;
import io.github.cosxml.tests.ci.job.list.JobsDetail;
import io.github.cosxml.tests.demo.DocumentedRequests;
import io.github.cosxml.tests.e2e.CiClient.Call;
import io.github.cosxml.tests.e2e.CiClient.Form;
import io.github.cosxml.tests.e2e.CiClient.Reply;
import io.github.cosxml.tests.http.IncomingRequest;
import io.github.cosxml.tests.http.LoopbackCiServer.Handled;
import io.github.cosxml.tests.http.LoopbackServerExtension;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Listing jobs ({@code GET /jobs?tag=...}, ci-api.md §2.2) over HTTP on 127.0.0.1: pages followed by
 * their {@code NextToken}, both orders, a creation-time window whose {@code +0800} must travel as
 * {@code %2B0800}, and the parameters the server refuses. Every parameter is signed; the server
 * verifies each page's signature and every page is read with the generated list classes after the
 * XSD has accepted it. Each test lists its own queue, so the tests do not see each other's jobs.
 */
class LoopbackJobListTest {
    @RegisterExtension
    static final LoopbackServerExtension loopback = new LoopbackServerExtension(LoopbackTestSupport.KNOWN);

    private static final AtomicInteger QUEUES = new AtomicInteger();
    private static final DateTimeFormatter LIST_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxx");

    @ParameterizedTest(name = "{0}, {1} credentials")
    @MethodSource(LoopbackTestSupport.FORMS_AND_CREDENTIALS)
    void pagesFollowTheNextTokenUntilItIsEmpty(Form form, String kind) throws Exception {
        CiClient client = LoopbackTestSupport.client(loopback, LoopbackTestSupport.credentials(kind));
        String queue = newQueue();
        List<String> submitted = submit(client, queue, 12);

        List<String> listed = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        String token = null;
        do {
            Map<String, String> query = query(queue);
            query.put("orderByTime", "Asc");
            query.put("size", "5");
            if (token != null) {
                query.put("nextToken", token);
            }
            DescribeJobsResponse page = listed(client, client.list(query, form, LoopbackTestSupport.validNow()));
            assertVerified(loopback.server().last(), form);
            List<String> signed = LoopbackTestSupport.signedParameters(loopback.server().last());
            assertThat(signed).contains("tag", "queueid", "orderbytime", "size");
            assertThat(signed.contains("nexttoken")).isEqualTo(token != null);
            page.getJobsDetail().forEach(job -> listed.add(job.getJobId()));
            pageSizes.add(page.getJobsDetail().size());
            token = page.getNextToken();
            assertThat(token).as("the list schema's NextToken is present on every page").isNotNull();
        } while (!token.isEmpty() && pageSizes.size() < 10);

        assertThat(pageSizes).containsExactly(5, 5, 2);
        assertThat(listed).containsExactlyElementsOf(submitted);
    }

    @Test
    void newestFirstWhenNoOrderIsGiven() throws Exception {
        CiClient client = permanentClient();
        String queue = newQueue();
        List<String> submitted = submit(client, queue, 3);

        DescribeJobsResponse page = listed(client, client.list(query(queue), Form.AUTHORIZATION_HEADER,
                LoopbackTestSupport.validNow()));

        assertThat(page.getJobsDetail()).extracting(JobsDetail::getJobId)
                .containsExactly(submitted.get(2), submitted.get(1), submitted.get(0));
        assertThat(page.getNextToken()).isEmpty();
    }

    @Test
    void aTokenStaysValidWhenItsJobNoLongerMatches() throws Exception {
        CiClient client = permanentClient();
        String queue = newQueue();
        List<String> submitted = submit(client, queue, 4);
        Map<String, String> query = orderedAscending(query(queue));
        query.put("states", "Submitted");
        query.put("size", "2");
        DescribeJobsResponse first = listed(client, client.list(query, Form.AUTHORIZATION_HEADER,
                LoopbackTestSupport.validNow()));
        assertThat(first.getJobsDetail()).extracting(JobsDetail::getJobId).containsExactlyElementsOf(submitted.subList(0, 2));
        // the last job of the page is cancelled while the client pages on
        assertThat(client.send(client.cancel(submitted.get(1), Form.AUTHORIZATION_HEADER,
                LoopbackTestSupport.validNow())).status()).isEqualTo(200);

        query.put("nextToken", first.getNextToken());
        DescribeJobsResponse second = listed(client, client.list(query, Form.AUTHORIZATION_HEADER,
                LoopbackTestSupport.validNow()));

        assertThat(second.getJobsDetail()).extracting(JobsDetail::getJobId).containsExactlyElementsOf(submitted.subList(2, 4));
        assertThat(second.getNextToken()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Form.class)
    void aCreationTimeWindowTravelsWithItsPlusSignEncoded(Form form) throws Exception {
        CiClient client = permanentClient();
        String queue = newQueue();
        submit(client, queue, 5);
        List<JobsDetail> all = listed(client, client.list(orderedAscending(query(queue)), form,
                LoopbackTestSupport.validNow())).getJobsDetail();
        OffsetDateTime from = all.get(1).getCreationTime();
        OffsetDateTime to = all.get(3).getCreationTime();
        Map<String, String> window = orderedAscending(query(queue));
        window.put("startCreationTime", LIST_TIME.format(from));
        window.put("endCreationTime", LIST_TIME.format(to));

        DescribeJobsResponse page = listed(client, client.list(window, form, LoopbackTestSupport.validNow()));

        assertThat(page.getJobsDetail()).extracting(JobsDetail::getJobId)
                .containsExactly(all.get(1).getJobId(), all.get(2).getJobId(), all.get(3).getJobId());
        IncomingRequest received = loopback.server().last().request();
        assertThat(window.get("startCreationTime")).endsWith("+0800");
        assertThat(received.rawQuery()).contains("startCreationTime=" + window.get("startCreationTime")
                .replace(":", "%3A").replace("+", "%2B"));
        assertThat(received.parameters()).containsEntry("startCreationTime", window.get("startCreationTime"));
        assertVerified(loopback.server().last(), form);
        assertThat(LoopbackTestSupport.signedParameters(loopback.server().last())).contains("startcreationtime", "endcreationtime");
    }

    @ParameterizedTest(name = "{0}={1}")
    @MethodSource("badParameters")
    void aQueryTheServerCannotCarryOutIsInvalidArgumentNamingTheParameter(String name, String value, String expected)
            throws Exception {
        CiClient client = permanentClient();
        Map<String, String> query = query(newQueue());
        if (value == null) {
            query.remove(name);
        } else {
            query.put(name, value);
        }

        Reply reply = client.send(client.list(query, Form.AUTHORIZATION_HEADER, LoopbackTestSupport.validNow()));

        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(loopback.server().last().verification().reason()).as("the signature was fine")
                .isEqualTo(VerificationResult.Reason.VALID);
        ServiceError error = LoopbackTestSupport.parseError(reply);
        assertThat(error.getCode()).isEqualTo("InvalidArgument");
        assertThat(error.getMessage()).startsWith(name).contains(expected);
        assertThat(error.getRequestId()).isEqualTo(reply.headers().firstValue("x-ci-request-id").orElseThrow());
    }

    static Stream<Arguments> badParameters() {
        return Stream.of(
                Arguments.of("tag", null, "is required; pass the job tag"),
                Arguments.of("size", "0", "from 1 to 100"),
                Arguments.of("size", "101", "from 1 to 100"),
                Arguments.of("size", "ten", "from 1 to 100"),
                Arguments.of("states", "Submitted,Done", "'Done'; pass a comma-separated list of All, Submitted"),
                Arguments.of("states", "Submitted, Running", "' Running'"),
                Arguments.of("orderByTime", "Newest", "pass Desc"),
                // what a '+' sent raw becomes where a query is form-decoded
                Arguments.of("startCreationTime", "2001-01-01T00:00:00 0800", "encode the '+' as %2B"),
                Arguments.of("endCreationTime", "2001-01-01T00:00:00", "2001-01-01T00:00:00+0800"),
                Arguments.of("nextToken", "not-a-token", "is not one this server gave"));
    }

    @Test
    void aPageSignedByTheOfficialSdkIsAccepted() throws Exception {
        CiClient client = permanentClient();
        String queue = newQueue();
        List<String> submitted = submit(client, queue, 2);
        Map<String, String> query = orderedAscending(query(queue));
        query.put("startCreationTime", "2001-01-01T00:00:00+0800");
        query.put("states", "Submitted,Running");
        Call ours = client.list(query, Form.AUTHORIZATION_HEADER, LoopbackTestSupport.validNow());
        KeyTime keyTime = ours.keyTime();
        Credentials credentials = LoopbackTestSupport.PERMANENT;
        String sdkAuthorization = new COSSigner().buildAuthorizationStr(HttpMethodName.GET, "/jobs",
                Map.of("Host", loopback.server().host()), query,
                new BasicCOSCredentials(credentials.secretId(), credentials.secretKey()),
                new Date(keyTime.startSeconds() * 1000), new Date(keyTime.endSeconds() * 1000), Boolean.TRUE);

        DescribeJobsResponse page = listed(client, ours.withHeader("Authorization", sdkAuthorization));

        assertThat(page.getJobsDetail()).extracting(JobsDetail::getJobId).containsExactlyElementsOf(submitted);
        assertVerified(loopback.server().last(), Form.AUTHORIZATION_HEADER);
        assertThat(sdkAuthorization).as("the same signature as cosxml's").isEqualTo(ours.headers().get("Authorization"));
    }

    private static CiClient permanentClient() {
        return LoopbackTestSupport.client(loopback, LoopbackTestSupport.PERMANENT);
    }

    private static String newQueue() {
        return String.format("p%032d", QUEUES.incrementAndGet());
    }

    /** Submits {@code count} jobs to {@code queue}; their ids in submission order. */
    private static List<String> submit(CiClient client, String queue, int count) throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(LoopbackTestSupport.submitted(client, DocumentedRequests.submitImageLicenseRec("input/card-" + i + ".jpg")
                    .toBuilder().queueId(queue).build()));
        }
        return ids;
    }

    private static Map<String, String> query(String queue) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("tag", "ImageLicenseRec");
        query.put("queueId", queue);
        return query;
    }

    private static Map<String, String> orderedAscending(Map<String, String> query) {
        query.put("orderByTime", "Asc");
        return query;
    }

    /** Sends a list call; the answer must be a 200 the list XSD accepts, read strictly. */
    private static DescribeJobsResponse listed(CiClient client, Call call) throws Exception {
        Reply reply = client.send(call);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.headers().firstValue("x-ci-request-id")).isPresent();
        assertThat(CiSchema.JOB_LIST_RESPONSE.validate(reply.body()).isValid()).as(reply.body()).isTrue();
        return DescribeJobsResponse.fromXml(reply.body(), XmlReadOptions.strict());
    }

    private static void assertVerified(Handled handled, Form form) {
        assertThat(handled.status()).as(handled.body()).isEqualTo(200);
        assertThat(handled.verification().reason()).isEqualTo(VerificationResult.Reason.VALID);
        assertThat(handled.request().isPresigned()).isEqualTo(form.isPresigned());
    }
}
