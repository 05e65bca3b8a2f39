package io.github.cosxml.core.sign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cosxml.core.sign.VerificationResult.Reason;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Acceptance point 3: properties of signing and verification over arbitrary requests. */
class SignerPropertiesTest {
    private static final long NOW = 1_700_000_000L;
    private static final Clock CLOCK = Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC);
    private static final Credentials CREDENTIALS = DocVectors.DOC_CREDENTIALS;

    private final CosSigner signAll = CosSigner.builder().clock(CLOCK).headerPolicy(HeaderPolicy.all()).build();
    private final CosSigner signSdk = CosSigner.builder().clock(CLOCK).build();
    private final CosSigner signAllBc = CosSigner.builder().clock(CLOCK).headerPolicy(HeaderPolicy.all())
            .engine(HmacSha1Engine.bouncyCastle()).build();
    private final SignatureVerifier verifier = SignatureVerifier.builder().clock(CLOCK).build();

    @Provide
    Arbitrary<SignableRequest> requests() {
        return Generators.requests();
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
    }

    @Property(tries = 1000)
    void jdkAndBouncyCastleEnginesAgreeOnThePrimitives(@ForAll("bytes") byte[] key, @ForAll("bytes") byte[] message) {
        byte[] jdk = new byte[20];
        byte[] bc = new byte[20];
        HmacSha1Engine.jdk().hmacSha1(key.length == 0 ? new byte[] {0} : key, message, 0, message.length, jdk, 0);
        HmacSha1Engine.bouncyCastle().hmacSha1(key.length == 0 ? new byte[] {0} : key, message, 0, message.length, bc, 0);
        assertThat(bc).isEqualTo(jdk);
        HmacSha1Engine.jdk().sha1(message, 0, message.length, jdk, 0);
        HmacSha1Engine.bouncyCastle().sha1(message, 0, message.length, bc, 0);
        assertThat(bc).isEqualTo(jdk);
    }

    @Provide
    Arbitrary<SignableRequest> requestsWithOrWithoutHost() {
        return Arbitraries.oneOf(Generators.anyRequests(), Generators.requests());
    }

    /** sdkDefault() refuses exactly the requests without a Host header, in every signing call; all() signs any. */
    @Property(tries = 300)
    void theSdkPolicyRefusesExactlyTheRequestsWithoutHost(@ForAll("requestsWithOrWithoutHost") SignableRequest request) {
        KeyTime keyTime = signSdk.keyTimeNow();
        List<ThrowingCallable> calls = List.of(() -> signSdk.authorization(request, CREDENTIALS, keyTime),
                () -> signSdk.presignedQuery(request, CREDENTIALS, keyTime), () -> signSdk.explain(request, CREDENTIALS, keyTime),
                () -> signSdk.explainPresigned(request, CREDENTIALS, keyTime));
        for (ThrowingCallable call : calls) {
            if (request.header("host") == null) {
                assertThatThrownBy(call).isInstanceOf(IllegalArgumentException.class)
                        .hasMessageStartingWith("the request has no Host header, which HeaderPolicy.sdkDefault() signs");
            } else {
                assertThatCode(call).doesNotThrowAnyException();
            }
        }
        assertThat(verifier.verify(request, signAll.authorization(request, CREDENTIALS), CREDENTIALS).isValid()).isTrue();
    }

    @Property(tries = 1000)
    void jdkAndBouncyCastleEnginesAgreeOnSignatures(@ForAll("requests") SignableRequest request) {
        assertThat(signAllBc.authorization(request, CREDENTIALS)).isEqualTo(signAll.authorization(request, CREDENTIALS));
    }

    @Property(tries = 1000)
    void fastPathAndExplainAgree(@ForAll("requests") SignableRequest request) {
        KeyTime keyTime = signSdk.keyTimeNow();
        assertThat(signSdk.authorization(request, CREDENTIALS, keyTime))
                .isEqualTo(signSdk.explain(request, CREDENTIALS, keyTime).authorization());
    }

    @Property(tries = 1000)
    void verifyAcceptsWhatSignProduced(@ForAll("requests") SignableRequest request) {
        VerificationResult all = verifier.verify(request, signAll.authorization(request, CREDENTIALS), CREDENTIALS);
        assertThat(all.isValid()).as(all.toString()).isTrue();
        VerificationResult sdk = verifier.verify(request, signSdk.authorization(request, CREDENTIALS), CREDENTIALS);
        assertThat(sdk.isValid()).as(sdk.toString()).isTrue();
    }

    @Property(tries = 1000)
    void verifyAcceptsWhatSignProducedWithTemporaryCredentials(@ForAll("requests") SignableRequest request,
            @ForAll("tokens") String token) {
        Credentials temporary = Credentials.temporary("AKIDtemporary", "tmpSecretKey", token);
        String tokenName = SecurityToken.nameFor(request);
        Assume.that(request.header(tokenName) == null);
        String authorization = signSdk.authorization(request, temporary);
        assertThat(Authorization.parse(authorization).headerList()).contains(tokenName);
        SignableRequest sent = request.toBuilder().header(tokenName, token).build();
        VerificationResult r = verifier.verify(sent, authorization, temporary);
        assertThat(r.isValid()).as(r.toString()).isTrue();
        VerificationResult withoutToken = verifier.verify(request, authorization, temporary);
        assertThat(withoutToken.reason()).isEqualTo(Reason.MISSING_HEADER);
    }

    @Provide
    Arbitrary<String> tokens() {
        return Generators.text(1, 60).filter(t -> t.indexOf('\r') < 0 && t.indexOf('\n') < 0 && !t.trim().isEmpty()
                && t.equals(HttpSyntax.trimWhitespace(t)));
    }

    @Property(tries = 1000)
    void verifyAcceptsWhatPresignProduced(@ForAll("requests") SignableRequest request) {
        String query = signSdk.presignedQuery(request, CREDENTIALS);
        SignableRequest.Builder received = SignableRequest.builder().method(request.method()).path(request.path());
        for (SignableRequest.Header h : request.headers()) {
            received.header(h.name(), h.value());
        }
        VerificationResult r = verifier.verifyPresigned(QueryStrings.withQuery(received, query), CredentialsLookup.of(CREDENTIALS));
        assertThat(r.isValid()).as(r.toString()).isTrue();
    }

    @Property(tries = 1000)
    void changingAnySignedPartMakesVerificationFail(@ForAll("requests") SignableRequest request,
            @ForAll @IntRange(min = 0, max = 5) int part, @ForAll long seed) {
        String authorization = signAll.authorization(request, CREDENTIALS);
        Random random = new Random(seed);
        SignableRequest.Builder changed = SignableRequest.builder();
        String method = request.method();
        String path = request.path();
        List<SignableRequest.Parameter> parameters = new ArrayList<>(request.parameters());
        List<SignableRequest.Header> headers = new ArrayList<>(request.headers());
        if (part == 0) {
            method = method.equalsIgnoreCase("GET") ? "PUT" : "GET";
        } else if (part == 1) {
            path = path + "x";
        } else if (part == 2 && !parameters.isEmpty()) {
            int i = random.nextInt(parameters.size());
            SignableRequest.Parameter p = parameters.get(i);
            parameters.set(i, new SignableRequest.Parameter(p.name(), (p.value() == null ? "" : p.value()) + "x"));
        } else if (part == 3 && !headers.isEmpty()) {
            int i = random.nextInt(headers.size());
            SignableRequest.Header h = headers.get(i);
            headers.set(i, new SignableRequest.Header(h.name(), h.value() + "x"));
        } else if (part == 4 && !headers.isEmpty()) {
            headers.remove(random.nextInt(headers.size()));
        } else {
            // The time: the same fields with another window that still contains now.
            String other = (NOW - 1 - random.nextInt(1000)) + ";" + (NOW + 3600);
            String changedTime = authorization.replaceAll("q-sign-time=[0-9;]+&q-key-time=[0-9;]+",
                    "q-sign-time=" + other + "&q-key-time=" + other);
            VerificationResult r = verifier.verify(request, changedTime, CREDENTIALS);
            assertThat(r.reason()).isEqualTo(Reason.SIGNATURE_MISMATCH);
            return;
        }
        changed.method(method).path(path);
        for (SignableRequest.Parameter p : parameters) {
            changed.parameter(p.name(), p.value());
        }
        for (SignableRequest.Header h : headers) {
            changed.header(h.name(), h.value());
        }
        VerificationResult r = verifier.verify(changed.build(), authorization, CREDENTIALS);
        assertThat(r.isValid()).as("part %d changed: %s", part, r).isFalse();
        assertThat(r.reason()).isIn(Reason.SIGNATURE_MISMATCH, Reason.MISSING_HEADER);
    }

    @Property(tries = 1000)
    void headerNameCaseAndInsertionOrderDoNotChangeTheSignature(@ForAll("requests") SignableRequest request,
            @ForAll long seed) {
        Random random = new Random(seed);
        List<SignableRequest.Header> headers = new ArrayList<>(request.headers());
        List<SignableRequest.Parameter> parameters = new ArrayList<>(request.parameters());
        Collections.shuffle(headers, random);
        Collections.shuffle(parameters, random);
        SignableRequest.Builder shuffled = SignableRequest.builder().method(request.method()).path(request.path());
        for (SignableRequest.Header h : headers) {
            String name = random.nextBoolean() ? h.name().toUpperCase(Locale.ROOT) : h.name().toLowerCase(Locale.ROOT);
            shuffled.header(name, h.value());
        }
        for (SignableRequest.Parameter p : parameters) {
            shuffled.parameter(p.name(), p.value());
        }
        SignableRequest other = shuffled.build();
        assertThat(signAll.authorization(other, CREDENTIALS)).isEqualTo(signAll.authorization(request, CREDENTIALS));
        assertThat(signSdk.authorization(other, CREDENTIALS)).isEqualTo(signSdk.authorization(request, CREDENTIALS));
    }

    @Property(tries = 1000)
    void signatureDependsOnTheWindow(@ForAll("requests") SignableRequest request,
            @ForAll @LongRange(min = 0, max = 4_000_000_000L) long start, @ForAll @IntRange(min = 1, max = 100_000) int length) {
        KeyTime a = KeyTime.of(start, start + length);
        KeyTime b = KeyTime.of(start, start + length + 1);
        assertThat(signAll.authorization(request, CREDENTIALS, a)).isNotEqualTo(signAll.authorization(request, CREDENTIALS, b));
    }
}
