package io.github.cosxml.tests.ci;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The XML fixtures that {@code cosxml-schema} publishes in its test-jar: the documented examples
 * ({@code docs/...}, byte for byte from the two API pages) and cosxml's own documents
 * ({@code cosxml/...}).
 */
public final class Fixtures {
    private static final String ROOT = "io/github/cosxml/schema/fixtures/";

    private Fixtures() {
    }

    /** The fixture's text, e.g. {@code docs/job-response.corrected.xml}. */
    public static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    /** The fixture's bytes. */
    public static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + ROOT + name
                        + " on the test class path (is the cosxml-schema test-jar a test dependency?)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
