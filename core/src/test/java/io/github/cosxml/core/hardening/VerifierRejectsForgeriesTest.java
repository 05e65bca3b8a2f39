package io.github.cosxml.core.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.cosxml.core.sign.Authorization;
import io.github.cosxml.core.sign.CosSigner;
import io.github.cosxml.core.sign.Credentials;
import io.github.cosxml.core.sign.CredentialsLookup;
import io.github.cosxml.core.sign.HeaderPolicy;
import io.github.cosxml.core.sign.KeyTime;
import io.github.cosxml.core.sign.SignableRequest;
import io.github.cosxml.core.sign.SignatureVerifier;
import io.github.cosxml.core.sign.VerificationResult;
import io.github.cosxml.core.sign.VerificationResult.Reason;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * What an attacker can send a verifier: a replayed signature outside its window, a signature made
 * for another request, a damaged signature, an Authorization with a field twice or missing. Each is
 * rejected with the reason that says why; none verifies.
 */
class VerifierRejectsForgeriesTest {
    private static final Credentials CREDENTIALS =
            Credentials.of("AKIDQjz3ltompVjBni5LitkWHFlFpwkn9U5q", "BQYIM75p8x0iWVFSIgqEKwFprpRSVHlz");
    private static final String HOST = "examplebucket-1250000000.cos.ap-beijing.myqcloud.com";
    private static final long START = 1_700_000_000L;
    private static final KeyTime WINDOW = KeyTime.of(START, START + 900);

    private static final SignableRequest REQUEST = SignableRequest.builder().method("GET").path("/photos/cat.jpg")
            .parameter("response-content-type", "image/jpeg").parameter("versionId", "v1")
            .header("Host", HOST).header("Range", "bytes=0-99").build();
    private static final CosSigner SIGNER = CosSigner.builder().headerPolicy(HeaderPolicy.all()).build();
    private static final String AUTHORIZATION = SIGNER.authorization(REQUEST, CREDENTIALS, WINDOW);

    private static SignatureVerifier at(long now, long toleranceSeconds) {
        return SignatureVerifier.builder().clock(Clock.fixed(Instant.ofEpochSecond(now), ZoneOffset.UTC))
                .tolerance(Duration.ofSeconds(toleranceSeconds)).build();
    }

    private static VerificationResult verifyInWindow(SignableRequest request, String authorization) {
        return at(START + 100, 0).verify(request, authorization, CredentialsLookup.of(CREDENTIALS));
    }

    private static SignableRequest.Builder like() {
        return SignableRequest.builder().method("GET").path("/photos/cat.jpg");
    }

    @Test
    void theUntouchedSignatureVerifiesInItsWindowOnly() {
        assertThat(verifyInWindow(REQUEST, AUTHORIZATION).reason()).isEqualTo(Reason.VALID);
        assertThat(at(START, 0).verify(REQUEST, AUTHORIZATION, CREDENTIALS).reason()).isEqualTo(Reason.VALID);
        assertThat(at(START + 900, 0).verify(REQUEST, AUTHORIZATION, CREDENTIALS).reason()).isEqualTo(Reason.VALID);
    }

    @Test
    void aReplayAfterTheWindowIsExpired() {
        VerificationResult r = at(START + 901, 0).verify(REQUEST, AUTHORIZATION, CREDENTIALS);
        assertThat(r.reason()).isEqualTo(Reason.EXPIRED);
        assertThat(r.message()).contains("q-sign-time " + WINDOW).contains("1 s before now");
        assertThat(at(START + 86_400 * 365, 0).verify(REQUEST, AUTHORIZATION, CREDENTIALS).reason()).isEqualTo(Reason.EXPIRED);
        // the tolerance stretches the window by exactly its length, no more
        assertThat(at(START + 960, 60).verify(REQUEST, AUTHORIZATION, CREDENTIALS).reason()).isEqualTo(Reason.VALID);
        assertThat(at(START + 961, 60).verify(REQUEST, AUTHORIZATION, CREDENTIALS).reason()).isEqualTo(Reason.EXPIRED);
    }

