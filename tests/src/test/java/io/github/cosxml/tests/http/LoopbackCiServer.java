package io.github.cosxml.tests.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.cosxml.core.sign.Authorization;
import io.github.cosxml.core.sign.Credentials;
import io.github.cosxml.core.sign.CredentialsLookup;
import io.github.cosxml.core.sign.SecurityToken;
import io.github.cosxml.core.sign.SignatureVerifier;
import io.github.cosxml.core.sign.VerificationResult;
import io.github.cosxml.schema.CiSchema;
import io.github.cosxml.schema.ValidationResult;
import io.github.cosxml.tests.ci.Fixtures;
import io.github.cosxml.tests.ci.job.list.DescribeJobsResponse;
import io.github.cosxml.tests.ci.job.list.JobState;
import io.github.cosxml.tests.ci.job.list.JobsDetail;
import io.github.cosxml.tests.ci.job.query.DescribeJobResponse;
import io.github.cosxml.tests.ci.job.request.ImageLicenseRecJobRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Plays the CI job endpoints (submit {@code POST /jobs}, list {@code GET /jobs?tag=...}, query
 * {@code GET /jobs/<id>[,<id>...]}, cancel {@code PUT /jobs/<id>?cancel}) and the COS sync
 * {@code GET /<key>?ci-process=AILicenseRec} on 127.0.0.1, on an ephemeral port. Every request is
 * verified with {@link SignatureVerifier} (header or pre-signed form, with the security token of
 * temporary credentials checked), every body is validated with {@link CiSchema}; the answers are
 * the documented responses (jobs are the documented {@code JobsDetail} with their own ids, states
 * and times, see {@link LoopbackJobs}), or the documented {@code <Error>}. A job that finishes
 * ({@code Success} or {@code Failed}) is posted to its {@code CallBack} URL, as XML or JSON
 * ({@link CallbackPoster}).
 *
 * <p>Where the documentation is silent the server chooses, and says so in its messages: a list
 * query or a cancel it cannot carry out is a 400 {@code InvalidArgument}, and so is a
 * {@code PUT /jobs/<id>} without {@code ?cancel} (what the Java SDK's {@code cancelMediaJob}
 * sends, ci-api.md §2.3), which cancels nothing. A {@code CallBack} that is not an http or https
 * URL (nor {@code no}) is refused at submission, as the Java SDK refuses it before sending; a
 * cancelled job was never run and gets no callback.
 */
public final class LoopbackCiServer implements AutoCloseable {
    private final HttpServer server;
    private final CredentialsLookup credentials;
    private final SignatureVerifier verifier = SignatureVerifier.builder().build();
    private final List<Handled> handled = new CopyOnWriteArrayList<>();
    private final LoopbackJobs jobs = new LoopbackJobs(Clock.systemUTC());
    private final Map<String, CallbackTarget> callbackTargets = new ConcurrentHashMap<>();
    private final CallbackPoster callbacks = new CallbackPoster();
    private final AtomicInteger requestIds = new AtomicInteger();

    /**
     * One request the server handled.
     *
     * @param request what arrived
     * @param verification the verifier's verdict (null when no signature was checked)
     * @param status the HTTP status answered
     * @param body the body answered
     */
    public record Handled(IncomingRequest request, VerificationResult verification, int status, String body) {
    }

    private LoopbackCiServer(CredentialsLookup credentials) throws IOException {
        this.credentials = credentials;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
    }

    /** Starts a server that knows the given credentials. */
    public static LoopbackCiServer start(CredentialsLookup credentials) throws IOException {
        LoopbackCiServer ci = new LoopbackCiServer(credentials);
        ci.server.start();
        return ci;
    }

    /** {@code http://127.0.0.1:<port>}. */
    public URI baseUri() {
        return URI.create("http://" + host());
    }

    /** The Host a client sends and signs: {@code 127.0.0.1:<port>}. */
    public String host() {
        return server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
    }

    /** Every request handled so far, in order. */
    public List<Handled> handled() {
        return List.copyOf(handled);
    }

    /** The last request handled. */
    public Handled last() {
        if (handled.isEmpty()) {
            throw new IllegalStateException("the server has handled no request yet");
        }
        return handled.get(handled.size() - 1);
    }

