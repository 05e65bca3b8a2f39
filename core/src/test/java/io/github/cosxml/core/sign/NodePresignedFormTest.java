package io.github.cosxml.core.sign;

import static io.github.cosxml.core.sign.DocVectors.DOC_CREDENTIALS;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cosxml.core.sign.VerificationResult.Reason;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The pre-signed URL of the Node.js SDK (spec §3.4): its Authorization goes into the query as it
 * is, with {@code ;} not encoded, except {@code q-url-param-list}, whose value is encoded once more
 * and lower-cased ({@code %3b}); then an unsigned {@code &x-cos-security-token=<token>}, then the
 * request's parameters. The queries below are written out by hand from that description and the
 * documented download example as Node signs it (§2.6 D2: {@code Date} is not signed). They are
 * byte for byte what {@code getObjectUrl} of cos-nodejs-sdk-v5 3.0.0 returned for the same inputs,
 * with {@code Date.now} fixed and the token given as STS credentials (the host and path before the
 * {@code ?} left out).
 */
class NodePresignedFormTest {
    private static final String TOKEN = "nodeSessionToken_0123-abc";
    private static final String D2_SIGNATURE = "cf18ded2f669fcafa4b98e02c2a3fdb2b2e55c43";
    private static final String NODE_AUTHORIZATION = "q-sign-algorithm=sha1&q-ak=AKIDQjz3ltompVjBni5LitkWHFlFpwkn9U5q"
            + "&q-sign-time=1557989753;1557996953&q-key-time=1557989753;1557996953&q-header-list=host"
            + "&q-url-param-list=response-cache-control%3bresponse-content-type&q-signature=" + D2_SIGNATURE;
    private static final String PARAMETERS = "response-cache-control=max-age%3D600&response-content-type=application%2Foctet-stream";
    private static final String WITHOUT_TOKEN = NODE_AUTHORIZATION + "&" + PARAMETERS;
    private static final String WITH_TOKEN = NODE_AUTHORIZATION + "&x-cos-security-token=" + TOKEN + "&" + PARAMETERS;

    private final SignatureVerifier verifier = SignatureVerifier.builder()
            .clock(Clock.fixed(Instant.ofEpochSecond(1557990000L), ZoneOffset.UTC)).build();

    private VerificationResult verify(String query, Credentials credentials) {
        return verifier.verifyPresigned(QueryStrings.downloadExampleWithQuery(query), CredentialsLookup.of(credentials));
    }

    @Test
    void nodeQueryWithoutTokenVerifies() {
        VerificationResult r = verify(WITHOUT_TOKEN, DOC_CREDENTIALS);
        assertThat(r.isValid()).as(r.toString()).isTrue();
    }

    @Test
    void nodeQueryWithItsUnsignedTokenVerifies() {
        Credentials temporary = Credentials.temporary(DOC_CREDENTIALS.secretId(), DOC_CREDENTIALS.secretKey(), TOKEN);
        VerificationResult r = verify(WITH_TOKEN, temporary);
        assertThat(r.isValid()).as(r.toString()).isTrue();
    }

    @Test
    void oneChangedByteInASignedPartFails() {
        Credentials temporary = Credentials.temporary(DOC_CREDENTIALS.secretId(), DOC_CREDENTIALS.secretKey(), TOKEN);
        for (String query : new String[] {WITHOUT_TOKEN, WITH_TOKEN}) {
            String value = query.replace("max-age%3D600", "max-age%3D601");
            assertThat(verify(value, temporary).reason()).as(value).isEqualTo(Reason.SIGNATURE_MISMATCH);
            String signature = query.replace(D2_SIGNATURE, "cf18ded2f669fcafa4b98e02c2a3fdb2b2e55c42");
            assertThat(verify(signature, temporary).reason()).as(signature).isEqualTo(Reason.SIGNATURE_MISMATCH);
            String list = query.replace("response-cache-control%3bresponse", "response-cache-control%3bresponsf");
            assertThat(verify(list, temporary).reason()).as(list).isEqualTo(Reason.MISSING_PARAMETER);
        }
    }

    @Test
    void encodedNamesInNodesLowerCasedParameterList() {
        // Node encodes the list once more with encodeURIComponent and lower-cases the result: the
        // canonical name %e6%b0%b4%e5%8d%b0 of 水印 becomes %25e6%25b0%25b4%25e5%258d%25b0.
        String query = "q-sign-algorithm=sha1&q-ak=AKIDQjz3ltompVjBni5LitkWHFlFpwkn9U5q"
                + "&q-sign-time=1557989753;1557996953&q-key-time=1557989753;1557996953&q-header-list=host"
                + "&q-url-param-list=%25e6%25b0%25b4%25e5%258d%25b0&q-signature=c6e82858d1cf7fd716bcd5da9eccbde29515ac20"
                + "&x-cos-security-token=" + TOKEN + "&%E6%B0%B4%E5%8D%B0=x%20y";
        for (String sent : new String[] {query, query.replace("&x-cos-security-token=" + TOKEN, "")}) {
            SignableRequest received = QueryStrings.withQuery(SignableRequest.builder().method("GET").path("/a")
                    .header("Host", DocVectors.HOST), sent);
            VerificationResult r = verifier.verifyPresigned(received, CredentialsLookup.of(DOC_CREDENTIALS));
            assertThat(r.isValid()).as(r.toString()).isTrue();
            SignableRequest changed = QueryStrings.withQuery(SignableRequest.builder().method("GET").path("/a")
                    .header("Host", DocVectors.HOST), sent.replace("x%20y", "x%20z"));
            assertThat(verifier.verifyPresigned(changed, CredentialsLookup.of(DOC_CREDENTIALS)).reason())
                    .isEqualTo(Reason.SIGNATURE_MISMATCH);
        }
    }
}
