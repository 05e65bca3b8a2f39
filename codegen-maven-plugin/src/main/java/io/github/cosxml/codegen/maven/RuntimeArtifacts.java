package io.github.cosxml.codegen.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;

/**
 * Resolves artifacts with their runtime dependencies through the build's own repository system and
 * session (so offline mode, mirrors and the local repository apply as for the plugin itself).
 */
final class RuntimeArtifacts {
    private final RepositorySystem system;
    private final RepositorySystemSession session;
    private final List<RemoteRepository> repositories;

    RuntimeArtifacts(RepositorySystem system, RepositorySystemSession session, List<RemoteRepository> repositories) {
        this.system = system;
        this.session = session;
        this.repositories = List.copyOf(repositories);
    }

    /** The files of the artifacts ({@code groupId:artifactId:version}) and of their runtime dependencies. */
    List<Path> resolve(List<String> coordinates) throws MojoExecutionException {
        CollectRequest collect = new CollectRequest();
        for (String coordinate : coordinates) {
            collect.addDependency(new Dependency(new DefaultArtifact(coordinate), "runtime"));
        }
        collect.setRepositories(repositories);
        try {
            List<Path> files = new ArrayList<>();
            for (ArtifactResult result : system.resolveDependencies(session, new DependencyRequest(collect, null))
                    .getArtifactResults()) {
                files.add(result.getArtifact().getFile().toPath());
            }
            return files;
        } catch (DependencyResolutionException e) {
            throw new MojoExecutionException("cosxml: cannot resolve XJC, which the goal loads when it generates ("
                    + String.join(", ", coordinates) + "): " + e.getMessage() + ". Run the build once online (without"
                    + " -o), or make these artifacts available in the local repository or a plugin repository.", e);
        }
    }
}
