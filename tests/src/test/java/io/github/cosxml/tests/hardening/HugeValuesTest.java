package io.github.cosxml.tests.hardening;

import static io.github.cosxml.tests.hardening.HostileDocuments.onlyViolation;
import static io.github.cosxml.tests.hardening.HostileDocuments.readFails;
import static io.github.cosxml.tests.hardening.HostileDocuments.validate;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cosxml.core.xml.XmlReadException;
import io.github.cosxml.core.xml.XmlReadOptions;
import io.github.cosxml.schema.Violation;
import io.github.cosxml.tests.ci.sync.AILicenseRecResponse;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A 50 MB text node and a 50 MB attribute value, streamed (never held in memory by the test), read
 * by the generated reader and checked by the validator. Tagged {@code low-memory}: {@code tests/pom.xml}
 * runs this class in its own JVM with {@code -Xmx64m}, where buffering either value whole (100 MB as
 * Java chars) would be an {@code OutOfMemoryError}. Each gets the toolkit's error with a position.
 */
@Tag("low-memory")
class HugeValuesTest {
    private static final long FIFTY_MB = 50L * 1024 * 1024;

    /** {@code head}, then {@code size} bytes of {@code filler}, then {@code tail}, generated as they are read. */
    static InputStream stream(String head, long size, byte filler, String tail) {
        byte[] h = head.getBytes(StandardCharsets.UTF_8);
        byte[] t = tail.getBytes(StandardCharsets.UTF_8);
        long total = h.length + size + t.length;
        return new InputStream() {
            private long position;

            @Override
            public int read() {
                if (position >= total) {
                    return -1;
                }
                long p = position++;
                return (p < h.length ? h[(int) p] : p < h.length + size ? filler : t[(int) (p - h.length - size)]) & 0xFF;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (position >= total) {
                    return -1;
                }
                int n = (int) Math.min(length, total - position);
                for (int i = 0; i < n; i++) {
                    buffer[offset + i] = (byte) read();
                }
                return n;
            }
        };
    }

    private static InputStream hugeText() {
        return stream("<Response>\n<Status>1</Status><IdInfo><Name>", FIFTY_MB, (byte) 'x',
                "</Name><Score>99</Score><Location><Point>1,2</Point></Location></IdInfo></Response>");
    }

    private static InputStream hugeAttribute() {
        return stream("<Response>\n<Status note=\"", FIFTY_MB, (byte) 'x', "\">1</Status></Response>");
    }

    @Test
    void theHeapReallyIsSmall() {
        // the values below are each 100 MB as chars: this JVM cannot hold one
        assertThat(Runtime.getRuntime().maxMemory()).as("run with -Xmx64m").isLessThan(100L * 1024 * 1024);
    }

    @Test
    void aFiftyMegabyteTextNodeIsRejectedByTheReader() {
        XmlReadException e = readFails(() -> AILicenseRecResponse.fromXml(hugeText()),
                "longer than the limit of 1048576 chars (XmlReadOptions.maxTextLength)");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.path()).isEqualTo("/Response/IdInfo/Name");
    }

    @Test
    void aFiftyMegabyteTextNodeIsRejectedByTheValidator() {
        Violation v = onlyViolation(validate(hugeText()), Violation.Kind.REFUSED, "longer than 1048576 chars");
        assertThat(v.line()).isEqualTo(2);
        assertThat(v.elementPath()).isEqualTo("/Response/IdInfo/Name");
    }

    @Test
    void aFiftyMegabyteAttributeValueIsRejectedByTheReader() {
        XmlReadException e = readFails(() -> AILicenseRecResponse.fromXml(hugeAttribute()),
                "longer than the limit of 1048576 chars (XmlReadOptions.maxTextLength)");
        assertThat(e.line()).isEqualTo(2);
    }

    @Test
    void aFiftyMegabyteAttributeValueIsRejectedByTheValidator() {
        Violation v = onlyViolation(validate(hugeAttribute()), Violation.Kind.REFUSED, "longer than 1048576 chars");
        assertThat(v.line()).isEqualTo(2);
    }

    @Test
    void aFiftyMegabyteTextNodeStreamsThroughWhenTheLimitAllowsIt() {
        // with the limit raised, the reader still reads in chunks and stops at the new limit, not at the heap
        XmlReadOptions larger = XmlReadOptions.builder().maxTextLength(4 * 1024 * 1024).build();
        readFails(() -> AILicenseRecResponse.fromXml(hugeText(), larger), "longer than the limit of 4194304 chars");
        // text split by comments is counted as one value
        InputStream split = stream("<Response><Status>1</Status><IdInfo><Name>", FIFTY_MB, (byte) 'x', "</Name></IdInfo></Response>");
        readFails(() -> AILicenseRecResponse.fromXml(new CommentEveryMegabyte(split)), "longer than the limit of 1048576 chars");
        InputStream splitForValidator = stream("<Response><Status>1</Status><IdInfo><Name>", FIFTY_MB, (byte) 'x', "</Name></IdInfo></Response>");
        onlyViolation(validate(new CommentEveryMegabyte(splitForValidator)), Violation.Kind.REFUSED, "text longer than 1048576 chars");
    }

    /** Inserts {@code <!---->} into a stream every 512 KiB, so no run without '<' is long. */
    private static final class CommentEveryMegabyte extends InputStream {
        private static final byte[] COMMENT = "<!---->".getBytes(StandardCharsets.US_ASCII);
        private final InputStream in;
        private long sinceComment;
        private int commentPosition = -1;

        CommentEveryMegabyte(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws java.io.IOException {
            if (commentPosition >= 0) {
                int b = COMMENT[commentPosition++];
                if (commentPosition == COMMENT.length) {
                    commentPosition = -1;
                }
                return b;
            }
            int b = in.read();
            if (b == 'x' && ++sinceComment == 512 * 1024) {
                sinceComment = 0;
                commentPosition = 0;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws java.io.IOException {
            int n = 0;
            while (n < length) {
                int b = read();
                if (b < 0) {
                    return n == 0 ? -1 : n;
                }
                buffer[offset + n++] = (byte) b;
            }
            return n;
        }
    }
}
