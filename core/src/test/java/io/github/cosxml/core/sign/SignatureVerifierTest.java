package io.github.cosxml.core.sign;

import static io.github.cosxml.core.sign.DocVectors.DOC_CREDENTIALS;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cosxml.core.sign.VerificationResult.Reason;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Each reason a verification can fail, on the documented examples. */
class SignatureVerifierTest {
    private static final String UPLOAD_AUTHORIZATION = "q-sign-algorithm=sha1&q-ak=AKIDQjz3ltompVjBni5LitkWHFlFpwkn9U5q"
            + "&q-sign-time=1557989151;1557996351&q-key-time=1557989151;1557996351"
            + "&q-header-list=content-length;content-md5;content-type;date;host;x-cos-acl;x-cos-grant-read"
            + "&q-url-param-list=&q-signature=3b8851a11a569213c17ba8fa7dcf2abec6935172";

    private static SignatureVerifier at(long epochSeconds, long toleranceSeconds) {
        return SignatureVerifier.builder().clock(Clock.fixed(Instant.ofEpochSecond(epochSeconds), ZoneOffset.UTC))
                .tolerance(Duration.ofSeconds(toleranceSeconds)).build();
    }

    private final SignatureVerifier inWindow = at(1557990000L, 0);

    @Test
    void documentedUploadVerifies() {
        VerificationResult r = inWindow.verify(DocVectors.upload(), UPLOAD_AUTHORIZATION, DOC_CREDENTIALS);
        assertThat(r.isValid()).as(r.toString()).isTrue();
        assertThat(r.reason()).isEqualTo(Reason.VALID);
    }

    @Test
    void expiredAndNotYetValidRespectTheTolerance() {
        assertThat(at(1557996351L + 61, 60).verify(DocVectors.upload(), UPLOAD_AUTHORIZATION, DOC_CREDENTIALS).reason())
                .isEqualTo(Reason.EXPIRED);
        assertThat(at(1557996351L + 60, 60).verify(DocVectors.upload(), UPLOAD_AUTHORIZATION, DOC_CREDENTIALS).isValid()).isTrue();
        VerificationResult early = at(1557989151L - 61, 60).verify(DocVectors.upload(), UPLOAD_AUTHORIZATION, DOC_CREDENTIALS);
        assertThat(early.reason()).isEqualTo(Reason.NOT_YET_VALID);
        assertThat(early.message()).contains("q-sign-time").contains("61 s");
        assertThat(at(1557989151L - 60, 60).verify(DocVectors.upload(), UPLOAD_AUTHORIZATION, DOC_CREDENTIALS).isValid()).isTrue();
    }

    @Test
    void missingListedHeader() {
        SignableRequest withoutMd5 = SignableRequest.builder().method("PUT").path(DocVectors.PATH)
                .header("Date", "Thu, 16 May 2019 06:45:51 GMT").header("Host", DocVectors.HOST)
                .header("Content-Type", "text/plain").header("Content-Length", "13")
                .header("x-cos-acl", "private").header("x-cos-grant-read", "uin=\"100000000011\"").build();
        VerificationResult r = inWindow.verify(withoutMd5, UPLOAD_AUTHORIZATION, DOC_CREDENTIALS);
        assertThat(r.reason()).isEqualTo(Reason.MISSING_HEADER);
        assertThat(r.message()).contains("'content-md5'");
    }

    @Test
    void missingListedParameter() {
        String auth = "q-sign-algorithm=sha1&q-ak=AKIDQjz3ltompVjBni5LitkWHFlFpwkn9U5q"
                + "&q-sign-time=1557989753;1557996953&q-key-time=1557989753;1557996953"
                + "&q-header-list=date;host&q-url-param-list=response-cache-control;response-content-type"
                + "&q-signature=01681b8c9d798a678e43b685a9f1bba0f6c0e012";
        assertThat(inWindow.verify(DocVectors.download(), auth, DOC_CREDENTIALS).isValid()).isTrue();
        SignableRequest oneParameter = SignableRequest.builder().method("GET").path(DocVectors.PATH)
                .parameter("response-content-type", "application/octet-stream")
                .header("Date", "Thu, 16 May 2019 06:55:53 GMT").header("Host", DocVectors.HOST).build();
        VerificationResult r = inWindow.verify(oneParameter, auth, DOC_CREDENTIALS);
        assertThat(r.reason()).isEqualTo(Reason.MISSING_PARAMETER);
        assertThat(r.message()).contains("'response-cache-control'");
    }

    @Test
    void mismatchCarriesTheRecomputedStringsButNoSecret() {
        VerificationResult r = inWindow.verify(DocVectors.uploadWithPath("/exampleobject(tencentcloud)"),
                UPLOAD_AUTHORIZATION, DOC_CREDENTIALS);
        assertThat(r.reason()).isEqualTo(Reason.SIGNATURE_MISMATCH);
        assertThat(r.httpString()).startsWith("put\n/exampleobject(tencentcloud)\n\ncontent-length=13&");
        assertThat(r.stringToSign()).isEqualTo("sha1\n1557989151;1557996351\n5667f9473238ac91794802d1117876f2c0a0b052\n");
        assertThat(r.message()).contains("StringToSign=sha1\\n1557989151;1557996351\\n5667f9473238ac91794802d1117876f2c0a0b052\\n")
                .contains("q-header-list=content-length;content-md5;content-type;date;host;x-cos-acl;x-cos-grant-read")
                .doesNotContain(DOC_CREDENTIALS.secretKey()).doesNotContain("eb2519b498b02ac213cb1f3d1a3d27a3b3c9bc5f");
    }

