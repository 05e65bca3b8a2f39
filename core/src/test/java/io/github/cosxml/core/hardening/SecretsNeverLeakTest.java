package io.github.cosxml.core.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cosxml.core.cli.Main;
import io.github.cosxml.core.sign.CosSigner;
import io.github.cosxml.core.sign.Credentials;
import io.github.cosxml.core.sign.CredentialsLookup;
import io.github.cosxml.core.sign.HeaderPolicy;
import io.github.cosxml.core.sign.KeyTime;
import io.github.cosxml.core.sign.SecurityToken;
import io.github.cosxml.core.sign.SignableRequest;
import io.github.cosxml.core.sign.SignatureExplanation;
import io.github.cosxml.core.sign.SignatureVerifier;
import io.github.cosxml.core.sign.VerificationResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SecretKey, the SignKey derived from it and the session token never appear in a
 * {@code toString()}, in an exception message, or in what the CLI prints on an error. The secrets
 * are distinctive strings, so a plain "does not contain" cannot miss them.
 */
class SecretsNeverLeakTest {
    private static final String SECRET_ID = "AKIDleaktest000000000000000000000000";
    private static final String SECRET_KEY = "SeCrEtKeY-7f3a9c1e-never-print-me";
    private static final String TOKEN = "SeSsIoNtOkEn-b41d2e-never-print-me";
    private static final Credentials PERMANENT = Credentials.of(SECRET_ID, SECRET_KEY);
    private static final Credentials TEMPORARY = Credentials.temporary(SECRET_ID, SECRET_KEY, TOKEN);
    private static final KeyTime WINDOW = KeyTime.of(1_700_000_000L, 1_700_000_900L);
    private static final String HOST = "examplebucket-1250000000.cos.ap-beijing.myqcloud.com";

    private static final SignableRequest REQUEST = SignableRequest.builder().method("PUT").path("/a.txt")
            .header("Host", HOST).header("x-cos-security-token", TOKEN).header("Authorization", "q-sign-algorithm=sha1&" + SECRET_KEY)
            .parameter("x-cos-security-token", TOKEN).build();

    /** Every form a secret could take in text: the key, its SignKey, the token, and their URL encodings. */
    private static List<String> secretForms() {
        List<String> forms = new ArrayList<>();
        forms.add(SECRET_KEY);
        forms.add(TOKEN);
        forms.add(CosSigner.builder().build().explain(SignableRequest.builder().method("GET").path("/").header("Host", HOST).build(), PERMANENT, WINDOW)
                .signKey());
        forms.add("never-print-me");
        return forms;
    }

    private static void assertNoSecret(String text) {
        for (String secret : secretForms()) {
            assertThat(text).as("text must not contain a secret").doesNotContain(secret);
        }
    }

    @Test
    void toStringHidesTheSecrets() {
        CosSigner signer = CosSigner.builder().headerPolicy(HeaderPolicy.all()).build();
        SignableRequest plain = SignableRequest.builder().method("GET").path("/a").header("Host", HOST).build();
        SignatureExplanation explanation = signer.explain(plain, TEMPORARY, WINDOW);
        assertThat(explanation.signKey()).hasSize(40);
        List<Object> objects = List.of(PERMANENT, TEMPORARY, REQUEST, REQUEST.headers().get(1), REQUEST.headers().get(2),
                REQUEST.parameters().get(0), explanation, signer, SignatureVerifier.builder().build(), WINDOW,
                SignatureVerifier.builder().clock(Clock.fixed(Instant.ofEpochSecond(1_700_000_100L), ZoneOffset.UTC)).build()
                        .verify(plain, explanation.authorization(), TEMPORARY));
        for (Object o : objects) {
            assertNoSecret(String.valueOf(o));
        }
        assertThat(PERMANENT.toString()).contains(SECRET_ID).contains("secretKey=****");
        assertThat(TEMPORARY.toString()).contains("sessionToken=****");
        assertThat(REQUEST.toString()).contains("x-cos-security-token: ****").contains("Authorization: ****")
                .contains("x-cos-security-token=****");
    }

