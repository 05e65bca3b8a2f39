package io.github.cosxml.core.sign;

/** Test helper: a request received with a query string, as a server rebuilds it. */
final class QueryStrings {
    private QueryStrings() {
    }

    /** The documented download example (spec §2.3: GET, its path and Host) received with {@code query}. */
    static SignableRequest downloadExampleWithQuery(String query) {
        return withQuery(SignableRequest.builder().method("GET").path(DocVectors.PATH).header("Host", DocVectors.HOST),
                query);
    }

    static SignableRequest withQuery(SignableRequest.Builder builder, String query) {
        return builder.wireQuery(query).build(); // WireFormTest checks wireQuery itself
    }
}
