package io.github.cosxml.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance 5: DOCTYPEs and external entities are refused without being read. A loopback HTTP
 * server counts every request a document could trigger; a file of known content must never show
 * up in a result.
 */
class SecurityTest {

    private static final String SECRET = "cosxml-secret-7f3a9c";

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private String base;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = ("<!ENTITY leak \"" + SECRET + "\">").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void anExternalFileEntityIsRefusedAndNeverRead(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
        String xml = "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE Error [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<Error><Code>&xxe;</Code><Message>m</Message></Error>\n";

        ValidationResult result = CiSchema.ERROR.validate(xml);

        assertRefusedAtTheDoctype(result);
        assertThat(result.report()).doesNotContain(SECRET);
    }

    @Test
    void anHttpEntityIsRefusedWithoutARequest() {
        String xml = "<!DOCTYPE Error [<!ENTITY xxe SYSTEM \"" + base + "/entity\">]>\n"
                + "<Error><Code>&xxe;</Code><Message>m</Message></Error>";

        ValidationResult result = CiSchema.ERROR.validate(xml);

        assertRefusedAtTheDoctype(result);
        assertThat(requests).hasValue(0);
    }

    @Test
    void anExternalDtdAndParameterEntitiesAreRefusedWithoutARequest() {
        String external = "<!DOCTYPE Error SYSTEM \"" + base + "/error.dtd\">\n"
                + "<Error><Code>c</Code><Message>m</Message></Error>";
        String parameter = "<!DOCTYPE Error [<!ENTITY % p SYSTEM \"" + base + "/p.dtd\"> %p;]>\n"
                + "<Error><Code>&leak;</Code><Message>m</Message></Error>";

        assertRefusedAtTheDoctype(CiSchema.ERROR.validate(external));
        assertRefusedAtTheDoctype(CiSchema.ERROR.validate(parameter));
        assertThat(requests).hasValue(0);
    }

    @Test
    void anInternalSubsetIsRefusedToo() {
        String laughs = "<!DOCTYPE Error [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>"
                + "<Error><Code>&b;</Code><Message>m</Message></Error>";

        ValidationResult result = CiSchema.ERROR.validate(laughs.getBytes(StandardCharsets.UTF_8));

        assertRefusedAtTheDoctype(result);
        assertThat(result.violations().get(0).message()).contains("Remove the <!DOCTYPE");
    }

    @Test
    void schemaLocationHintsInTheDocumentAreNotFetched() {
        String xml = "<Error xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                + " xsi:noNamespaceSchemaLocation=\"" + base + "/evil.xsd\">"
                + "<Code>c</Code><Message>m</Message></Error>";

        ValidationResult result = CiSchema.ERROR.validate(xml);

        XmlAssertions.assertValid(result);
        assertThat(requests).hasValue(0);
    }

    private static void assertRefusedAtTheDoctype(ValidationResult result) {
        assertThat(result.violations()).as(result.report()).hasSize(1);
        Violation violation = result.violations().get(0);
        assertThat(violation.kind()).isEqualTo(Violation.Kind.REFUSED);
        assertThat(violation.elementPath()).isEqualTo("/");
        assertThat(violation.line()).isBetween(1, 2);
    }
}