    @Test
    void verifierMessagesHideTheSecrets() {
        CosSigner signer = CosSigner.builder().build();
        SignableRequest request = SignableRequest.builder().method("GET").path("/a").header("Host", HOST).build();
        String authorization = signer.authorization(request, TEMPORARY, WINDOW);
        SignableRequest sent = request.toBuilder().header(SecurityToken.COS_NAME, TOKEN).build();
        SignableRequest tampered = sent.toBuilder().path("/b").build();
        List<VerificationResult> results = new ArrayList<>();
        for (long now : new long[] {1_600_000_000L, 1_700_000_100L, 1_800_000_000L}) {
            SignatureVerifier verifier = SignatureVerifier.builder().clock(Clock.fixed(Instant.ofEpochSecond(now), ZoneOffset.UTC)).build();
            results.add(verifier.verify(sent, authorization, TEMPORARY));
            results.add(verifier.verify(tampered, authorization, TEMPORARY));
            results.add(verifier.verify(request, authorization, TEMPORARY));
            results.add(verifier.verify(sent, authorization.replace("q-ak=", "q-ak=x"), TEMPORARY));
            results.add(verifier.verify(sent, authorization + "&q-ak=" + SECRET_KEY, TEMPORARY));
            results.add(verifier.verifyPresigned(sent, CredentialsLookup.of(TEMPORARY)));
        }
        assertThat(results).extracting(VerificationResult::reason).contains(VerificationResult.Reason.VALID,
                VerificationResult.Reason.SIGNATURE_MISMATCH, VerificationResult.Reason.EXPIRED,
                VerificationResult.Reason.NOT_YET_VALID, VerificationResult.Reason.MISSING_HEADER);
        for (VerificationResult r : results) {
            if (r.message().contains("appears twice")) {
                continue; // the forged field is echoed by name only: checked below
            }
            assertNoSecret(r.message());
            assertNoSecret(r.toString());
            assertThat(r.stringToSign() == null ? "" : r.stringToSign()).doesNotContain(SECRET_KEY).doesNotContain(TOKEN);
        }
        VerificationResult twice = results.get(4);
        assertThat(twice.message()).isEqualTo("field 'q-ak' appears twice in the authorization");
    }

    @Test
    void exceptionMessagesHideTheSecrets() {
        List<Runnable> failures = List.of(
                () -> Credentials.of("AKID&bad", SECRET_KEY),
                () -> Credentials.of("AKID\nbad", SECRET_KEY),
                () -> Credentials.of(" ", SECRET_KEY),
                () -> Credentials.of(null, SECRET_KEY),
                () -> Credentials.temporary(SECRET_ID, SECRET_KEY, ""),
                () -> CosSigner.builder().build().authorization(SignableRequest.builder().method("GET").path("/").header("Host", HOST)
                        .header(SecurityToken.COS_NAME, "another-token").build(), TEMPORARY, WINDOW),
                () -> CosSigner.builder().build().presignedQuery(SignableRequest.builder().method("GET").path("/").header("Host", HOST)
                        .parameter(SecurityToken.COS_NAME, "another-token").build(), TEMPORARY, WINDOW),
                () -> SignableRequest.builder().header("x-cos-security-token", TOKEN + "\r\n"),
                () -> SignableRequest.builder().header("x-cos-security-token", TOKEN + "\ud800"),
                () -> SignableRequest.builder().parameter("x-cos-security-token", TOKEN + "\udc00"),
                () -> SignableRequest.builder().method("GET").path("/").header("x-cos-security-token", TOKEN)
                        .header("X-Cos-Security-Token", TOKEN).build(),
                () -> SignableRequest.builder().method("GET").path("/").parameter("x-cos-security-token", TOKEN)
                        .parameter("X-COS-SECURITY-TOKEN", TOKEN).build(),
                () -> SignableRequest.builder().header("Authorization", SECRET_KEY + "\n"));
        for (Runnable failure : failures) {
            assertThatThrownBy(failure::run).isInstanceOf(IllegalArgumentException.class)
                    .satisfies(e -> assertNoSecret(String.valueOf(e.getMessage())))
                    .satisfies(e -> assertNoSecret(e.toString()));
        }
    }

