package io.github.cosxml.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/** The fixture manifest {@code fixtures/fixtures.tsv}: each fixture, its schema and verdict. */
final class Fixtures {

    /** What a fixture must be. */
    enum Verdict { VALID, INVALID, MALFORMED }

    /** One manifest row. */
    record Fixture(String name, Path path, CiSchema schema, Verdict verdict, String origin) {
        byte[] bytes() {
            try {
                return Files.readAllBytes(path);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String text() {
            return new String(bytes(), StandardCharsets.UTF_8);
        }

        boolean fromDocs() {
            return name.startsWith("docs/");
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private Fixtures() {
    }

    static Path directory() {
        return resource("fixtures/fixtures.tsv").getParent();
    }

    static Path resource(String relative) {
        URL url = Fixtures.class.getResource(relative);
        if (url == null) {
            throw new IllegalStateException("Test resource io/github/cosxml/schema/" + relative
                    + " is missing");
        }
        try {
            return Paths.get(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Fixture> all() {
        Path manifest = resource("fixtures/fixtures.tsv");
        List<Fixture> fixtures = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                if (cells.length != 4) {
                    throw new IllegalStateException(manifest + ": expected 4 tab-separated cells in: "
                            + line);
                }
                fixtures.add(new Fixture(cells[0], manifest.getParent().resolve(cells[0]),
                        CiSchema.forFileName(cells[1]), Verdict.valueOf(cells[2].toUpperCase()),
                        cells[3]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fixtures;
    }

    static Fixture named(String name) {
        return all().stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No fixture " + name));
    }

    static List<Fixture> withVerdict(Verdict verdict) {
        return all().stream().filter(f -> f.verdict() == verdict).toList();
    }
}
