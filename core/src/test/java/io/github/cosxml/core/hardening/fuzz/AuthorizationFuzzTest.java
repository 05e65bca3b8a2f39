package io.github.cosxml.core.hardening.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
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
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Fuzzes the {@code Authorization} parser and the verifier with arbitrary header values. Whatever
 * the bytes: parsing returns or throws {@link IllegalArgumentException} with a message; the
 * verifier returns a result (never throws), {@code MALFORMED} exactly when parsing fails, never
 * shows the SecretKey (unless the input holds it), and says {@code VALID} only for the one signature the signer makes.
 *
 * <p>A normal build runs this over the corpus in
 * {@code src/test/resources/io/github/cosxml/core/hardening/fuzz/AuthorizationFuzzTestInputs/};
 * {@code scripts/fuzz.sh authorization SECONDS} fuzzes it.
 */
class AuthorizationFuzzTest {
    private static final Credentials CREDENTIALS =
            Credentials.of("AKIDQjz3ltompVjBni5LitkWHFlFpwkn9U5q", "BQYIM75p8x0iWVFSIgqEKwFprpRSVHlz");
    private static final SignableRequest REQUEST = SignableRequest.builder().method("GET").path("/exampleobject(腾讯云)")
            .parameter("response-content-type", "application/octet-stream").parameter("response-cache-control", "max-age=600")
            .header("Date", "Thu, 16 May 2019 06:55:53 GMT")
            .header("Host", "examplebucket-1250000000.cos.ap-beijing.myqcloud.com").build();
    private static final SignatureVerifier VERIFIER = SignatureVerifier.builder()
            .clock(Clock.fixed(Instant.ofEpochSecond(1557990000L), ZoneOffset.UTC)).build();
    private static final CosSigner SIGNER = CosSigner.builder().headerPolicy(HeaderPolicy.all()).build();

    @FuzzTest
    @DictionaryEntries({"q-sign-algorithm=sha1", "&q-ak=", "AKIDQjz3ltompVjBni5LitkWHFlFpwkn9U5q", "&q-sign-time=",
            "&q-key-time=", "1557989753;1557996953", "1557989753%3B1557996953", "&q-header-list=", "date;host",
            "&q-url-param-list=", "response-cache-control;response-content-type", "&q-signature=",
            "01681b8c9d798a678e43b685a9f1bba0f6c0e012", "%3B", "%", ";", "&", "=", "?"})
    void parseAndVerify(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        Authorization parsed = null;
        try {
            parsed = Authorization.parse(text);
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
        VerificationResult result = VERIFIER.verify(REQUEST, text, CredentialsLookup.of(CREDENTIALS));
        assertThat(result.reason()).isNotNull();
        assertThat(result.message()).isNotBlank();
        if (!text.contains(CREDENTIALS.secretKey())) {
            // (the fuzzer does learn the key from the comparisons it watches; an echo of the input is no leak)
            assertThat(result.message()).doesNotContain(CREDENTIALS.secretKey());
        }
        assertThat(result.reason() == Reason.MALFORMED).as("MALFORMED exactly when parsing fails").isEqualTo(parsed == null);
        if (parsed == null) {
            return;
        }
        // what parse returns prints as a header that parses back to the same fields
        Authorization again = Authorization.parse(parsed.toString());
        assertThat(again.toString()).isEqualTo(parsed.toString());
        if (result.isValid()) {
            KeyTime window = parsed.keyTime();
            assertThat(parsed.signTime()).isEqualTo(window);
            assertThat(parsed.signature()).isEqualTo(SIGNER.explain(
                    restrictedTo(parsed), CREDENTIALS, window).signature());
        }
    }

    /** The request with only the headers and parameters the authorization lists. */
    private static SignableRequest restrictedTo(Authorization authorization) {
        SignableRequest.Builder b = SignableRequest.builder().method(REQUEST.method()).path(REQUEST.path());
        for (SignableRequest.Parameter p : REQUEST.parameters()) {
            if (authorization.urlParamList().contains(p.name())) {
                b.parameter(p.name(), p.value());
            }
        }
        for (SignableRequest.Header h : REQUEST.headers()) {
            if (authorization.headerList().contains(h.name().toLowerCase(java.util.Locale.ROOT))) {
                b.header(h.name(), h.value());
            }
        }
        return b.build();
    }
}