    @Test
    void unknownSecretId() {
        VerificationResult r = inWindow.verify(DocVectors.upload(), UPLOAD_AUTHORIZATION, Credentials.of("AKIDother", "k"));
        assertThat(r.reason()).isEqualTo(Reason.UNKNOWN_SECRET_ID);
        assertThat(r.message()).contains("AKIDQjz3ltompVjBni5LitkWHFlFpwkn9U5q");
    }

    @Test
    void malformedAuthorizations() {
        String[][] cases = {
                {"", "empty"},
                {UPLOAD_AUTHORIZATION.replace("q-sign-algorithm=sha1", "q-sign-algorithm=md5"), "only 'sha1'"},
                {UPLOAD_AUTHORIZATION.replace("&q-key-time=1557989151;1557996351", ""), "'q-key-time' is missing"},
                {UPLOAD_AUTHORIZATION.replace("q-sign-time=1557989151;1557996351", "q-sign-time=1557996351;1557989151"), "before its start"},
                {UPLOAD_AUTHORIZATION.replace("q-signature=3b88", "q-signature=3B88"), "40 lower-case hex"},
                {UPLOAD_AUTHORIZATION + "&q-ak=x", "appears twice"},
                {UPLOAD_AUTHORIZATION + "&x-extra=1", "unknown field 'x-extra'"},
                {UPLOAD_AUTHORIZATION.replace("date;host", "date;;host"), "empty name"},
        };
        for (String[] c : cases) {
            VerificationResult r = inWindow.verify(DocVectors.upload(), c[0], DOC_CREDENTIALS);
            assertThat(r.reason()).as(c[0]).isEqualTo(Reason.MALFORMED);
            assertThat(r.message()).as(c[0]).contains(c[1]);
        }
    }

    @Test
    void queryFormAuthorizationIsAccepted() {
        String queryForm = UPLOAD_AUTHORIZATION.replace(";", "%3B");
        assertThat(inWindow.verify(DocVectors.upload(), queryForm, DOC_CREDENTIALS).isValid()).isTrue();
    }

    @Test
    void presignedQueryOfTheDownloadExampleVerifies() {
        CosSigner signer = CosSigner.builder().headerPolicy(HeaderPolicy.all()).build();
        String query = signer.presignedQuery(DocVectors.download(), DOC_CREDENTIALS, DocVectors.DOWNLOAD_KEY_TIME);
        assertThat(query).isEqualTo("response-content-type=application%2Foctet-stream&response-cache-control=max-age%3D600"
                + "&q-sign-algorithm=sha1&q-ak=AKIDQjz3ltompVjBni5LitkWHFlFpwkn9U5q"
                + "&q-sign-time=1557989753%3B1557996953&q-key-time=1557989753%3B1557996953"
                + "&q-header-list=date%3Bhost&q-url-param-list=response-cache-control%3Bresponse-content-type"
                + "&q-signature=01681b8c9d798a678e43b685a9f1bba0f6c0e012");

        SignableRequest received = QueryStrings.withQuery(
                SignableRequest.builder().method("GET").path(DocVectors.PATH)
                        .header("Date", "Thu, 16 May 2019 06:55:53 GMT").header("Host", DocVectors.HOST), query);
        assertThat(inWindow.verifyPresigned(received, CredentialsLookup.of(DOC_CREDENTIALS)).isValid()).isTrue();
        assertThat(inWindow.verify(DocVectors.download(), query, DOC_CREDENTIALS).isValid())
                .as("the whole pre-signed query passed as the authorization").isTrue();
    }

    @Test
    void presignedRequestMissingAField() {
        SignableRequest received = SignableRequest.builder().method("GET").path("/").parameter("q-ak", "x").build();
        VerificationResult r = inWindow.verifyPresigned(received, CredentialsLookup.of(DOC_CREDENTIALS));
        assertThat(r.reason()).isEqualTo(Reason.MALFORMED);
        assertThat(r.message()).contains("'q-sign-algorithm' is missing");
    }

    @Test
    void listedNamesWithEncodedCharactersAreMatched() {
        SignableRequest r = SignableRequest.builder().method("GET").path("/a").parameter("水印", "x y")
                .header("Host", DocVectors.HOST).build();
        CosSigner signer = CosSigner.builder().build();
        String auth = signer.authorization(r, DOC_CREDENTIALS, DocVectors.UPLOAD_KEY_TIME);
        assertThat(auth).contains("q-url-param-list=%e6%b0%b4%e5%8d%b0&");
        assertThat(inWindow.verify(r, auth, DOC_CREDENTIALS).isValid()).isTrue();
        String presigned = signer.presignedQuery(r, DOC_CREDENTIALS, DocVectors.UPLOAD_KEY_TIME);
        assertThat(presigned).contains("q-url-param-list=%25e6%25b0%25b4%25e5%258d%25b0&");
        SignableRequest received = QueryStrings.withQuery(
                SignableRequest.builder().method("GET").path("/a").header("Host", DocVectors.HOST), presigned);
        assertThat(inWindow.verifyPresigned(received, CredentialsLookup.of(DOC_CREDENTIALS)).isValid()).isTrue();
    }
}
