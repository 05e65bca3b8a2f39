package io.github.cosxml.tests.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cosxml.core.sign.VerificationResult;
import io.github.cosxml.core.xml.XmlReadOptions;
import io.github.cosxml.schema.CiSchema;
import io.github.cosxml.tests.ci.error.ServiceError;
import io.github.cosxml.tests.ci.job.list.DescribeJobsResponse;
import io.github.cosxml.tests.ci.job.list.JobState;
import io.github.cosxml.tests.ci.job.list.JobsDetail;
import io.github.cosxml.tests.ci.job.query.DescribeJobResponse;
import io.github.cosxml.tests.demo.DocumentedRequests;
import io.github.cosxml.tests.e2e.CiClient.Form;
import io.github.cosxml.tests.e2e.CiClient.Reply;
import io.github.cosxml.tests.http.LoopbackCiServer.Handled;
import io.github.cosxml.tests.http.LoopbackServerExtension;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cancelling a job ({@code PUT /jobs/<id>?cancel}, ci-api.md §2.3) over HTTP on 127.0.0.1: the
 * {@code cancel} parameter has no value and is signed like any other; the answer is a 200 with no
 * body; the job is then {@code Cancel} to a query and to a list by state. A paused job has not
 * started and is cancelled; a running one is not, and the Java SDK's {@code PUT /jobs/<id>}
 * without {@code ?cancel} cancels nothing.
 */
class LoopbackJobCancelTest {
    @RegisterExtension
    static final LoopbackServerExtension loopback = new LoopbackServerExtension(LoopbackTestSupport.KNOWN);

    @ParameterizedTest(name = "{0}, {1} credentials")
    @MethodSource(LoopbackTestSupport.FORMS_AND_CREDENTIALS)
    void aSubmittedJobIsCancelled(Form form, String kind) throws Exception {
        CiClient client = LoopbackTestSupport.client(loopback, LoopbackTestSupport.credentials(kind));
        String jobId = submit(client);
        String staysSubmitted = submit(client);

        Reply reply = client.send(client.cancel(jobId, form, LoopbackTestSupport.validNow()));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.body()).isEmpty();
        assertThat(reply.headers().firstValue("Content-Length")).contains("0");
        assertThat(reply.headers().firstValue("Server")).contains("tencent-ci");
        assertThat(reply.headers().firstValue("x-ci-request-id")).isPresent();
        Handled handled = loopback.server().last();
        assertThat(handled.verification().reason()).isEqualTo(VerificationResult.Reason.VALID);
        assertThat(handled.request().rawQuery()).as("a parameter without '='").matches("cancel(&.*)?");
        assertThat(handled.request().parameters()).containsEntry("cancel", null);
        assertThat(LoopbackTestSupport.signedParameters(handled)).contains("cancel");

        var cancelled = queried(client, jobId);
        assertThat(cancelled.getStateAsString()).isEqualTo("Cancel");
        assertThat(cancelled.getStartTime()).as("it never ran").isNull();
        assertThat(cancelled.getEndTime()).isNotNull();
        assertThat(listedIds(client, "Cancel")).contains(jobId).doesNotContain(staysSubmitted);
        assertThat(listedIds(client, "Submitted")).contains(staysSubmitted).doesNotContain(jobId);
    }

    @Test
    void aJobThatHasStartedIsNotCancelled() throws Exception {
        CiClient client = permanentClient();
        String jobId = submit(client);
        loopback.server().advanceJob(jobId, JobState.RUNNING);

        Reply reply = client.send(client.cancel(jobId, Form.AUTHORIZATION_HEADER, LoopbackTestSupport.validNow()));

        assertThat(reply.status()).isEqualTo(400);
        ServiceError error = LoopbackTestSupport.parseError(reply);
        assertThat(error.getCode()).isEqualTo("InvalidArgument");
        assertThat(error.getMessage()).contains(jobId, "is Running", "only a job that has not started");
        var running = queried(client, jobId);
        assertThat(running.getStateAsString()).isEqualTo("Running");
        assertThat(running.getStartTime()).isNotNull();
        assertThat(running.getEndTime()).isNull();
    }

    @Test
    void aPausedJobHasNotStartedAndIsCancelled() throws Exception {
        CiClient client = permanentClient();
        String jobId = submit(client);
        loopback.server().advanceJob(jobId, JobState.PAUSE);

        Reply reply = client.send(client.cancel(jobId, Form.AUTHORIZATION_HEADER, LoopbackTestSupport.validNow()));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        var cancelled = queried(client, jobId);
        assertThat(cancelled.getStateAsString()).isEqualTo("Cancel");
        assertThat(cancelled.getStartTime()).isNull();
    }

    @Test
    void theJavaSdksCancelWithoutTheParameterCancelsNothing() throws Exception {
        CiClient client = permanentClient();
        String jobId = submit(client);

        Reply reply = client.send(client.cancelWithoutTheParameter(jobId, Form.AUTHORIZATION_HEADER,
                LoopbackTestSupport.validNow()));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(loopback.server().last().verification().reason()).as("the signature was fine")
                .isEqualTo(VerificationResult.Reason.VALID);
        ServiceError error = LoopbackTestSupport.parseError(reply);
        assertThat(error.getCode()).isEqualTo("InvalidArgument");
        assertThat(error.getMessage()).contains("PUT /jobs/" + jobId + "?cancel");
        assertThat(queried(client, jobId).getStateAsString()).isEqualTo("Submitted");
    }

    @Test
    void anUnknownJobIsNotCancelled() throws Exception {
        CiClient client = permanentClient();

        Reply reply = client.send(client.cancel("a0000000000000000000000000000dead", Form.AUTHORIZATION_HEADER,
                LoopbackTestSupport.validNow()));

        assertThat(reply.status()).isEqualTo(400);
        ServiceError error = LoopbackTestSupport.parseError(reply);
        assertThat(error.getCode()).isEqualTo("InvalidArgument");
        assertThat(error.getMessage()).contains("a0000000000000000000000000000dead", "does not exist");
    }

    private static CiClient permanentClient() {
        return LoopbackTestSupport.client(loopback, LoopbackTestSupport.PERMANENT);
    }

    private static String submit(CiClient client) throws Exception {
        return LoopbackTestSupport.submitted(client, DocumentedRequests.submitImageLicenseRec("input/test.jpg"));
    }

    /** The job as a query answers it. */
    private static io.github.cosxml.tests.ci.job.query.JobsDetail queried(CiClient client, String jobId) throws Exception {
        Reply reply = client.send(client.query(jobId, Form.AUTHORIZATION_HEADER, LoopbackTestSupport.validNow()));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(CiSchema.JOB_QUERY_RESPONSE.validate(reply.body()).isValid()).as(reply.body()).isTrue();
        DescribeJobResponse query = DescribeJobResponse.fromXml(reply.body(), XmlReadOptions.strict());
        assertThat(query.getNonExistJobIds()).isEmpty();
        return query.getJobsDetail().get(0);
    }

    private static List<String> listedIds(CiClient client, String states) throws Exception {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("tag", "ImageLicenseRec");
        query.put("states", states);
        query.put("size", "100");
        Reply reply = client.send(client.list(query, Form.AUTHORIZATION_HEADER, LoopbackTestSupport.validNow()));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        DescribeJobsResponse page = DescribeJobsResponse.fromXml(reply.body(), XmlReadOptions.strict());
        assertThat(page.getNextToken()).as("every job on one page").isEmpty();
        return page.getJobsDetail().stream().map(JobsDetail::getJobId).toList();
    }
}