    @Test
    void aSignatureUsedBeforeItsWindowIsNotYetValid() {
        assertThat(at(START - 1, 0).verify(REQUEST, AUTHORIZATION, CREDENTIALS).reason()).isEqualTo(Reason.NOT_YET_VALID);
        assertThat(at(START - 61, 60).verify(REQUEST, AUTHORIZATION, CREDENTIALS).reason()).isEqualTo(Reason.NOT_YET_VALID);
    }

    @Test
    void movingTheWindowOfACapturedSignatureBreaksIt() {
        KeyTime later = KeyTime.of(START + 86_400, START + 86_400 + 900);
        String moved = AUTHORIZATION.replace(WINDOW.toString(), later.toString());
        assertThat(moved).isNotEqualTo(AUTHORIZATION);
        VerificationResult r = at(START + 86_500, 0).verify(REQUEST, moved, CREDENTIALS);
        assertThat(r.reason()).isEqualTo(Reason.SIGNATURE_MISMATCH);
        // only one of the two windows moved: still no good
        String signTimeOnly = AUTHORIZATION.replace("q-sign-time=" + WINDOW, "q-sign-time=" + later);
        assertThat(at(START + 86_500, 0).verify(REQUEST, signTimeOnly, CREDENTIALS).isValid()).isFalse();
        String keyTimeOnly = AUTHORIZATION.replace("q-key-time=" + WINDOW, "q-key-time=" + later);
        assertThat(at(START + 100, 0).verify(REQUEST, keyTimeOnly, CREDENTIALS).isValid()).isFalse();
    }

    @Test
    void anotherMethodIsAMismatch() {
        SignableRequest put = REQUEST.toBuilder().method("PUT").build();
        assertThat(verifyInWindow(put, AUTHORIZATION).reason()).isEqualTo(Reason.SIGNATURE_MISMATCH);
        // a method differing only in case signs the same (the method is lower-cased in HttpString)
        assertThat(verifyInWindow(REQUEST.toBuilder().method("get").build(), AUTHORIZATION).reason()).isEqualTo(Reason.VALID);
    }

    @Test
    void anotherPathIsAMismatch() {
        for (String path : new String[] {"/photos/dog.jpg", "/photos/cat.jpg/", "/Photos/cat.jpg", "/photos/cat.jpg ",
                "/photos%2Fcat.jpg", "/"}) {
            SignableRequest other = REQUEST.toBuilder().path(path).build();
            assertThat(verifyInWindow(other, AUTHORIZATION).reason()).as(path).isEqualTo(Reason.SIGNATURE_MISMATCH);
        }
    }

    @Test
    void anotherHostIsAMismatch() {
        SignableRequest other = like().parameter("response-content-type", "image/jpeg").parameter("versionId", "v1")
                .header("Host", "attackerbucket-1250000000.cos.ap-beijing.myqcloud.com").header("Range", "bytes=0-99").build();
        assertThat(verifyInWindow(other, AUTHORIZATION).reason()).isEqualTo(Reason.SIGNATURE_MISMATCH);
        SignableRequest noHost = like().parameter("response-content-type", "image/jpeg").parameter("versionId", "v1")
                .header("Range", "bytes=0-99").build();
        assertThat(verifyInWindow(noHost, AUTHORIZATION).reason()).isEqualTo(Reason.MISSING_HEADER);
    }

