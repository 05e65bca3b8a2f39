package io.github.cosxml.core.sign;

/** Test helper: what a server does with a query string: split on '&' and '=', decode each part. */
final class QueryStrings {
    private QueryStrings() {
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
