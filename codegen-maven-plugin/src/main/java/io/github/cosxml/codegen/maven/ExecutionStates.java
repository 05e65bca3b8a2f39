package io.github.cosxml.codegen.maven;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The build states of a project's executions, one file per execution id in the state directory,
 * as seen by one execution writing into one output directory.
 *
 * <p>An execution the project no longer configures (renamed, removed, or a {@code mvn cosxml:generate}
 * run of an earlier build, whose id is {@code default-cli}) leaves sources nothing keeps up to date:
 * when they are in this execution's output directory, where they would be compiled, they are deleted
 * (where they still hold what was generated, and no other state names them) with the state. States of
 * executions that ran in this build, and sources in other directories (a profile's own folder), are
 * left alone.
 */
final class ExecutionStates {
    private static final String SUFFIX = ".state";

    private final Path stateDirectory;
    private final String executionId;
    private final Path output;

    ExecutionStates(Path stateDirectory, String executionId, Path output) {
        this.stateDirectory = stateDirectory;
        this.executionId = executionId;
        this.output = output;
    }

    /** This execution's state file. */
    Path stateFile() {
        return stateDirectory.resolve(executionId + SUFFIX);
    }

    /**
     * Deletes the sources and states of the executions that are neither configured nor ran in this
     * build and wrote into this output directory; a file another state names stays.
     *
     * @param kept the ids of the executions the project configures and of those that ran in this build
     * @return one line per removed execution, for the log
     */
    List<String> removeUnconfigured(Set<String> kept) throws IOException {
        List<String> removed = new ArrayList<>();
        for (Path stateFile : stateFiles()) {
            String id = idOf(stateFile);
            if (id.equals(executionId) || kept.contains(id)) {
                continue;
            }
            Optional<BuildState> state = BuildState.read(stateFile);
            if (state.isPresent() && state.get().wroteElsewhere(output)) {
                continue; // not compiled with this output: not this execution's to judge
            }
            int deleted = state.isPresent()
                    ? new SourceWriter(output).write(List.of(), state.get().outputs(), outputsNamedBy(Set.of(id)))
                            .deleted()
                    : 0;
            Files.deleteIfExists(stateFile);
            removed.add("execution '" + id + "' is no longer configured; deleted the " + deleted
                    + " sources it generated");
        }
        return removed;
    }

    /** The sources the other executions' states record in this output directory: theirs, not stale here. */
    Set<String> outputsOfOthers() throws IOException {
        return outputsNamedBy(Set.of(executionId));
    }

    // The outputs in this directory of every state but those of the given ids.
    private Set<String> outputsNamedBy(Set<String> except) throws IOException {
        Set<String> claimed = new HashSet<>();
        for (Path stateFile : stateFiles()) {
            if (except.contains(idOf(stateFile))) {
                continue;
            }
            Optional<BuildState> state = BuildState.read(stateFile);
            if (state.isPresent() && !state.get().wroteElsewhere(output)) {
                claimed.addAll(state.get().outputs().keySet());
            }
        }
        return claimed;
    }

    private List<Path> stateFiles() throws IOException {
        if (!Files.isDirectory(stateDirectory)) {
            return List.of();
        }
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(stateDirectory, "*" + SUFFIX)) {
            files.forEach(found::add);
        }
        Collections.sort(found);
        return found;
    }

    private static String idOf(Path stateFile) {
        String name = stateFile.getFileName().toString();
        return name.substring(0, name.length() - SUFFIX.length());
    }
}
