package io.github.cosxml.core.hardening.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.cosxml.core.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;

/**
 * Fuzzes the command line: the input, split at NUL bytes, is the argument list. Whatever the
 * arguments, {@link Main#run} returns 0, 1 or 2 without throwing; a usage error (2) prints one
 * {@code cosxml: } line and the hint to stderr, nothing to stdout; and no output holds the
 * SecretKey (unless an argument itself contains it).
 *
 * <p>A normal build runs this over the corpus in
 * {@code src/test/resources/io/github/cosxml/core/hardening/fuzz/CliArgumentsFuzzTestInputs/};
 * {@code scripts/fuzz.sh cli SECONDS} fuzzes it.
 */
class CliArgumentsFuzzTest {
    private static final String SECRET_KEY = "FuzzSecretKey-0b1f-not-the-documented-one";
    private static final Map<String, String> ENV = Collections.singletonMap("COSXML_SECRET_KEY", SECRET_KEY);

    @FuzzTest
    @DictionaryEntries({"sign", "explain", "presign", "verify", "--secret-id", "--secret-key", "--secret-key-file",
            "--security-token", "--method", "--path", "--wire-path", "--key-time", "--expires", "--backdate", "--now",
            "--sign-headers", "--engine", "--authorization", "--tolerance", "--header", "--param", "--help", "=",
            "Host: ", "x-cos-security-token: ", "1557989753;1557996953", "9223372036854775807", "all", "sdk", "bc",
            "q-sign-algorithm=sha1&q-ak=", "%E8%85%BE", "\u0000"})
    void run(byte[] input) {
        String[] args = new String(input, StandardCharsets.UTF_8).split("\u0000", -1);
        if (input.length == 0) {
            args = new String[0];
        }
        for (String arg : args) {
            // never hand the CLI a path that reads forever
            if (arg.startsWith("/dev/") || arg.startsWith("/proc/") || arg.contains("/../")) {
                return;
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), ENV);
        String stdout = out.toString(StandardCharsets.UTF_8);
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertThat(exit).isIn(Main.OK, Main.INVALID, Main.USAGE);
        if (exit == Main.USAGE) {
            assertThat(stdout).isEmpty();
            assertThat(stderr).startsWith("cosxml: ").endsWith("Run with --help for usage." + System.lineSeparator());
        } else {
            assertThat(stderr).isEmpty();
        }
        boolean keyInArguments = String.join("\u0000", args).contains(SECRET_KEY);
        if (!keyInArguments) {
            assertThat(stderr).doesNotContain(SECRET_KEY);
            assertThat(stdout).doesNotContain(SECRET_KEY);
        }
    }
}
