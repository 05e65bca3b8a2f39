package io.github.cosxml.tests.e2e;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The service a job's {@code CallBack} URL points at, on 127.0.0.1 and an ephemeral port: it keeps
 * every request it receives and answers each with the status a test sets (200 unless told).
 */
final class CallbackReceiver implements AutoCloseable {
    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile int status = 200;

    /**
     * One request the receiver got.
     *
     * @param method the HTTP method
     * @param path the request path
     * @param contentType its {@code Content-Type}, or null
     * @param body its body
     */
    record Received(String method, String path, String contentType, byte[] body) {
    }

    private CallbackReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::receive);
    }

    /** A running receiver. */
    static CallbackReceiver start() throws IOException {
        CallbackReceiver receiver = new CallbackReceiver();
        receiver.server.start();
        return receiver;
    }

    /** The URL of {@code path} on this receiver, for a job's {@code CallBack}. */
    URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** Answers every later request with {@code status}. */
    void answerWith(int status) {
        this.status = status;
    }

    /** Every request received so far, in order. */
    List<Received> received() {
        return List.copyOf(received);
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Content-Type"), body));
            exchange.sendResponseHeaders(status, -1);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
