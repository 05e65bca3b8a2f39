package io.github.cosxml.tests.http;

import io.github.cosxml.core.sign.CredentialsLookup;
import java.io.IOException;
import java.util.Objects;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs one {@link LoopbackCiServer} (127.0.0.1, an ephemeral port) per test class: started before the
 * class's first test, stopped after its last, also when tests fail. Register it on a static field and
 * reach the server through {@link #server()}:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final LoopbackServerExtension loopback = new LoopbackServerExtension(KNOWN);
 *
 * @Test
 * void example() {
 *     URI base = loopback.server().baseUri();
 * }
 * }</pre>
 *
 * Each class passes the credentials its server knows; its {@code @Nested} classes share its server.
 * On an instance field JUnit would not call the class-level callbacks, and {@link #server()} says so.
 */
public final class LoopbackServerExtension implements BeforeAllCallback, AfterAllCallback {
    private final CredentialsLookup credentials;
    private LoopbackCiServer server;
    // The class that started the server: a @Nested class inherits the extension and shares that server.
    private String startedBy;

    /** A server that will know the given credentials (and verify every request against them). */
    public LoopbackServerExtension(CredentialsLookup credentials) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        if (server == null) {
            server = LoopbackCiServer.start(credentials);
            startedBy = context.getUniqueId();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (server != null && context.getUniqueId().equals(startedBy)) {
            server.close();
            server = null;
            startedBy = null;
        }
    }

    /** The running server of the current test class. */
    public LoopbackCiServer server() {
        if (server == null) {
            throw new IllegalStateException("the loopback server runs only while a test class runs;"
                    + " register this extension with @RegisterExtension on a static field");
        }
        return server;
    }
}