    @Test
    void cliErrorsHideTheSecrets(@TempDir Path dir) throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("COSXML_SECRET_KEY", SECRET_KEY);
        env.put("COSXML_SECURITY_TOKEN", TOKEN);
        Path keyFile = dir.resolve("key");
        Files.write(keyFile, (SECRET_KEY + "\n").getBytes(StandardCharsets.UTF_8));
        String[] base = {"--secret-id", SECRET_ID, "--method", "GET", "--path", "/a", "--header", "Host: " + HOST};
        List<String[]> errors = List.of(
                args("sign", base, "--secret-key", SECRET_KEY, "--secret-key-file", keyFile.toString()),
                args("sign", base, "--secret-key", SECRET_KEY, "--secret-key", SECRET_KEY),
                args("sign", base, "--secret-key=" + SECRET_KEY, "--secret-key=" + SECRET_KEY),
                args("sign", base, "--security-token", TOKEN, "--security-token", TOKEN),
                args("sign", base, "--secret-key-file", dir.resolve(SECRET_KEY.substring(0, 3)).toString()),
                args("sign", base, "--header", "x-cos-security-token: another-token"),
                args("presign", base, "--param", "x-cos-security-token=another-token"),
                args("sign", base, "--header", "x-cos-security-token: " + TOKEN, "--header", "X-Cos-Security-Token: " + TOKEN),
                args("sign", base, "--key-time", "2;1"),
                args("sign", base, "--secret-key"),
                args("sign", base, "--security-token"),
                args("explain", new String[] {"--secret-id", "AKID&x", "--method", "GET", "--path", "/"}),
                args("verify", base, "--authorization", "q-sign-algorithm=md5"),
                args("verify", base, "--authorization", "garbage", "--secret-key", SECRET_KEY),
                args("presign", new String[] {"--method", "GET", "--path", "/"}));
        for (String[] a : errors) {
            Result r = run(env, a);
            assertThat(r.exit).as(String.join(" ", a)).isIn(Main.USAGE, Main.INVALID);
            assertThat(r.err + r.out).as(String.join(" ", a)).isNotEmpty();
            assertNoSecret(r.err);
            if (r.exit == Main.INVALID) {
                assertNoSecret(r.out);
            }
        }
    }

    @Test
    void cliVerifyFailuresHideTheKey() {
        Map<String, String> env = Map.of("COSXML_SECRET_KEY", SECRET_KEY);
        String[] request = {"--secret-id", SECRET_ID, "--method", "GET", "--path", "/a", "--header", "Host: " + HOST};
        Result signed = run(env, args("sign", request, "--key-time", WINDOW.toString()));
        assertThat(signed.exit).isEqualTo(Main.OK);
        String authorization = signed.out.trim();
        for (String[] a : List.of(
                args("verify", request, "--authorization", authorization, "--now", "1800000000"),
                args("verify", new String[] {"--method", "GET", "--path", "/b", "--header", "Host: " + HOST},
                        "--authorization", authorization, "--now", "1700000100"))) {
            Result r = run(env, a);
            assertThat(r.exit).isEqualTo(Main.INVALID);
            assertThat(r.out).startsWith("invalid (");
            assertNoSecret(r.out);
            assertNoSecret(r.err);
        }
    }

    private static String[] args(String command, String[] base, String... more) {
        List<String> all = new ArrayList<>();
        all.add(command);
        all.addAll(List.of(base));
        all.addAll(List.of(more));
        return all.toArray(new String[0]);
    }

    private static final class Result {
        final int exit;
        final String out;
        final String err;

        Result(int exit, String out, String err) {
            this.exit = exit;
            this.out = out;
            this.err = err;
        }
    }

    private static Result run(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), env);
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
