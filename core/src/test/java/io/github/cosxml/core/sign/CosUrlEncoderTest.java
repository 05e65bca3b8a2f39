package io.github.cosxml.core.sign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The encoder of spec §1.1/§1.3: only unreserved characters and upper-case %XX; decoding inverts it. */
class CosUrlEncoderTest {
    @Test
    void encodesTheDocumentedCharacters() {
        assertThat(CosUrlEncoder.encode(" !\"#$%&'()*+,/:;<=>?@[\\]^`{|}"))
                .isEqualTo("%20%21%22%23%24%25%26%27%28%29%2A%2B%2C%2F%3A%3B%3C%3D%3E%3F%40%5B%5C%5D%5E%60%7B%7C%7D");
        assertThat(CosUrlEncoder.encode("AZaz09-_.~")).isEqualTo("AZaz09-_.~");
        assertThat(CosUrlEncoder.encode("中")).isEqualTo("%E4%B8%AD");
        assertThat(CosUrlEncoder.encode("😀")).isEqualTo("%F0%9F%98%80");
        assertThat(CosUrlEncoder.encode("")).isEmpty();
    }

    @Test
    void keysAreLowerCasedAfterEncoding() {
        assertThat(CosUrlEncoder.encodeKey("a中")).isEqualTo("a%e4%b8%ad");
        assertThat(CosUrlEncoder.encodeKey("Content-MD5")).isEqualTo("content-md5");
        assertThat(CosUrlEncoder.encodeKey("X Y")).isEqualTo("x%20y");
    }

    @Test
    void rejectsUnpairedSurrogatesAndBadEscapes() {
        assertThatThrownBy(() -> CosUrlEncoder.encode("a\ud800b"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unpaired UTF-16 surrogate at index 1");
        assertThatThrownBy(() -> CosUrlEncoder.decode("a%4"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("index 1");
        assertThatThrownBy(() -> CosUrlEncoder.decode("%zz")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CosUrlEncoder.decode("%C3%28"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not UTF-8");
    }

    @Provide
    Arbitrary<String> texts() {
        return Generators.text(0, 40);
    }

    @Property(tries = 1000)
    void emitsOnlyUnreservedCharactersAndUpperCasePercentEscapes(@ForAll("texts") String text) {
        assertThat(CosUrlEncoder.encode(text)).matches("([A-Za-z0-9\\-_.~]|%[0-9A-F]{2})*");
    }

    @Property(tries = 1000)
    void decodingInvertsEncoding(@ForAll("texts") String text) {
        assertThat(CosUrlEncoder.decode(CosUrlEncoder.encode(text))).isEqualTo(text);
    }

    /** Spec §6 step 3: the JDK's form encoder with three replacements is the same rule. */
    @Property(tries = 1000)
    void agreesWithTheJdkFormEncoderAfterTheDocumentedReplacements(@ForAll("texts") String text) throws Exception {
        String jdk = URLEncoder.encode(text, StandardCharsets.UTF_8.name())
                .replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
        assertThat(CosUrlEncoder.encode(text)).isEqualTo(jdk);
    }

    @Property(tries = 1000)
    void keyFormIsTheLowerCasedEncoding(@ForAll("texts") String text) {
        assertThat(CosUrlEncoder.encodeKey(text)).isEqualTo(CosUrlEncoder.encode(text).toLowerCase(java.util.Locale.ROOT));
    }
}
