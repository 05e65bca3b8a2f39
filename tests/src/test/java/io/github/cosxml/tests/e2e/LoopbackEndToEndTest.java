package io.github.cosxml.tests.e2e;

import static io.github.cosxml.tests.e2e.LoopbackTestSupport.DETECT_URL;
import static io.github.cosxml.tests.e2e.LoopbackTestSupport.OBJECT_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cosxml.core.sign.Authorization;
import io.github.cosxml.core.sign.Credentials;
import io.github.cosxml.core.sign.VerificationResult;
import io.github.cosxml.core.xml.XmlReadOptions;
import io.github.cosxml.schema.CiSchema;
import io.github.cosxml.tests.ci.job.query.DescribeJobResponse;
import io.github.cosxml.tests.ci.job.response.JobState;
import io.github.cosxml.tests.ci.job.response.SubmitJobResponse;
import io.github.cosxml.tests.ci.sync.AILicenseRecResponse;
import io.github.cosxml.tests.demo.DocumentedRequests;
import io.github.cosxml.tests.e2e.CiClient.Call;
import io.github.cosxml.tests.e2e.CiClient.Form;
import io.github.cosxml.tests.e2e.CiClient.Reply;
import io.github.cosxml.tests.http.IncomingRequest;
import io.github.cosxml.tests.http.LoopbackCiServer.Handled;
import io.github.cosxml.tests.http.LoopbackServerExtension;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The signer, the schema and the generated classes together over real HTTP on 127.0.0.1: submit
 * the documented ImageLicenseRec job, query it before and after it has run (and several jobs at
 * once), and call the sync AILicenseRec on an object and on
 * a detect-url, each signed in the header form and as a pre-signed URL, with permanent and with
 * temporary credentials. The server verifies every signature and validates every body.
 */
class LoopbackEndToEndTest {
    @RegisterExtension
    static final LoopbackServerExtension loopback = new LoopbackServerExtension(LoopbackTestSupport.KNOWN);

    private static CiClient client(String kind) {
        return LoopbackTestSupport.client(loopback, LoopbackTestSupport.credentials(kind));
    }

    @ParameterizedTest(name = "{0}, {1} credentials")
    @MethodSource(LoopbackTestSupport.FORMS_AND_CREDENTIALS)
    void submitThenQueryTheDocumentedJob(Form form, String kind) throws Exception {
        CiClient client = client(kind);
        Call submit = client.submit(DocumentedRequests.submitImageLicenseRec("input/test.jpg"), form,
                LoopbackTestSupport.validNow());

        Reply submitted = client.send(submit);

        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(submitted.headers().firstValue("x-ci-request-id")).isPresent();
        assertThat(CiSchema.IMAGE_LICENSE_REC_JOB_RESPONSE.validate(submitted.body()).isValid()).isTrue();
        SubmitJobResponse job = SubmitJobResponse.fromXml(submitted.body(), XmlReadOptions.strict());
        assertThat(job.getJobsDetail().getState()).isSameAs(JobState.SUBMITTED);
        String jobId = job.getJobsDetail().getJobId();
        assertThat(jobId).as("the documented form of a JobId").matches("a[0-9a-f]{32}");
        assertThat(job.getJobsDetail().getInput().getObject()).isEqualTo("input/test.jpg");

        Handled received = loopback.server().last();
        assertSignedAndVerified(received, form, LoopbackTestSupport.credentials(kind), "content-length", "content-type", "host");
        assertThat(received.request().header("Host")).isEqualTo(loopback.server().host());
        assertThat(received.request().header("Content-Length")).isEqualTo(Integer.toString(submit.body().length));
        assertThat(CiSchema.IMAGE_LICENSE_REC_JOB_REQUEST.validate(received.request().body()).isValid()).isTrue();

        Reply queried = client.send(client.query(jobId, form, LoopbackTestSupport.validNow()));

        assertThat(queried.status()).as(queried.body()).isEqualTo(200);
        assertThat(CiSchema.JOB_QUERY_RESPONSE.validate(queried.body()).isValid()).isTrue();
        DescribeJobResponse query = DescribeJobResponse.fromXml(queried.body(), XmlReadOptions.strict());
        assertThat(query.getJobsDetail()).singleElement().satisfies(detail -> {
            assertThat(detail.getJobId()).isEqualTo(jobId);
            assertThat(detail.getStateAsString()).isEqualTo("Submitted");
            assertThat(detail.getOperation().getImageLicenseRecResult()).as("nothing recognised yet").isNull();
        });
        assertThat(query.getNonExistJobIds()).isEmpty();
        assertSignedAndVerified(loopback.server().last(), form, LoopbackTestSupport.credentials(kind), "host");

        loopback.server().advanceJob(jobId, io.github.cosxml.tests.ci.job.list.JobState.SUCCESS);
        DescribeJobResponse done = DescribeJobResponse.fromXml(client.send(client.query(jobId, form,
                LoopbackTestSupport.validNow())).body(), XmlReadOptions.strict());
        assertThat(done.getJobsDetail()).singleElement().satisfies(detail -> {
            assertThat(detail.getStateAsString()).isEqualTo("Success");
            assertThat(detail.getEndTime()).isAfterOrEqualTo(detail.getStartTime()).isAfterOrEqualTo(detail.getCreationTime());
            assertThat(detail.getOperation().getImageLicenseRecResult().getInputObjectName()).isEqualTo("input/test.jpg");
            assertThat(detail.getOperation().getImageLicenseRecResult().getIdInfo()).hasSize(6);
        });
    }

