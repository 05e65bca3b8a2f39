package io.github.cosxml.schema;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** libxml2's {@code xmllint}, as an independent validator. */
final class Xmllint {

    /** What xmllint said about one document. */
    record Outcome(int exitCode, String output) {
        Fixtures.Verdict verdict() {
            return switch (exitCode) {
                case 0 -> Fixtures.Verdict.VALID;
                case 1 -> Fixtures.Verdict.MALFORMED;
                case 3 -> Fixtures.Verdict.INVALID;
                default -> throw new AssertionError("xmllint failed (exit " + exitCode
                        + "), probably on the schema itself:\n" + output);
            };
        }
    }

    private Xmllint() {
    }

    /** @throws AssertionError telling how to install xmllint when it is not on the PATH */
    static void requireInstalled() {
        try {
            Outcome version = run(List.of("xmllint", "--version"));
            if (version.exitCode() != 0) {
                throw new AssertionError("xmllint --version failed: " + version.output());
            }
        } catch (IOException e) {
            throw new AssertionError("xmllint (libxml2) is required by the schema tests but is not"
                    + " on the PATH. Install it: apt-get install -y libxml2-utils (Debian/Ubuntu;"
                    + " CI's .ci/run does this), or brew install libxml2 (macOS).", e);
        }
    }

    static Outcome validate(CiSchema schema, Path document) throws IOException {
        return run(List.of("xmllint", "--noout", "--nonet", "--schema", xsdFile(schema).toString(),
                document.toString()));
    }

    static Path xsdFile(CiSchema schema) {
        try {
            return Paths.get(schema.resource().toURI());
        } catch (Exception e) {
            throw new IllegalStateException("The XSDs must be files (target/classes) for xmllint: "
                    + schema.resource(), e);
        }
    }

    private static Outcome run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes(),
                    StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("xmllint did not finish within 60 s: " + command);
            }
            return new Outcome(process.exitValue(), output);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for xmllint", e);
        }
    }
}
