package io.github.cosxml.tests.e2e;

import io.github.cosxml.core.sign.CosSigner;
import io.github.cosxml.core.sign.CosUrlEncoder;
import io.github.cosxml.core.sign.Credentials;
import io.github.cosxml.core.sign.KeyTime;
import io.github.cosxml.core.sign.SecurityToken;
import io.github.cosxml.core.sign.SignableRequest;
import io.github.cosxml.core.sign.SignatureExplanation;
import io.github.cosxml.tests.ci.job.request.ImageLicenseRecJobRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A small CI/COS client on {@link HttpClient}: builds the {@link SignableRequest} of a call exactly
 * as the JDK client will send it (it sets {@code Host} and {@code Content-Length} itself, so those
 * are signed with the values it will send), signs it with {@link CosSigner} in the header or the
 * pre-signed form, and sends it.
 */
final class CiClient {
    /** Where the signature goes. */
    enum Form {
        /** {@code Authorization: q-sign-algorithm=sha1&...}. */
        AUTHORIZATION_HEADER,
        /** The {@code q-*} fields in the query of a pre-signed URL. */
        PRESIGNED_URL,
        /**
         * The merged pre-signed form of the Java, Go and PHP SDKs: one parameter
         * {@code sign=<the whole Authorization, encoded>}, signed as {@link #PRESIGNED_URL} is.
         */
        MERGED_SIGN;

        /** Whether the signature travels in the query. */
        boolean isPresigned() {
            return this != AUTHORIZATION_HEADER;
        }
    }