    @ParameterizedTest(name = "{0}, {1} credentials")
    @MethodSource(LoopbackTestSupport.FORMS_AND_CREDENTIALS)
    void queryOfAnUnknownJobListsItAsNonExistent(Form form, String kind) throws Exception {
        CiClient client = client(kind);

        Reply queried = client.send(client.query("unknown-job-id", form, LoopbackTestSupport.validNow()));

        assertThat(queried.status()).isEqualTo(200);
        assertThat(CiSchema.JOB_QUERY_RESPONSE.validate(queried.body()).isValid()).isTrue();
        DescribeJobResponse query = DescribeJobResponse.fromXml(queried.body());
        assertThat(query.getJobsDetail()).isEmpty();
        assertThat(query.getNonExistJobIds()).containsExactly("unknown-job-id");
    }

    @Test
    void queryOfSeveralJobsAnswersTheKnownAndListsTheRest() throws Exception {
        CiClient client = client("permanent");
        List<String> ids = new ArrayList<>();
        for (String object : List.of("input/a.jpg", "input/b.jpg")) {
            Reply submitted = client.send(client.submit(DocumentedRequests.submitImageLicenseRec(object),
                    Form.AUTHORIZATION_HEADER, LoopbackTestSupport.validNow()));
            ids.add(SubmitJobResponse.fromXml(submitted.body()).getJobsDetail().getJobId());
        }

        // as the Go SDK's DescribeMultiMediaJob sends several ids: joined with ','
        Reply queried = client.send(client.query(ids.get(0) + ",unknown-job-id," + ids.get(1), Form.AUTHORIZATION_HEADER,
                LoopbackTestSupport.validNow()));

        assertThat(queried.status()).as(queried.body()).isEqualTo(200);
        assertThat(CiSchema.JOB_QUERY_RESPONSE.validate(queried.body()).isValid()).isTrue();
        DescribeJobResponse query = DescribeJobResponse.fromXml(queried.body(), XmlReadOptions.strict());
        assertThat(query.getJobsDetail()).extracting(detail -> detail.getJobId()).containsExactlyElementsOf(ids);
        assertThat(query.getJobsDetail()).extracting(detail -> detail.getInput().getObject())
                .containsExactly("input/a.jpg", "input/b.jpg");
        assertThat(query.getNonExistJobIds()).containsExactly("unknown-job-id");
        assertSignedAndVerified(loopback.server().last(), Form.AUTHORIZATION_HEADER, LoopbackTestSupport.PERMANENT, "host");
    }

