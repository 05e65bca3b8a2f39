package io.github.cosxml.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;

/**
 * The two API pages: the copies under test resources, and the originals in the project's
 * {@code ../shared/docs} when that directory is reachable from the module.
 */
final class Pages {

    static final String JOB_PAGE = "ci-image-license-rec-job.txt";
    static final String SYNC_PAGE = "cos-ai-license-rec-sync.txt";
    static final List<String> NAMES = List.of(JOB_PAGE, SYNC_PAGE);

    private Pages() {
    }

    static List<Path> copies() {
        return NAMES.stream().map(Pages::copy).toList();
    }

    static Path copy(String name) {
        return Fixtures.resource("pages/" + name);
    }

    static String read(Path page) {
        try {
            return Files.readString(page, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The originals: {@code shared/docs} in the nearest ancestor of the module directory that has
     * it ({@code ../../shared/docs} from a checkout's schema module; further up from a git
     * worktree). The system property {@code cosxml.shared.docs} overrides the search.
     */
    static Optional<Path> originalsDirectory() {
        String override = System.getProperty("cosxml.shared.docs");
        if (override != null) {
            return Optional.of(Paths.get(override));
        }
        Path dir = Paths.get("").toAbsolutePath();
        for (int up = 0; up < 4 && dir != null; up++, dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("docs");
            if (NAMES.stream().allMatch(n -> Files.isRegularFile(candidate.resolve(n)))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
