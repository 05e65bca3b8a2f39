package io.github.cosxml.codegen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FingerprintTest {
    @Test
    void labelsValuesAndNullAreKeptApart() {
        String base = new Fingerprint().add("a", "bc").hex();

        assertThat(new Fingerprint().add("a", "bc").hex()).isEqualTo(base);
        assertThat(new Fingerprint().add("ab", "c").hex()).isNotEqualTo(base);
        assertThat(new Fingerprint().add("a", null).hex()).isNotEqualTo(new Fingerprint().add("a", "").hex());
        assertThat(Fingerprint.of(new byte[0]))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }
}
