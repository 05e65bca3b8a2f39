package io.github.cosxml.tests.http;

import com.sun.net.httpserver.HttpExchange;
import io.github.cosxml.core.sign.Authorization;
import io.github.cosxml.core.sign.CosUrlEncoder;
import io.github.cosxml.core.sign.SignableRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the loopback server received, in the form the verifier needs: method, decoded path, decoded
 * query parameters in wire order, every header (several values joined with {@code ", "}) and the
 * body.
 *
 * @param method the HTTP method
 * @param path the decoded path, e.g. {@code /idcard/正面 front+back.jpg}; as COS does, a {@code +}
 *     on the wire is a space, so a key's {@code +} arrives only as {@code %2B}
 * @param rawQuery the query as it was on the request line, or null
 * @param parameters the decoded query parameters (a name without {@code =} maps to null)
 * @param headers every header, names as the server reports them
 * @param body the body bytes (empty for none)
 */
public record IncomingRequest(String method, String path, String rawQuery, Map<String, String> parameters,
        Map<String, String> headers, byte[] body) {

    /** Reads the exchange's request line, headers and body. */
    static IncomingRequest of(HttpExchange exchange) throws IOException {
        String rawQuery = exchange.getRequestURI().getRawQuery();
        Map<String, String> parameters = new LinkedHashMap<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                String name = CosUrlEncoder.decode(eq < 0 ? pair : pair.substring(0, eq));
                parameters.put(name, eq < 0 ? null : CosUrlEncoder.decode(pair.substring(eq + 1)));
            }
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
            headers.put(header.getKey(), String.join(", ", header.getValue()));
        }
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        String path = CosUrlEncoder.decode(exchange.getRequestURI().getRawPath().replace('+', ' '));
        // not Map.copyOf: a parameter without value (?cancel) maps to null
        return new IncomingRequest(exchange.getRequestMethod(), path, rawQuery,
                Collections.unmodifiableMap(parameters), Map.copyOf(headers), body);
    }

    /** A header by case-insensitive name, or null. */
    public String header(String name) {
        for (Map.Entry<String, String> header : headers.entrySet()) {
            if (header.getKey().equalsIgnoreCase(name)) {
                return header.getValue();
            }
        }
        return null;
    }

    /**
     * Whether the request is pre-signed: its query carries the {@code q-*} fields, or the merged
     * form's {@code sign} parameter.
     */
    public boolean isPresigned() {
        return parameters.containsKey("q-signature") || parameters.containsKey("sign");
    }

    /** The SecretId of a pre-signed request ({@code q-ak}, or inside {@code sign}); null if none. */
    String presignedSecretId() {
        if (parameters.containsKey("q-ak")) {
            return parameters.get("q-ak");
        }
        return parameters.containsKey("sign") ? Authorization.parse(parameters.get("sign")).secretId() : null;
    }

    /** The request as the signature covers it: every header and every parameter, including {@code q-*}. */
    SignableRequest signable() {
        SignableRequest.Builder builder = SignableRequest.builder().method(method).path(path);
        parameters.forEach((name, value) -> {
            if (value == null) {
                builder.parameter(name);
            } else {
                builder.parameter(name, value);
            }
        });
        headers.forEach(builder::header);
        return builder.build();
    }
}
