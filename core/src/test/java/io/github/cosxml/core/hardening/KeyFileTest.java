package io.github.cosxml.core.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.cosxml.core.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --secret-key-file} reads the first line only: an endless file ({@code /dev/zero}) or a
 * huge one without a line break is a usage error after 64 KiB, not an out-of-memory error or a hang
 * (before, the whole file was read).
 */
class KeyFileTest {

    private static String[] sign(String keyFile) {
        return new String[] {"sign", "--secret-id", "AKIDkeyfile", "--method", "GET", "--path", "/", "--now", "1700000000",
                "--header", "Host: examplebucket-1250000000.cos.ap-beijing.myqcloud.com",
                "--secret-key-file", keyFile};
    }

    private static int run(String[] args, ByteArrayOutputStream out, ByteArrayOutputStream err) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Collections.emptyMap());
    }

    @Test
    @Timeout(30)
    void anEndlessFileIsAUsageError() {
        assumeTrue(Files.isReadable(Paths.get("/dev/zero")), "needs /dev/zero");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(run(sign("/dev/zero"), out, err)).isEqualTo(Main.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .startsWith("cosxml: --secret-key-file '/dev/zero' has no line break in its first 65536 bytes");
    }

    @Test
    void aKeyOnALongFirstLineIsRefusedAndOnAShortOneIsRead(@TempDir Path dir) throws Exception {
        byte[] longLine = new byte[70_000];
        Arrays.fill(longLine, (byte) 'k');
        Path tooLong = Files.write(dir.resolve("long"), longLine);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(run(sign(tooLong.toString()), new ByteArrayOutputStream(), err)).isEqualTo(Main.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("has no line break").doesNotContain("kkkk");
        // a key line followed by megabytes of anything: only the first line counts
        byte[] keyThenJunk = new byte[3_000_000];
        Arrays.fill(keyThenJunk, (byte) 'x');
        System.arraycopy("the-key\n".getBytes(StandardCharsets.UTF_8), 0, keyThenJunk, 0, 8);
        Path big = Files.write(dir.resolve("big"), keyThenJunk);
        Path small = Files.write(dir.resolve("small"), "the-key".getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream fromBig = new ByteArrayOutputStream();
        ByteArrayOutputStream fromSmall = new ByteArrayOutputStream();
        assertThat(run(sign(big.toString()), fromBig, new ByteArrayOutputStream())).isEqualTo(Main.OK);
        assertThat(run(sign(small.toString()), fromSmall, new ByteArrayOutputStream())).isEqualTo(Main.OK);
        assertThat(fromBig.toString(StandardCharsets.UTF_8)).isEqualTo(fromSmall.toString(StandardCharsets.UTF_8))
                .startsWith("q-sign-algorithm=sha1&q-ak=AKIDkeyfile&");
    }
}
