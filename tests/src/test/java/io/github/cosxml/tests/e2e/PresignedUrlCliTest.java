package io.github.cosxml.tests.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cosxml.core.cli.Main;
import io.github.cosxml.core.sign.CosSigner;
import io.github.cosxml.core.sign.Credentials;
import io.github.cosxml.tests.e2e.CiClient.Call;
import io.github.cosxml.tests.e2e.CiClient.Form;
import io.github.cosxml.tests.e2e.CiClient.Reply;
import io.github.cosxml.tests.http.LoopbackServerExtension;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code java -jar cosxml-core.jar verify --url} on the very URLs the client sent over loopback:
 * the command line reaches the verdict the server reached, for both pre-signed forms, with
 * permanent and temporary credentials, on a path and a detect-url that need encoding.
 */
class PresignedUrlCliTest {
    @RegisterExtension
    static final LoopbackServerExtension loopback = new LoopbackServerExtension(LoopbackTestSupport.KNOWN);

    static Stream<Arguments> presignedForms() {
        return Stream.of(Form.PRESIGNED_URL, Form.MERGED_SIGN).flatMap(form -> Stream.of("permanent", "temporary")
                .map(kind -> Arguments.of(form, kind)));
    }

    @ParameterizedTest(name = "{0}, {1} credentials")
    @MethodSource("presignedForms")
    void theCliAcceptsWhatTheServerAccepted(Form form, String kind) throws Exception {
        Credentials credentials = LoopbackTestSupport.credentials(kind);
        CiClient client = new CiClient(loopback.server().baseUri(), CosSigner.builder().build(), credentials);
        for (Call call : new Call[] {
            client.recogniseObject(LoopbackTestSupport.OBJECT_KEY, "IDCard", form, LoopbackTestSupport.validNow()),
            client.recogniseUrl(LoopbackTestSupport.DETECT_URL, "IDCard", form, LoopbackTestSupport.validNow())}) {
            Reply reply = client.send(call);
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);

            Verdict verdict = verify(call.uri(), credentials);

            assertThat(verdict.exit).as(verdict.err).isZero();
            assertThat(verdict.out.trim()).isEqualTo("valid");
        }
    }

    @ParameterizedTest(name = "{0}, {1} credentials")
    @MethodSource("presignedForms")
    void theCliRejectsWhatTheServerRejected(Form form, String kind) throws Exception {
        Credentials credentials = LoopbackTestSupport.credentials(kind);
        CiClient client = new CiClient(loopback.server().baseUri(), CosSigner.builder().build(), credentials);
        Call call = client.recogniseObject(LoopbackTestSupport.OBJECT_KEY, "IDCard", form, LoopbackTestSupport.validNow());
        URI tampered = URI.create(call.uri().toString().replace("CardType=IDCard", "CardType=Passport"));
        assertThat(tampered).isNotEqualTo(call.uri());

        Reply reply = client.send(new Call(call.form(), call.request(), call.keyTime(), tampered, call.headers(),
                call.body()));
        Verdict verdict = verify(tampered, credentials);

        assertThat(reply.status()).isEqualTo(403);
        assertThat(verdict.exit).isEqualTo(1);
        assertThat(verdict.out).startsWith("invalid (SIGNATURE_MISMATCH)").contains("cardtype=Passport");
    }

    private static Verdict verify(URI uri, Credentials credentials) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(new String[] {"verify", "--url", uri.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of("COSXML_SECRET_KEY", credentials.secretKey()));
        return new Verdict(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Verdict(int exit, String out, String err) {
    }
}