    @ParameterizedTest(name = "{0}, {1} credentials")
    @MethodSource(LoopbackTestSupport.FORMS_AND_CREDENTIALS)
    void syncRecognitionOfAnObject(Form form, String kind) throws Exception {
        CiClient client = client(kind);

        Reply reply = client.send(client.recogniseObject(OBJECT_KEY, "IDCard", form, LoopbackTestSupport.validNow()));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.headers().firstValue("x-cos-request-id")).isPresent();
        assertRecognised(reply);
        IncomingRequest received = loopback.server().last().request();
        assertThat(received.path()).isEqualTo("/" + OBJECT_KEY);
        assertThat(received.parameters()).containsEntry("ci-process", "AILicenseRec").containsEntry("CardType", "IDCard");
        assertSignedAndVerified(loopback.server().last(), form, LoopbackTestSupport.credentials(kind), "host");
    }

    @ParameterizedTest(name = "{0}, {1} credentials")
    @MethodSource(LoopbackTestSupport.FORMS_AND_CREDENTIALS)
    void syncRecognitionOfADetectUrlEncodedOnce(Form form, String kind) throws Exception {
        CiClient client = client(kind);

        Reply reply = client.send(client.recogniseUrl(DETECT_URL, "IDCard", form, LoopbackTestSupport.validNow()));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertRecognised(reply);
        IncomingRequest received = loopback.server().last().request();
        assertThat(received.path()).isEqualTo("/");
        assertThat(received.parameters()).containsEntry("detect-url", DETECT_URL);
        assertThat(received.rawQuery()).contains("detect-url=https%3A%2F%2Fexamplebucket-1250000000.cos.ap-beijing"
                + ".myqcloud.com%2Fid%20card%2F%E6%AD%A3%E9%9D%A2.jpg%3Fsize%3Dlarge%26v%3D2");
        assertSignedAndVerified(loopback.server().last(), form, LoopbackTestSupport.credentials(kind), "host");
        assertThat(LoopbackTestSupport.signedParameters(loopback.server().last())).contains("detect-url", "ci-process", "cardtype");
    }

    private static void assertRecognised(Reply reply) {
        assertThat(CiSchema.AI_LICENSE_REC_RESPONSE.validate(reply.body()).isValid()).isTrue();
        AILicenseRecResponse response = AILicenseRecResponse.fromXml(reply.body(), XmlReadOptions.strict());
        assertThat(response.getStatus()).isEqualTo(1);
        assertThat(response.getIdInfo()).hasSize(6);
        assertThat(response.getIdInfo().get(0).getScore()).isEqualTo(99);
    }

    /** The server verified the request, in the expected form, over at least the given headers. */
    private static void assertSignedAndVerified(Handled handled, Form form, Credentials credentials, String... headers) {
        assertThat(handled.status()).as(handled.body()).isEqualTo(200);
        assertThat(handled.verification().reason()).isEqualTo(VerificationResult.Reason.VALID);
        IncomingRequest request = handled.request();
        assertThat(request.isPresigned()).isEqualTo(form.isPresigned());
        assertThat(request.parameters().containsKey("sign")).isEqualTo(form == Form.MERGED_SIGN);
        Authorization authorization = LoopbackTestSupport.authorization(handled);
        assertThat(authorization.secretId()).isEqualTo(credentials.secretId());
        assertThat(authorization.headerList()).contains(headers);
        if (credentials.hasSessionToken()) {
            // cosxml signs the token (core/README.md): a header in the header form, a parameter pre-signed.
            List<String> signed = form.isPresigned() ? authorization.urlParamList() : authorization.headerList();
            assertThat(signed).contains("x-cos-security-token");
        } else {
            assertThat(request.header("x-cos-security-token")).isNull();
            assertThat(request.parameters()).doesNotContainKey("x-cos-security-token");
        }
    }
}
