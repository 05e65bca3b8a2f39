package io.github.cosxml.core.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class Utf8OutputTest {

    @Test
    void encodesEveryXmlCharacterLikeTheJdk() {
        StringBuilder all = new StringBuilder();
        all.append('\t').append('\n').append('\r');
        for (int c = 0x20; c <= 0xD7FF; c++) {
            all.append((char) c);
        }
        for (int c = 0xE000; c <= 0xFFFD; c++) {
            all.append((char) c);
        }
        for (int c = 0x10000; c <= 0x10FFFF; c++) {
            all.appendCodePoint(c);
        }
        String text = all.toString();
        assertThat(encode(text)).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void encodesAnUnpairedSurrogateAsAQuestionMarkLikeTheJdk() {
        for (String text : new String[] {"a\uD800b", "a\uDC00b", "\uDC00\uD800", "end\uD83D"}) {
            assertThat(encode(text)).as(text).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void writesSubstringsAndAsciiCharacters() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Utf8Output out = new Utf8Output(bytes);
        out.write("xx\u00E9\uD83D\uDE00yy", 2, 5);
        out.write('!');
        out.flush();
        assertThat(new String(bytes.toByteArray(), StandardCharsets.UTF_8)).isEqualTo("\u00E9\uD83D\uDE00!");
    }

    @Test
    void writesNothingUntilItsBufferFillsOrItIsFlushed() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Utf8Output out = new Utf8Output(bytes);
        out.write("abc");
        assertThat(bytes.size()).isZero();
        out.flush();
        assertThat(bytes.size()).isEqualTo(3);
    }

    @Test
    void reportsAFailingStreamAsUncheckedIo() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }
        };
        Utf8Output out = new Utf8Output(broken);
        out.write("x");
        assertThatThrownBy(out::flush).isInstanceOf(UncheckedIOException.class).hasMessageContaining("disk full");
    }

    /** Pieces of every kind, so runs cross the buffer's end at every kind of character. */
    @Property(tries = 300)
    void encodesAnyStringLikeTheJdk(@ForAll("texts") List<String> pieces) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Utf8Output out = new Utf8Output(bytes);
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        for (String piece : pieces) {
            out.write(piece);
            // each call is encoded on its own: a pair split across two calls is two unpaired surrogates
            byte[] jdk = piece.getBytes(StandardCharsets.UTF_8);
            expected.write(jdk, 0, jdk.length);
        }
        out.flush();
        assertThat(bytes.toByteArray()).isEqualTo(expected.toByteArray());
    }

    @Provide
    Arbitrary<List<String>> texts() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.strings().ascii().ofMaxLength(9000),
                Arbitraries.strings().all().ofMaxLength(3000),
                Arbitraries.strings().withCharRange('\u0080', '\u07FF').ofMaxLength(100),
                Arbitraries.strings().withCharRange('\u0800', '\uFFFF').ofMaxLength(100),
                Arbitraries.just("\uD83D\uDE00"), Arbitraries.just("\uDBFF\uDFFF"));
        return piece.list().ofMaxSize(30);
    }

    private static byte[] encode(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Utf8Output out = new Utf8Output(bytes);
        out.write(text);
        out.flush();
        return bytes.toByteArray();
    }
}
