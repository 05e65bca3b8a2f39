package io.github.cosxml.core.cli;

import io.github.cosxml.core.sign.SignableRequest;
import java.util.Locale;

/**
 * A pre-signed URL taken apart as the COS server reads its request: the host, the path decoded
 * ({@code %XX} as UTF-8, {@code +} as a space, as {@code --wire-path}), and each query parameter
 * decoded once ({@code +} stays {@code +}). The fragment is never sent, so it is dropped.
 */
final class PresignedUrl {
    private final String host;
    private final String rawPath;
    private final String query;

    private PresignedUrl(String host, String rawPath, String query) {
        this.host = host;
        this.rawPath = rawPath;
        this.query = query;
    }

    /**
     * Splits {@code url} into its parts.
     *
     * @throws UsageException if it is not an absolute http(s) URL with a host
     */
    static PresignedUrl parse(String url) throws UsageException {
        String lower = url.toLowerCase(Locale.ROOT);
        int schemeEnd = lower.startsWith("https://") ? 8 : lower.startsWith("http://") ? 7 : -1;
        if (schemeEnd < 0) {
            throw new UsageException("--url '" + withoutQuery(url) + "' is not an http(s) URL; pass the whole pre-signed URL, e.g."
                    + " 'https://examplebucket-1250000000.cos.ap-beijing.myqcloud.com/key?q-sign-algorithm=sha1&...'");
        }
        int fragment = url.indexOf('#');
        String sent = fragment < 0 ? url : url.substring(0, fragment);
        int authorityEnd = indexOfAny(sent, schemeEnd, "/?");
        String authority = sent.substring(schemeEnd, authorityEnd);
        String host = withoutDefaultPort(authority.substring(authority.lastIndexOf('@') + 1), schemeEnd == 8);
        if (host.isEmpty()) {
            throw new UsageException("--url '" + withoutQuery(url) + "' has no host; pass the whole pre-signed URL,"
                    + " with the bucket's host after " + url.substring(0, schemeEnd));
        }
        int queryStart = sent.indexOf('?', authorityEnd);
        String rawPath = sent.substring(authorityEnd, queryStart < 0 ? sent.length() : queryStart);
        String query = queryStart < 0 ? "" : sent.substring(queryStart + 1);
        return new PresignedUrl(host, rawPath.isEmpty() ? "/" : rawPath, query);
    }

    /** The URL up to its query, for messages: the query may hold a session token. */
    private static String withoutQuery(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query) + "?...";
    }

    // A client leaves the scheme's own port out of the Host header it sends (and signs).
    private static String withoutDefaultPort(String host, boolean https) {
        String port = https ? ":443" : ":80";
        return host.endsWith(port) ? host.substring(0, host.length() - port.length()) : host;
    }

    /** The host, as the {@code Host} header a client sends to this URL carries it (a port other than the scheme's). */
    String host() {
        return host;
    }

    /**
     * Sets the path and adds the parameters of this URL to {@code request}.
     *
     * @throws UsageException if the path or a parameter does not decode, or a parameter has no name
     */
    void addTo(SignableRequest.Builder request) throws UsageException {
        try {
            request.wirePath(rawPath).wireQuery(query);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--url " + e.getMessage());
        }
    }

    private static int indexOfAny(String s, int from, String chars) {
        for (int i = from; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return s.length();
    }
}
