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
 * (where they still hold what was generated) with the state. States of executions that ran in this
 * build, and sources in other directories (a profile's own folder), are left alone.
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
     * Deletes the sources and states of the executions not in {@code configured} that wrote into
     * this output directory before this build started.
     *
     * @param configured the ids of the executions the project configures
     * @param buildStarted when this build started (ms since the epoch): states written since are this build's
     * @return one line per removed execution, for the log
     */
    List<String> removeUnconfigured(Set<String> configured, long buildStarted) throws IOException {
        List<String> removed = new ArrayList<>();
        for (Path stateFile : otherStateFiles()) {
            String id = idOf(stateFile);
            if (configured.contains(id) || Files.getLastModifiedTime(stateFile).toMillis() >= buildStarted) {
                continue;
            }
            Optional<BuildState> state = BuildState.read(stateFile);
            if (state.isPresent() && state.get().wroteElsewhere(output)) {
                continue; // not compiled with this output: not this execution's to judge
            }
            int deleted = state.isPresent()
                    ? new SourceWriter(output).write(List.of(), state.get().outputs(), Set.of()).deleted() : 0;
            Files.deleteIfExists(stateFile);
            removed.add("execution '" + id + "' is no longer configured; deleted the " + deleted
                    + " sources it generated");
        }
        return removed;
    }

    /** The sources the other executions' states record in this output directory: theirs, not stale here. */
    Set<String> outputsOfOthers() throws IOException {
        Set<String> claimed = new HashSet<>();
        for (Path stateFile : otherStateFiles()) {
            Optional<BuildState> state = BuildState.read(stateFile);
            if (state.isPresent() && !state.get().wroteElsewhere(output)) {
                claimed.addAll(state.get().outputs().keySet());
            }
        }
        return claimed;
    }

    private List<Path> otherStateFiles() throws IOException {
        if (!Files.isDirectory(stateDirectory)) {
            return List.of();
        }
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(stateDirectory, "*" + SUFFIX)) {
            for (Path file : files) {
                if (!idOf(file).equals(executionId)) {
                    found.add(file);
                }
            }
        }
        Collections.sort(found);
        return found;
    }

    private static String idOf(Path stateFile) {
        String name = stateFile.getFileName().toString();
        return name.substring(0, name.length() - SUFFIX.length());
    }
}