    @Test
    void anotherParameterSetIsRejected() {
        SignableRequest otherValue = like().parameter("response-content-type", "text/html").parameter("versionId", "v1")
                .header("Host", HOST).header("Range", "bytes=0-99").build();
        assertThat(verifyInWindow(otherValue, AUTHORIZATION).reason()).isEqualTo(Reason.SIGNATURE_MISMATCH);
        SignableRequest oneFewer = like().parameter("response-content-type", "image/jpeg")
                .header("Host", HOST).header("Range", "bytes=0-99").build();
        assertThat(verifyInWindow(oneFewer, AUTHORIZATION).reason()).isEqualTo(Reason.MISSING_PARAMETER);
        SignableRequest valueless = like().parameter("response-content-type", "image/jpeg").parameter("versionId")
                .header("Host", HOST).header("Range", "bytes=0-99").build();
        assertThat(verifyInWindow(valueless, AUTHORIZATION).reason()).isEqualTo(Reason.SIGNATURE_MISMATCH);
        // dropping a name from q-url-param-list (to free that parameter) changes what is signed
        String shorter = AUTHORIZATION.replace("q-url-param-list=response-content-type;versionid",
                "q-url-param-list=response-content-type");
        assertThat(shorter).isNotEqualTo(AUTHORIZATION);
        assertThat(verifyInWindow(REQUEST, shorter).reason()).isEqualTo(Reason.SIGNATURE_MISMATCH);
        String noHeaders = AUTHORIZATION.replace("q-header-list=host;range", "q-header-list=host");
        assertThat(noHeaders).isNotEqualTo(AUTHORIZATION);
        assertThat(verifyInWindow(REQUEST, noHeaders).reason()).isEqualTo(Reason.SIGNATURE_MISMATCH);
    }

    @Test
    void anotherSecretIdOrKeyIsRejected() {
        String otherAk = AUTHORIZATION.replace("q-ak=" + CREDENTIALS.secretId(), "q-ak=AKIDattacker");
        assertThat(verifyInWindow(REQUEST, otherAk).reason()).isEqualTo(Reason.UNKNOWN_SECRET_ID);
        Credentials otherKey = Credentials.of(CREDENTIALS.secretId(), "not-the-key");
        assertThat(at(START + 100, 0).verify(REQUEST, AUTHORIZATION, otherKey).reason()).isEqualTo(Reason.SIGNATURE_MISMATCH);
    }

    @Test
    void aTruncatedSignatureIsMalformed() {
        String signature = Authorization.parse(AUTHORIZATION).signature();
        for (int length : new int[] {39, 20, 1, 0}) {
            String truncated = AUTHORIZATION.replace("q-signature=" + signature, "q-signature=" + signature.substring(0, length));
            VerificationResult r = verifyInWindow(REQUEST, truncated);
            assertThat(r.reason()).as("%d hex digits", length).isEqualTo(Reason.MALFORMED);
            assertThat(r.message()).contains("q-signature").contains("40 lower-case hex digits");
        }
        VerificationResult longer = verifyInWindow(REQUEST, AUTHORIZATION + "0");
        assertThat(longer.reason()).isEqualTo(Reason.MALFORMED);
        VerificationResult cut = verifyInWindow(REQUEST, AUTHORIZATION.substring(0, AUTHORIZATION.indexOf("&q-signature=")));
        assertThat(cut.reason()).isEqualTo(Reason.MALFORMED);
        assertThat(cut.message()).contains("'q-signature' is missing");
    }

    @Test
    void anUpperCasedSignatureIsMalformed() {
        String signature = Authorization.parse(AUTHORIZATION).signature();
        assertThat(signature).matches(".*[a-f].*");
        String upper = AUTHORIZATION.replace(signature, signature.toUpperCase(Locale.ROOT));
        VerificationResult r = verifyInWindow(REQUEST, upper);
        assertThat(r.reason()).isEqualTo(Reason.MALFORMED);
        assertThat(r.message()).contains("is not 40 lower-case hex digits");
    }

