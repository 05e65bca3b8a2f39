package io.github.cosxml.core.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cosxml.core.cli.Main;
import io.github.cosxml.core.sign.CosSigner;
import io.github.cosxml.core.sign.Credentials;
import io.github.cosxml.core.sign.KeyTime;
import io.github.cosxml.core.sign.SignableRequest;
import io.github.cosxml.core.sign.SignatureVerifier;
import io.github.cosxml.core.sign.VerificationResult.Reason;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Times at the edge of {@code long}: a clock, a validity or a tolerance so large that adding them
 * overflows. Each gets a usage error or the right verdict, never an uncaught exception or a
 * verdict computed from a wrapped-around sum.
 */
class ExtremeTimesTest {
    private static final Credentials CREDENTIALS = Credentials.of("AKIDextreme", "extreme-secret");
    private static final SignableRequest REQUEST = SignableRequest.builder().method("GET").path("/a")
            .header("Host", "examplebucket-1250000000.cos.ap-beijing.myqcloud.com").build();
    private static final long NOW = 1_700_000_000L;

    private static SignatureVerifier verifier(long toleranceSeconds) {
        return SignatureVerifier.builder().clock(Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC))
                .tolerance(Duration.ofSeconds(toleranceSeconds)).build();
    }

    @Test
    void aHugeToleranceAcceptsAnyWindowInsteadOfOverflowing() {
        String old = CosSigner.builder().build().authorization(REQUEST, CREDENTIALS, KeyTime.of(1, 2));
        String future = CosSigner.builder().build().authorization(REQUEST, CREDENTIALS, KeyTime.of(NOW * 100, NOW * 100 + 1));
        // before the fix, now + tolerance wrapped around to a negative number: NOT_YET_VALID for a window in the past
        assertThat(verifier(Long.MAX_VALUE).verify(REQUEST, old, CREDENTIALS).reason()).isEqualTo(Reason.VALID);
        assertThat(verifier(Long.MAX_VALUE).verify(REQUEST, future, CREDENTIALS).reason()).isEqualTo(Reason.VALID);
        assertThat(verifier(0).verify(REQUEST, old, CREDENTIALS).reason()).isEqualTo(Reason.EXPIRED);
        assertThat(verifier(0).verify(REQUEST, future, CREDENTIALS).reason()).isEqualTo(Reason.NOT_YET_VALID);
    }

    @Test
    void aValidityBeyondTheLargestTimeIsAClearError() {
        CosSigner signer = CosSigner.builder().clock(Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC))
                .validity(Duration.ofSeconds(Long.MAX_VALUE)).build();
        assertThatThrownBy(() -> signer.authorization(REQUEST, CREDENTIALS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("validity 9223372036854775807 s from now (1700000000) ends after the largest Unix time;"
                        + " pass a validity such as Duration.ofHours(1)");
        CosSigner backdated = CosSigner.builder().clock(Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC))
                .backdate(Duration.ofSeconds(Long.MAX_VALUE)).build();
        assertThat(backdated.keyTimeNow()).isEqualTo(KeyTime.of(0, NOW + 3600));
    }

    @Test
    void theCliRejectsTimesItCannotRepresent() {
        Map<String, String> env = Map.of("COSXML_SECRET_KEY", "extreme-secret");
        String[][] cases = {
                {"--now", "99999999999999999", "is later than the clock can count (at most 9223372036854775 s)"},
                // found by CliArgumentsFuzzTest: below Instant.MAX, but Clock.millis() overflowed
                {"--now", "17000000000000000", "is later than the clock can count"},
                {"--now", "9223372036854776", "is later than the clock can count"},
                {"--expires", "9223372036854775807", "ends after the largest Unix time"},
        };
        for (String[] c : cases) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int exit = Main.run(withOption(c[0], c[1]), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), env);
            assertThat(exit).as(c[0]).isEqualTo(Main.USAGE);
            assertThat(err.toString(StandardCharsets.UTF_8)).as(c[0]).startsWith("cosxml: ").contains(c[2]);
        }
    }

    private static String[] withOption(String option, String value) {
        if (option.equals("--now")) {
            return new String[] {"sign", "--secret-id", "AKIDextreme", "--method", "GET", "--path", "/", "--now", value};
        }
        return new String[] {"sign", "--secret-id", "AKIDextreme", "--method", "GET", "--path", "/", "--now", "1700000000",
                option, value};
    }
}