    /**
     * Moves a job on as the service would ({@code Running}, {@code Success}, {@code Failed}, or
     * {@code Pause} when its queue is paused), so that a test can see what such a job answers;
     * {@code Success} adds the documented recognition result. When the job finishes
     * ({@code Success} or {@code Failed}) and asked for a callback, the callback is posted before
     * this returns, and recorded in {@link #callbacks()}.
     *
     * @throws IllegalArgumentException if this server has no such job, or it has ended
     */
    public void advanceJob(String jobId, JobState state) {
        JobsDetail job = jobs.advance(jobId, state);
        CallbackTarget target = callbackTargets.get(jobId);
        if (target != null && (state == JobState.SUCCESS || state == JobState.FAILED)) {
            callbacks.post(job, target);
        }
    }

    /** Every job callback posted (or, to a host that is not a loopback one, held back) so far, in order. */
    public List<CallbackDelivery> callbacks() {
        return callbacks.deliveries();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            try {
                answer(exchange);
            } catch (RuntimeException bug) {
                // A failure of this test server itself: answer 500 so the test fails with a reason, not a hang.
                byte[] text = ("loopback server failure: " + bug).getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(500, text.length);
                exchange.getResponseBody().write(text);
            }
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        IncomingRequest in = IncomingRequest.of(exchange);
        boolean ciDomain = in.path().startsWith("/jobs");
        String requestId = "req-" + requestIds.incrementAndGet();
        Verdict verdict = authenticate(in);
        ErrorReply error = verdict.error();
        String body = null;
        if (error == null) {
            Reply reply = route(in);
            error = reply.error();
            body = reply.body();
        }
        int status = 200;
        if (error != null) {
            error = error.identified(requestId, ciDomain ? null : host() + in.path());
            status = error.status();
            body = error.body().toXml();
        }
        handled.add(new Handled(in, verdict.verification(), status, body));
        respond(exchange, ciDomain, requestId, status, body);
    }

    /** The verifier's verdict (null when there was no signature to check) and the error to answer, if any. */
    private record Verdict(VerificationResult verification, ErrorReply error) {
    }

    private Verdict authenticate(IncomingRequest in) {
        String authorization = in.header("Authorization");
        if (!in.isPresigned() && authorization == null) {
            return new Verdict(null, ErrorReply.accessDenied("Access Denied. The request has neither an"
                    + " Authorization header nor a pre-signed query"));
        }
        try {
            VerificationResult verification = in.isPresigned() ? verifier.verifyPresigned(in.signable(), credentials)
                    : verifier.verify(in.signable(), authorization, credentials);
            ErrorReply error = rejection(verification);
            if (error == null) {
                error = tokenRejection(in, in.isPresigned() ? in.presignedSecretId()
                        : Authorization.parse(authorization).secretId());
            }
            return new Verdict(verification, error);
        } catch (IllegalArgumentException unsignable) {
            // e.g. a header with a line break or duplicate parameters: no signature can cover it.
            return new Verdict(null, ErrorReply.invalidArgument(unsignable.getMessage()));
        }
    }

    private static ErrorReply rejection(VerificationResult result) {
        return switch (result.reason()) {
            case VALID -> null;
            case SIGNATURE_MISMATCH -> ErrorReply.signatureDoesNotMatch(result.stringToSign(), result.httpString());
            case EXPIRED -> ErrorReply.expired();
            case NOT_YET_VALID -> ErrorReply.requestTimeTooSkewed(result.message());
            case UNKNOWN_SECRET_ID -> ErrorReply.invalidAccessKeyId();
            case MALFORMED, MISSING_HEADER, MISSING_PARAMETER -> ErrorReply.accessDenied(result.message());
        };
    }

    /** Temporary credentials: the token (header or parameter, cos or ci name) must be theirs. */
    private ErrorReply tokenRejection(IncomingRequest in, String secretId) {
        Credentials signer = credentials.find(secretId);
        if (signer == null || !signer.hasSessionToken()) {
            return null;
        }
        for (String name : List.of(SecurityToken.COS_NAME, SecurityToken.CI_NAME)) {
            String sent = in.header(name) != null ? in.header(name) : in.parameters().get(name);
            if (signer.sessionToken().equals(sent)) {
                return null;
            }
        }
        return ErrorReply.accessDenied("The security token is missing or does not belong to SecretId " + secretId);
    }

    private record Reply(String body, ErrorReply error) {
        static Reply ok(String body) {
            return new Reply(body, null);
        }

        static Reply fail(ErrorReply error) {
            return new Reply(null, error);
        }
    }

