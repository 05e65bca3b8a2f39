package io.github.cosxml.core.sign;

/** Test helper: what a server does with a query string: split on '&' and '=', decode each part. */
final class QueryStrings {
    private QueryStrings() {
    }

    /** The documented download example (spec §2.3: GET, its path and Host) received with {@code query}. */
    static SignableRequest downloadExampleWithQuery(String query) {
        return withQuery(SignableRequest.builder().method("GET").path(DocVectors.PATH).header("Host", DocVectors.HOST),
                query);
    }

    static SignableRequest withQuery(SignableRequest.Builder builder, String query) {
        if (query.isEmpty()) {
            return builder.build();
        }
        for (String part : query.split("&", -1)) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                builder.parameter(CosUrlEncoder.decode(part));
            } else {
                builder.parameter(CosUrlEncoder.decode(part.substring(0, eq)), CosUrlEncoder.decode(part.substring(eq + 1)));
            }
        }
        return builder.build();
    }
}
