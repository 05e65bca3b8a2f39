package io.github.cosxml.core.sign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cosxml.core.sign.VerificationResult.Reason;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * The Go SDK signs a repeated parameter ({@code k=v1&k=v2}) as every pair, values sorted, and
 * repeats the name in the list ({@code k;k}) (spec §1.3, §3.2). cosxml does not support repeated
 * names: {@link SignableRequest} cannot hold them, and the verifier answers MALFORMED with a message
 * that names the Go SDK and says what to do. The signatures here are computed the Go way with the
 * JDK alone.
 */
class GoRepeatedNamesTest {
    private static final String SECRET_ID = "AKIDQjz3ltompVjBni5LitkWHFlFpwkn9U5q";
    private static final String SECRET_KEY = "BQYIM75p8x0iWVFSIgqEKwFprpRSVHlz";
    private static final String TOKEN = "goSessionToken_0123-abc";
    private static final String KEY_TIME = "1700000000;1700003600";
    private static final String HOST = "examplebucket-1250000000.cos.ap-beijing.myqcloud.com";

    private final SignatureVerifier verifier = SignatureVerifier.builder()
            .clock(Clock.fixed(Instant.ofEpochSecond(1700000100L), ZoneOffset.UTC)).build();

    /** Go's Authorization for {@code GET /a} with {@code Host} signed. */
    private static String goAuthorization(String urlParamList, String httpParameters) {
        return goAuthorization(urlParamList, httpParameters, "host", "host=" + HOST);
    }

    private static String goAuthorization(String urlParamList, String httpParameters, String headerList, String httpHeaders) {
        String httpString = "get\n/a\n" + httpParameters + "\n" + httpHeaders + "\n";
        String stringToSign = "sha1\n" + KEY_TIME + "\n" + hex(sha1(httpString)) + "\n";
        String signature = hex(hmacSha1(hex(hmacSha1(SECRET_KEY, KEY_TIME)), stringToSign));
        return "q-sign-algorithm=sha1&q-ak=" + SECRET_ID + "&q-sign-time=" + KEY_TIME + "&q-key-time=" + KEY_TIME
                + "&q-header-list=" + headerList + "&q-url-param-list=" + urlParamList + "&q-signature=" + signature;
    }

    /** Go's pre-signed query (GetPresignedURL2): the Authorization with '&' and '=' kept, the rest encoded. */
    private static String goPresignedQuery(String authorization, String parameters) {
        return parameters + "&" + authorization.replace(";", "%3B");
    }

    private static SignableRequest.Builder getA() {
        return SignableRequest.builder().method("GET").path("/a").header("Host", HOST);
    }

    private static Credentials credentials(boolean withToken) {
        return withToken ? Credentials.temporary(SECRET_ID, SECRET_KEY, TOKEN) : Credentials.of(SECRET_ID, SECRET_KEY);
    }

    private static void assertGoDuplicateMessage(VerificationResult r) {
        assertThat(r.reason()).as(r.toString()).isEqualTo(Reason.MALFORMED);
        assertThat(r.message()).contains("q-url-param-list lists 'k' twice").contains("Go SDK")
                .contains("k=v1&k=v2").contains("send each name once").doesNotContain(SECRET_KEY);
    }

    @Test
    void aSingleValuedGoSignatureVerifiesAndOneChangedByteFails() {
        for (boolean withToken : new boolean[] {false, true}) {
            String list = withToken ? "k;x-cos-security-token" : "k";
            String pairs = withToken ? "k=v1&x-cos-security-token=" + TOKEN : "k=v1";
            String authorization = goAuthorization(list, pairs);
            String query = goPresignedQuery(authorization, pairs);
            CredentialsLookup lookup = CredentialsLookup.of(credentials(withToken));
            VerificationResult r = verifier.verifyPresigned(QueryStrings.withQuery(getA(), query), lookup);
            assertThat(r.isValid()).as(r.toString()).isTrue();
            VerificationResult changed = verifier.verifyPresigned(QueryStrings.withQuery(getA(), query.replace("k=v1", "k=v2")), lookup);
            assertThat(changed.reason()).isEqualTo(Reason.SIGNATURE_MISMATCH);
        }
    }

    @Test
    void aRepeatedParameterCannotBeBuiltIntoARequest() {
        assertThatThrownBy(() -> getA().parameter("k", "v1").parameter("k", "v2").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'k'");
    }

    @Test
    void theHeaderFormWithARepeatedNameIsMalformedAndSaysWhy() {
        for (boolean withToken : new boolean[] {false, true}) {
            // Go signs the token header of the header form (spec §3.2)
            String authorization = withToken
                    ? goAuthorization("k;k", "k=v1&k=v2", "host;x-cos-security-token", "host=" + HOST + "&x-cos-security-token=" + TOKEN)
                    : goAuthorization("k;k", "k=v1&k=v2");
            // a service that keeps one value of a repeated parameter, as many HTTP stacks do
            SignableRequest.Builder received = getA().parameter("k", "v2");
            if (withToken) {
                received.header("x-cos-security-token", TOKEN);
            }
            assertGoDuplicateMessage(verifier.verify(received.build(), authorization, credentials(withToken)));
        }
    }

    @Test
    void thePresignedFormWithARepeatedNameIsMalformedAndSaysWhy() {
        for (boolean withToken : new boolean[] {false, true}) {
            String list = withToken ? "k;k;x-cos-security-token" : "k;k";
            String pairs = withToken ? "k=v1&k=v2&x-cos-security-token=" + TOKEN : "k=v1&k=v2";
            String query = goPresignedQuery(goAuthorization(list, pairs), pairs).replace("k=v1&", "");
            VerificationResult r = verifier.verifyPresigned(QueryStrings.withQuery(getA(), query),
                    CredentialsLookup.of(credentials(withToken)));
            assertGoDuplicateMessage(r);
        }
    }

    @Test
    void theMergedFormWithARepeatedNameIsMalformedAndSaysWhy() {
        for (boolean withToken : new boolean[] {false, true}) {
            // SignMerged: sign=<the whole Authorization, encoded>, an unsigned token after it
            String query = "k=v2&sign=" + CosUrlEncoder.encode(goAuthorization("k;k", "k=v1&k=v2"))
                    + (withToken ? "&x-cos-security-token=" + TOKEN : "");
            VerificationResult r = verifier.verifyPresigned(QueryStrings.withQuery(getA(), query),
                    CredentialsLookup.of(credentials(withToken)));
            assertGoDuplicateMessage(r);
            assertThat(r.message()).contains("'sign'");
        }
    }

    private static byte[] sha1(String text) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] hmacSha1(String key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    private static String hex(byte[] bytes) {
        StringBuilder s = new StringBuilder();
        for (byte b : bytes) {
            s.append(String.format("%02x", b));
        }
        return s.toString();
    }
}
