package io.github.cosxml.tests.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cosxml.core.xml.XmlReadOptions;
import io.github.cosxml.schema.CiSchema;
import io.github.cosxml.tests.ci.error.ServiceError;
import io.github.cosxml.tests.ci.job.callback.CallbackEventName;
import io.github.cosxml.tests.ci.job.callback.JobCallback;
import io.github.cosxml.tests.ci.job.list.JobState;
import io.github.cosxml.tests.ci.job.query.DescribeJobResponse;
import io.github.cosxml.tests.ci.job.request.CallBackFormat;
import io.github.cosxml.tests.ci.job.request.CallBackMqConfig;
import io.github.cosxml.tests.ci.job.request.CallBackType;
import io.github.cosxml.tests.ci.job.request.ImageLicenseRecJobRequest;
import io.github.cosxml.tests.ci.job.request.MqMode;
import io.github.cosxml.tests.ci.job.request.MqRegion;
import io.github.cosxml.tests.demo.DocumentedRequests;
import io.github.cosxml.tests.e2e.CallbackReceiver.Received;
import io.github.cosxml.tests.e2e.CiClient.Form;
import io.github.cosxml.tests.e2e.CiClient.Reply;
import io.github.cosxml.tests.http.CallbackDelivery;
import io.github.cosxml.tests.http.LoopbackServerExtension;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The job callback (ci-api.md §2.4) over HTTP on 127.0.0.1: a job submitted with a {@code CallBack}
 * URL is posted there when it finishes, as the documented {@code TaskFinish} XML or, with
 * {@code CallBackFormat=JSON}, as JSON; a receiver reads either with the generated callback classes
 * ({@link CallbackBodies}) and validates it with {@link CiSchema#JOB_CALLBACK}. No callback is posted
 * for a job that did not finish, was cancelled, asked for none ({@code no}) or for a message queue; a
 * {@code CallBack} that is no URL is refused at submission.
 */
class LoopbackJobCallbackTest {
    @RegisterExtension
    static final LoopbackServerExtension loopback = new LoopbackServerExtension(LoopbackTestSupport.KNOWN);

    private static final ObjectMapper JSON = new ObjectMapper();

    private CallbackReceiver receiver;

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = CallbackReceiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void aJobThatSucceedsIsPostedToItsCallBackAsXml() throws Exception {
        CiClient client = permanentClient();
        String jobId = submit(client, job -> job.callBack(receiver.url("/ci/done?from=loopback").toString())
                .callBackFormat(null));
        loopback.server().advanceJob(jobId, JobState.RUNNING);
        assertThat(receiver.received()).as("a running job has not finished").isEmpty();

        loopback.server().advanceJob(jobId, JobState.SUCCESS);

        Received posted = onlyCallback();
        assertThat(posted.method()).isEqualTo("POST");
        assertThat(posted.path()).isEqualTo("/ci/done");
        assertThat(posted.contentType()).isEqualTo("application/xml");
        String xml = new String(posted.body(), StandardCharsets.UTF_8);
        assertThat(CiSchema.JOB_CALLBACK.validate(xml).violations()).as(xml).isEmpty();
        JobCallback callback = JobCallback.fromXml(xml, XmlReadOptions.strict());
        assertThat(callback.getEventName()).isEqualTo(CallbackEventName.TASK_FINISH);
        assertThat(callback.getJobsDetail()).hasSize(1);
        var finished = callback.getJobsDetail().get(0);
        assertThat(finished.getJobId()).isEqualTo(jobId);
        assertThat(finished.getStateAsString()).isEqualTo("Success");
        assertThat(finished.getOperation().getImageLicenseRecResult().getInputObjectName()).isEqualTo("input/test.jpg");
        assertThat(sameJobAsQueried(client, xml)).isTrue();

        CallbackDelivery delivery = lastDelivery();
        assertThat(delivery.jobId()).isEqualTo(jobId);
        assertThat(delivery.status()).isEqualTo(200);
        assertThat(delivery.failure()).isNull();
    }

    @ParameterizedTest(name = "CallBackFormat {0}")
    @EnumSource(value = CallBackFormat.class, names = {"JSON", "JSON_LOWERCASE"})
    void aJsonCallbackCarriesTheSameJobAsTheXmlOne(CallBackFormat format) throws Exception {
        CiClient client = permanentClient();
        String jobId = submit(client, job -> job.callBack(receiver.url("/json").toString()).callBackFormat(format));

        loopback.server().advanceJob(jobId, JobState.SUCCESS);

        Received posted = onlyCallback();
        assertThat(posted.contentType()).isEqualTo("application/json");
        JsonNode json = JSON.readTree(posted.body());
        assertThat(json.get("EventName").asText()).isEqualTo("TaskFinish");
        assertThat(json.get("JobsDetail").isObject()).as("one job: an object, as in the documented samples").isTrue();
        assertThat(json.get("JobsDetail").get("JobId").asText()).isEqualTo(jobId);
        assertThat(json.get("JobsDetail").get("Operation").get("JobLevel").isTextual())
                .as("numbers quoted, as the documented JSON samples have them").isTrue();

        String xml = CallbackBodies.xmlOfJson(posted.body());
        assertThat(CiSchema.JOB_CALLBACK.validate(xml).violations()).as(xml).isEmpty();
        JobCallback callback = CallbackBodies.read(posted.contentType(), posted.body(), XmlReadOptions.strict());
        assertThat(callback.getJobsDetail().get(0).getJobId()).isEqualTo(jobId);
        assertThat(sameJobAsQueried(client, xml)).isTrue();
    }

    @Test
    void aFailedJobIsPostedWithItsCodeAndMessageAndNoResult() throws Exception {
        CiClient client = permanentClient();
        String jobId = submit(client, job -> job.callBack(receiver.url("/failed").toString()).callBackFormat(null));

        loopback.server().advanceJob(jobId, JobState.FAILED);

        Received posted = onlyCallback();
        JobCallback callback = CallbackBodies.read(posted.contentType(), posted.body(), XmlReadOptions.strict());
        var failed = callback.getJobsDetail().get(0);
        assertThat(failed.getStateAsString()).isEqualTo("Failed");
        assertThat(failed.getCode()).isEqualTo("ResourceNotFound");
        assertThat(failed.getMessage()).contains("input/test.jpg");
        assertThat(failed.getOperation().getImageLicenseRecResult()).isNull();
        assertThat(failed.getEndTime()).isNotNull();
        assertThat(sameJobAsQueried(client, new String(posted.body(), StandardCharsets.UTF_8))).isTrue();
    }

    static Stream<Arguments> jobsWithoutAnHttpCallback() {
        return Stream.of(
                Arguments.of("no CallBack", (UnaryOperator<ImageLicenseRecJobRequest.Builder>) job -> job.callBack(null)),
                Arguments.of("CallBack 'no'", (UnaryOperator<ImageLicenseRecJobRequest.Builder>) job -> job.callBack("no")),
                Arguments.of("CallBackType TDMQ", (UnaryOperator<ImageLicenseRecJobRequest.Builder>) job -> job
                        .callBack(null).callBackType(CallBackType.TDMQ).callBackMqConfig(CallBackMqConfig.builder()
                                .mqMode(MqMode.QUEUE).mqName("card-ocr-done").mqRegion(MqRegion.GZ).build())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jobsWithoutAnHttpCallback")
    void aJobThatAsksForNoHttpCallbackFinishesWithoutOne(String name, UnaryOperator<ImageLicenseRecJobRequest.Builder> edit)
            throws Exception {
        int before = loopback.server().callbacks().size();
        String jobId = submit(permanentClient(), edit);

        loopback.server().advanceJob(jobId, JobState.SUCCESS);

        assertThat(receiver.received()).isEmpty();
        assertThat(loopback.server().callbacks()).hasSize(before);
    }

    @Test
    void aCancelledJobNeverRanAndGetsNoCallback() throws Exception {
        CiClient client = permanentClient();
        String jobId = submit(client, job -> job.callBack(receiver.url("/cancelled").toString()));

        Reply reply = client.send(client.cancel(jobId, Form.AUTHORIZATION_HEADER, LoopbackTestSupport.validNow()));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(receiver.received()).isEmpty();
        assertThatThrownBy(() -> loopback.server().advanceJob(jobId, JobState.SUCCESS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has ended (Cancel)");
        assertThat(receiver.received()).as("nor later").isEmpty();
    }

    @Test
    void aFinishedJobIsPostedOnceAndMovesNoFurther() throws Exception {
        String jobId = submit(permanentClient(), job -> job.callBack(receiver.url("/once").toString()).callBackFormat(null));
        loopback.server().advanceJob(jobId, JobState.SUCCESS);

        for (JobState again : new JobState[] {JobState.SUCCESS, JobState.FAILED, JobState.RUNNING}) {
            assertThatThrownBy(() -> loopback.server().advanceJob(jobId, again)).as(again.toString())
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has ended (Success)");
        }
        assertThat(receiver.received()).hasSize(1);
    }

    @Test
    void theDocumentedCallBackHostIsNotReachedButTheCallbackIsRecorded() throws Exception {
        String jobId = submit(permanentClient(), UnaryOperator.identity()); // http://callback.demo.com, JSON

        loopback.server().advanceJob(jobId, JobState.SUCCESS);

        CallbackDelivery delivery = lastDelivery();
        assertThat(delivery.jobId()).isEqualTo(jobId);
        assertThat(delivery.url()).hasToString("http://callback.demo.com");
        assertThat(delivery.sent()).isFalse();
        assertThat(delivery.failure()).contains("not sent", "callback.demo.com", "not a loopback host");
        assertThat(delivery.contentType()).isEqualTo("application/json");
        assertThat(JSON.readTree(delivery.body()).get("JobsDetail").get("JobId").asText()).isEqualTo(jobId);
    }

    @Test
    void aReceiverThatAnswersWithAnErrorIsRecordedAndTheJobStillSucceeds() throws Exception {
        CiClient client = permanentClient();
        receiver.answerWith(503);
        String jobId = submit(client, job -> job.callBack(receiver.url("/busy").toString()));

        loopback.server().advanceJob(jobId, JobState.SUCCESS);

        assertThat(receiver.received()).hasSize(1);
        assertThat(lastDelivery().status()).isEqualTo(503);
        assertThat(queriedState(client, jobId)).isEqualTo("Success");
    }

    @Test
    void aReceiverThatIsNotListeningIsRecordedAsNotDelivered() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closedPort + "/gone";
        CiClient client = permanentClient();
        String jobId = submit(client, job -> job.callBack(url));

        loopback.server().advanceJob(jobId, JobState.SUCCESS);

        CallbackDelivery delivery = lastDelivery();
        assertThat(delivery.sent()).isFalse();
        assertThat(delivery.failure()).startsWith("not delivered: ").contains("Connect");
        assertThat(queriedState(client, jobId)).isEqualTo("Success");
    }

    @ParameterizedTest(name = "CallBack ''{0}''")
    @MethodSource("callBacksThatAreNoUrl")
    void aCallBackThatIsNoHttpUrlIsRefusedAtSubmission(String callBack) throws Exception {
        CiClient client = permanentClient();
        ImageLicenseRecJobRequest job = DocumentedRequests.submitImageLicenseRec("input/test.jpg").toBuilder()
                .callBack(callBack).build();

        Reply reply = client.send(client.submit(job, Form.AUTHORIZATION_HEADER, LoopbackTestSupport.validNow()));

        assertThat(reply.status()).isEqualTo(400);
        ServiceError error = LoopbackTestSupport.parseError(reply);
        assertThat(error.getCode()).isEqualTo("InvalidArgument");
        assertThat(error.getMessage()).contains("CallBack '" + callBack + "'", "give an http:// or https:// URL", "'no'");
    }

    static List<String> callBacksThatAreNoUrl() {
        return List.of("callback.demo.com/done", "ftp://callback.demo.com/done", "http://", "http://bad host/");
    }

    private static CiClient permanentClient() {
        return LoopbackTestSupport.client(loopback, LoopbackTestSupport.PERMANENT);
    }

    /** Submits the documented request for {@code input/test.jpg}, edited. Its JobId. */
    private static String submit(CiClient client, UnaryOperator<ImageLicenseRecJobRequest.Builder> edit) throws Exception {
        ImageLicenseRecJobRequest.Builder job = DocumentedRequests.submitImageLicenseRec("input/test.jpg").toBuilder();
        return LoopbackTestSupport.submitted(client, edit.apply(job).build());
    }

    private Received onlyCallback() {
        List<Received> received = receiver.received();
        assertThat(received).hasSize(1);
        return received.get(0);
    }

    private static CallbackDelivery lastDelivery() {
        List<CallbackDelivery> deliveries = loopback.server().callbacks();
        assertThat(deliveries).isNotEmpty();
        return deliveries.get(deliveries.size() - 1);
    }

    /**
     * True when the callback's job equals the job a query answers now: the callback document read
     * as a query response (its {@code EventName} skipped), compared with the query's classes.
     */
    private static boolean sameJobAsQueried(CiClient client, String callbackXml) throws Exception {
        DescribeJobResponse fromCallback = DescribeJobResponse.fromXml(callbackXml);
        String jobId = fromCallback.getJobsDetail().get(0).getJobId();
        return fromCallback.getJobsDetail().equals(queried(client, jobId).getJobsDetail());
    }

    private static String queriedState(CiClient client, String jobId) throws Exception {
        return queried(client, jobId).getJobsDetail().get(0).getStateAsString();
    }

    private static DescribeJobResponse queried(CiClient client, String jobId) throws Exception {
        Reply reply = client.send(client.query(jobId, Form.AUTHORIZATION_HEADER, LoopbackTestSupport.validNow()));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return DescribeJobResponse.fromXml(reply.body(), XmlReadOptions.strict());
    }
}
