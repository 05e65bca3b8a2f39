package io.github.cosxml.codegen.maven;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/** Placeholder for the {@code cosxml:generate} goal; the generator issue replaces it. */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends AbstractMojo {
    @Override
    public void execute() {
        getLog().info("cosxml:generate is not implemented yet");
    }
}