    private Reply route(IncomingRequest in) {
        if (in.path().equals("/jobs")) {
            return switch (in.method()) {
                case "POST" -> submit(in);
                case "GET" -> list(in);
                default -> Reply.fail(ErrorReply.notFound(in.path()));
            };
        }
        if (in.path().startsWith("/jobs/")) {
            String ids = in.path().substring("/jobs/".length());
            return switch (in.method()) {
                case "GET" -> query(ids);
                case "PUT" -> cancel(ids, in);
                default -> Reply.fail(ErrorReply.notFound(in.path()));
            };
        }
        if (in.method().equals("GET") && "AILicenseRec".equals(in.parameters().get("ci-process"))) {
            return recognise(in);
        }
        return Reply.fail(ErrorReply.notFound(in.path()));
    }

    private Reply submit(IncomingRequest in) {
        ValidationResult result = CiSchema.IMAGE_LICENSE_REC_JOB_REQUEST.validate(in.body());
        if (!result.isValid()) {
            return Reply.fail(ErrorReply.invalidArgument("The request body does not match the"
                    + " ImageLicenseRec job schema: " + result.report()));
        }
        ImageLicenseRecJobRequest request = ImageLicenseRecJobRequest.fromXml(new ByteArrayInputStream(in.body()));
        CallbackTarget target;
        try {
            target = CallbackTarget.of(request);
        } catch (IllegalArgumentException badCallBack) {
            return Reply.fail(ErrorReply.invalidArgument(badCallBack.getMessage()));
        }
        JobsDetail job = jobs.submit(request);
        if (target != null) {
            callbackTargets.put(job.getJobId(), target);
        }
        // One JobsDetail and no NextToken: the submit response's shape.
        return Reply.ok(DescribeJobsResponse.builder().addJobsDetail(job).build().toXml());
    }

    private Reply list(IncomingRequest in) {
        LoopbackJobs.Page page;
        try {
            page = jobs.list(JobListQuery.of(in.parameters()));
        } catch (IllegalArgumentException badQuery) {
            return Reply.fail(ErrorReply.invalidArgument(badQuery.getMessage()));
        }
        return Reply.ok(DescribeJobsResponse.builder().jobsDetail(page.jobs()).nextToken(page.nextToken()).build().toXml());
    }

    /** One or several ids (comma-separated, as the Go SDK's DescribeMultiMediaJob sends them). */
    private Reply query(String ids) {
        List<JobsDetail> found = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String id : ids.split(",")) {
            if (id.isEmpty()) {
                continue; // "/jobs/a,,b" or a trailing ','
            }
            JobsDetail job = jobs.find(id);
            if (job == null) {
                missing.add(id);
            } else {
                found.add(job);
            }
        }
        // The query response's own classes, with the JobsDetail carried over through their XML.
        String detail = DescribeJobsResponse.builder().jobsDetail(found).build().toXml();
        return Reply.ok(DescribeJobResponse.fromXml(detail).toBuilder().nonExistJobIds(missing).build().toXml());
    }

    private Reply cancel(String jobId, IncomingRequest in) {
        if (!in.parameters().containsKey("cancel")) {
            return Reply.fail(ErrorReply.invalidArgument("PUT /jobs/" + jobId + " without the cancel parameter cancels"
                    + " nothing; send PUT /jobs/" + jobId + "?cancel (and sign the cancel parameter)"));
        }
        String refusal = jobs.cancel(jobId);
        return refusal == null ? Reply.ok("") : Reply.fail(ErrorReply.invalidArgument(refusal));
    }

    private Reply recognise(IncomingRequest in) {
        String cardType = in.parameters().get("CardType");
        if (!"IDCard".equals(cardType) && !"DriverLicense".equals(cardType)) {
            return Reply.fail(ErrorReply.invalidArgument("CardType must be IDCard or DriverLicense, not " + cardType));
        }
        String detectUrl = in.parameters().get("detect-url");
        if (in.path().equals("/") && (detectUrl == null || detectUrl.isEmpty())) {
            return Reply.fail(ErrorReply.invalidArgument("Give an ObjectKey in the path or a detect-url parameter"));
        }
        return Reply.ok(Fixtures.text("docs/ai-license-rec-response-example.xml"));
    }

    private static void respond(HttpExchange exchange, boolean ciDomain, String requestId, int status, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > 0) {
            exchange.getResponseHeaders().set("Content-Type", "application/xml");
        }
        exchange.getResponseHeaders().set("Server", ciDomain ? "tencent-ci" : "tencent-cos");
        exchange.getResponseHeaders().set(ciDomain ? "x-ci-request-id" : "x-cos-request-id", requestId);
        if (status >= 300) {
            exchange.getResponseHeaders().set(ciDomain ? "x-ci-trace-id" : "x-cos-trace-id", "trace-" + requestId);
        }
        // -1: no body, sent as Content-Length: 0 (a 0 would mean a chunked body)
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