    private final URI base;
    private final String host;
    private final CosSigner signer;
    private final Credentials credentials;
    /** One JDK client for every test: it is thread-safe and owns a selector thread. */
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1) // no h2c upgrade headers: the server sees what was signed
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    CiClient(URI base, CosSigner signer, Credentials credentials) {
        this.base = base;
        this.host = base.getRawAuthority();
        this.signer = signer;
        this.credentials = credentials;
    }

    /**
     * A signed call, ready to send. {@code headers} are the headers set on the JDK request (besides
     * {@code Host} and {@code Content-Length}, which it sets); a test may change them after signing.
     *
     * @param form where the signature goes
     * @param request what was signed
     * @param keyTime the KeyTime of the signature
     * @param uri the full URI, pre-signed query included in that form
     * @param headers headers to send
     * @param body the body, or null for none
     */
    record Call(Form form, SignableRequest request, KeyTime keyTime, URI uri, Map<String, String> headers, byte[] body) {
        /** The same call with one header set to another value (for tampering after signing). */
        Call withHeader(String name, String value) {
            Map<String, String> changed = new LinkedHashMap<>(headers);
            changed.put(name, value);
            return new Call(form, request, keyTime, uri, changed, body);
        }
    }

    /**
     * The answer.
     *
     * @param status the HTTP status
     * @param headers the response headers
     * @param body the body as text
     */
    record Reply(int status, java.net.http.HttpHeaders headers, String body) {
    }

    /** {@code POST /jobs} with the request's XML. */
    Call submit(ImageLicenseRecJobRequest job, Form form, KeyTime keyTime) {
        return call("POST", "/jobs", Map.of(), job.toXml().getBytes(StandardCharsets.UTF_8), form, keyTime);
    }

    /** {@code GET /jobs/<jobId>}. */
    Call query(String jobId, Form form, KeyTime keyTime) {
        return call("GET", "/jobs/" + jobId, Map.of(), null, form, keyTime);
    }

    /**
     * {@code GET /jobs?<query>}: one page of the job list (ci-api.md §2.2). Every parameter is signed
     * and sent percent-encoded, so a creation time's {@code +0800} goes as {@code %2B0800}.
     *
     * @param query the parameters in the order they are sent, e.g. {@code tag}, {@code size}, {@code nextToken}
     */
    Call list(Map<String, String> query, Form form, KeyTime keyTime) {
        return call("GET", "/jobs", query, null, form, keyTime);
    }

    /** {@code PUT /jobs/<jobId>?cancel}: the parameter has no value and is signed like any other (ci-api.md §2.3). */
    Call cancel(String jobId, Form form, KeyTime keyTime) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("cancel", null);
        return call("PUT", "/jobs/" + jobId, query, null, form, keyTime);
    }

    /** {@code PUT /jobs/<jobId>} without {@code ?cancel}: what the Java SDK's {@code cancelMediaJob} sends (ci-api.md §2.3). */
    Call cancelWithoutTheParameter(String jobId, Form form, KeyTime keyTime) {
        return call("PUT", "/jobs/" + jobId, Map.of(), null, form, keyTime);
    }

    /** {@code GET /<key>?ci-process=AILicenseRec&CardType=<cardType>}. */
    Call recogniseObject(String key, String cardType, Form form, KeyTime keyTime) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("ci-process", "AILicenseRec");
        query.put("CardType", cardType);
        return call("GET", "/" + key, query, null, form, keyTime);
    }

    /** {@code GET /?ci-process=AILicenseRec&CardType=<cardType>&detect-url=<url, encoded once>}. */
    Call recogniseUrl(String detectUrl, String cardType, Form form, KeyTime keyTime) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("ci-process", "AILicenseRec");
        query.put("CardType", cardType);
        query.put("detect-url", detectUrl);
        return call("GET", "/", query, null, form, keyTime);
    }

    /** Every intermediate value of the signature of {@code call} (KeyTime, HttpString, ...), in its form. */
    SignatureExplanation explain(Call call) {
        return call.form().isPresigned() ? signer.explainPresigned(call.request(), credentials, call.keyTime())
                : signer.explain(call.request(), credentials, call.keyTime());
    }

    /** Sends the call and reads the whole answer. */
    Reply send(Call call) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(call.uri()).timeout(Duration.ofSeconds(10))
                .method(call.request().method(), call.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(call.body()));
        call.headers().forEach(request::header);
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Reply(response.statusCode(), response.headers(), response.body());
    }

    /** {@code query}: names to values, a null value for a parameter without one ({@code ?cancel}). */
    private Call call(String method, String path, Map<String, String> query, byte[] body, Form form, KeyTime keyTime) {
        SignableRequest.Builder builder = SignableRequest.builder().method(method).path(path).header("Host", host);
        query.forEach(builder::parameter);
        Map<String, String> headers = new LinkedHashMap<>();
        if (body != null) {
            headers.put("Content-Type", "application/xml");
            builder.header("Content-Type", "application/xml").header("Content-Length", Integer.toString(body.length));
        }
        SignableRequest request = builder.build();
        String rawPath = CosUrlEncoder.encodePath(path);
        URI uri;
        if (form == Form.AUTHORIZATION_HEADER) {
            headers.put("Authorization", signer.authorization(request, credentials, keyTime));
            if (credentials.hasSessionToken()) {
                headers.put(SecurityToken.nameFor(request), credentials.sessionToken());
            }
            uri = URI.create(base + rawPath + encodeQuery(query));
        } else if (form == Form.PRESIGNED_URL) {
            uri = URI.create(signer.presignedUrl(base.getScheme(), request, credentials, keyTime));
        } else {
            Map<String, String> merged = new LinkedHashMap<>(query);
            if (credentials.hasSessionToken()) {
                merged.put(SecurityToken.nameFor(request), credentials.sessionToken());
            }
            merged.put("sign", signer.explainPresigned(request, credentials, keyTime).authorization());
            uri = URI.create(base + rawPath + encodeQuery(merged));
        }
        return new Call(form, request, keyTime, uri, Map.copyOf(headers), body);
    }

    private static String encodeQuery(Map<String, String> query) {
        if (query.isEmpty()) {
            return "";
        }
        StringJoiner encoded = new StringJoiner("&", "?", "");
        query.forEach((name, value) -> encoded.add(value == null ? CosUrlEncoder.encode(name)
                : CosUrlEncoder.encode(name) + "=" + CosUrlEncoder.encode(value)));
        return encoded.toString();
    }
}
