package io.github.cosxml.codegen.maven;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The build states of executions the project no longer configures (renamed, removed, or a former
 * {@code mvn cosxml:generate} run, whose id is {@code default-cli}): nothing keeps their sources up
 * to date any more, so they are deleted, where they still hold what was generated, with the state.
 */
final class RemovedExecutions {
    private static final String SUFFIX = ".state";

    private final Path stateDirectory;

    RemovedExecutions(Path stateDirectory) {
        this.stateDirectory = stateDirectory;
    }

    /**
     * Deletes the sources and states of every execution not in {@code configured}.
     *
     * @param configured the ids of the executions the project configures, this one's included
     * @param output where a state written before output directories were recorded put its sources
     * @return one line per removed execution, for the log
     */
    List<String> deleteSources(Set<String> configured, Path output) throws IOException {
        if (!Files.isDirectory(stateDirectory)) {
            return List.of();
        }
        List<Path> stateFiles = new ArrayList<>();
        try (DirectoryStream<Path> found = Files.newDirectoryStream(stateDirectory, "*" + SUFFIX)) {
            found.forEach(stateFiles::add);
        }
        Collections.sort(stateFiles);
        List<String> removed = new ArrayList<>();
        for (Path stateFile : stateFiles) {
            String name = stateFile.getFileName().toString();
            String id = name.substring(0, name.length() - SUFFIX.length());
            if (configured.contains(id)) {
                continue;
            }
            Optional<BuildState> state = BuildState.read(stateFile);
            int deleted = 0;
            if (state.isPresent()) {
                Path directory = state.get().outputDirectoryOr(output);
                deleted = new SourceWriter(directory).write(List.of(), state.get().outputs()).deleted();
            }
            Files.deleteIfExists(stateFile);
            removed.add("execution '" + id + "' is no longer configured; deleted the " + deleted
                    + " sources it generated");
        }
        return removed;
    }
}