    @Test
    void aSignatureWithOneDigitChangedIsAMismatch() {
        String signature = Authorization.parse(AUTHORIZATION).signature();
        for (int i = 0; i < 40; i += 13) {
            char flipped = signature.charAt(i) == '0' ? '1' : '0';
            String damaged = signature.substring(0, i) + flipped + signature.substring(i + 1);
            assertThat(verifyInWindow(REQUEST, AUTHORIZATION.replace(signature, damaged)).reason())
                    .as("digit %d", i).isEqualTo(Reason.SIGNATURE_MISMATCH);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"q-sign-algorithm", "q-ak", "q-sign-time", "q-key-time", "q-header-list", "q-url-param-list",
            "q-signature"})
    void aDuplicatedFieldIsMalformed(String field) {
        String value = field(AUTHORIZATION, field);
        for (String twice : new String[] {AUTHORIZATION + "&" + field + "=" + value, field + "=" + value + "&" + AUTHORIZATION}) {
            VerificationResult r = verifyInWindow(REQUEST, twice);
            assertThat(r.reason()).as(twice).isEqualTo(Reason.MALFORMED);
            assertThat(r.message()).isEqualTo("field '" + field + "' appears twice in the authorization");
        }
        // the same in the pre-signed query form (';' encoded), where other parameters are ignored
        String query = "x=1&" + AUTHORIZATION.replace(";", "%3B") + "&" + field + "=" + value.replace(";", "%3B");
        assertThat(verifyInWindow(REQUEST, query).reason()).as(query).isEqualTo(Reason.MALFORMED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"q-sign-algorithm", "q-ak", "q-sign-time", "q-key-time", "q-header-list", "q-url-param-list",
            "q-signature"})
    void aMissingFieldIsMalformed(String field) {
        String without = remove(AUTHORIZATION, field);
        VerificationResult r = verifyInWindow(REQUEST, without);
        assertThat(r.reason()).as(without).isEqualTo(Reason.MALFORMED);
        assertThat(r.message()).contains("field '" + field + "' is missing");
        String emptied = AUTHORIZATION.replace(field + "=" + field(AUTHORIZATION, field), field + "=");
        VerificationResult empty = verifyInWindow(REQUEST, emptied);
        assertThat(empty.isValid()).as(emptied).isFalse();
        String noEquals = AUTHORIZATION.replace(field + "=" + field(AUTHORIZATION, field), field);
        assertThat(verifyInWindow(REQUEST, noEquals).reason()).as(noEquals).isEqualTo(Reason.MALFORMED);
    }

    @Test
    void garbageAroundTheFieldsIsMalformed() {
        for (String bad : new String[] {AUTHORIZATION + "&", "&" + AUTHORIZATION, AUTHORIZATION.replace("&", "&&"),
                AUTHORIZATION.replace("&", ","), "q-sign-algorithm=sha1", "Bearer abc", "=", "&&&", " ",
                AUTHORIZATION.replace("q-ak=", "Q-AK=")}) {
            assertThat(verifyInWindow(REQUEST, bad).reason()).as(bad).isEqualTo(Reason.MALFORMED);
        }
    }

    private static String field(String authorization, String name) {
        for (String part : authorization.split("&")) {
            if (part.startsWith(name + "=")) {
                return part.substring(name.length() + 1);
            }
        }
        throw new AssertionError(name + " not in " + authorization);
    }

    private static String remove(String authorization, String name) {
        StringBuilder kept = new StringBuilder();
        for (String part : authorization.split("&")) {
            if (!part.startsWith(name + "=")) {
                kept.append(kept.length() == 0 ? "" : "&").append(part);
            }
        }
        return kept.toString();
    }

    @Test
    void aHugeListIsCheckedInLinearTime() {
        // 400,000 distinct names (4 MB): checking duplicates pairwise would take minutes, a set takes milliseconds
        StringBuilder names = new StringBuilder("host");
        for (int i = 0; i < 400_000; i++) {
            names.append(";x-").append(i);
        }
        String huge = AUTHORIZATION.replaceFirst("q-header-list=[^&]*", "q-header-list=" + names);
        VerificationResult result = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> verifyInWindow(REQUEST, huge));
        assertThat(result.reason()).isNotEqualTo(Reason.VALID);
        String twice = AUTHORIZATION.replaceFirst("q-header-list=[^&]*", "q-header-list=" + names + ";x-7");
        assertThat(verifyInWindow(REQUEST, twice).reason()).isEqualTo(Reason.MALFORMED);
    }
}
