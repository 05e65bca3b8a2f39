package io.github.cosxml.core.sign;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * What a signature covers: the HTTP method, the decoded path (the object key as it is, prefixed
 * with {@code /}), the query parameters (decoded; a parameter may have no value, as in
 * {@code ?acl}) and the headers. Immutable; build it with {@link #builder()}.
 *
 * <p>Header values are stored trimmed of leading and trailing spaces and tabs, since that is all a
 * server can see of them. Two parameters (or two headers) whose canonical names are equal, such as
 * {@code prefix} and {@code Prefix}, are rejected: the documentation does not say how the service
 * signs duplicates and the SDKs disagree (spec §1.3), so a duplicate is an error, not a guess.
 */
public final class SignableRequest {
    /** The parameter table, for the package's table accessors. */
    static final int PARAMETERS = 0;
    /** The header table, for the package's table accessors. */
    static final int HEADERS = 1;
    /** The largest {@link NameFilter#choiceId()} a request remembers its header choice for. */
    static final int MAX_CHOICE_ID = 0xFFFF;
    /** A request with more headers than this does not remember its header choice. */
    static final int MAX_REMEMBERED_HEADERS = 48;

    private final String method;
    private final String path;
    // Names and values interleaved, in the order added; shared with the builder until it changes.
    private final String[] parameterPairs;
    private final int parameterCount;
    private final String[] headerPairs;
    private final int headerCount;
    // The canonical form (see CanonicalFormWriter): what every signature of this request copies from.
    final byte[] canonical;
    private final int methodPathEnd;
    private final int parametersEnd;
    private final int headersEnd;
    private final int[] entries;
    private final boolean hasHost;
    // The headers a filter chose, remembered for the next signature: the filter's choiceId in the
    // top 16 bits, one bit per header (in key order) below; 0 for none. One volatile long, so that
    // a reader never sees one filter's id with another's bits.
    private volatile long headerChoice;
    // Made on first use: most requests are only signed.
    private List<Parameter> parameterList;
    private List<Header> headerList;

    private SignableRequest(Builder b) {
        if (b.method == null) {
            throw new IllegalArgumentException("method is not set; call method(\"GET\") (or PUT, POST, DELETE, HEAD, ...)");
        }
        if (b.path == null) {
            throw new IllegalArgumentException("path is not set; call path(\"/\") for a bucket or path(\"/\" + objectKey)");
        }
        this.method = b.method;
        this.path = b.path;
        this.parameterPairs = b.parameterPairs;
        this.parameterCount = b.parameterCount;
        this.headerPairs = b.headerPairs;
        this.headerCount = b.headerCount;
        CanonicalFormWriter writer = Scratch.canonicalFormWriter();
        this.methodPathEnd = writer.begin(method, path);
        this.parametersEnd = writer.table(parameterPairs, parameterCount, "query parameter",
                "pass it once (a parameter's values cannot be repeated)");
        this.headersEnd = writer.table(headerPairs, headerCount, "header", "pass it once, joining several values with ', '");
        this.hasHost = writer.tableHasHost(headerCount);
        this.canonical = writer.canonical();
        this.entries = writer.entries();
    }

    /** Whether the request has a {@code Host} header; decided once, as signers ask on every signature. */
    boolean hasHost() {
        return hasHost;
    }

    /** Where the lower-case method and the path (with their line feeds) end in {@link #canonical}. */
    int methodPathEnd() {
        return methodPathEnd;
    }

    /** The number of entries of a table ({@link #PARAMETERS} or {@link #HEADERS}). */
    int count(int table) {
        return table == PARAMETERS ? parameterCount : headerCount;
    }

    /** Where a table's pairs start in {@link #canonical}. */
    int tableStart(int table) {
        return table == PARAMETERS ? methodPathEnd : parametersEnd;
    }

    /** Where a table's pairs end in {@link #canonical}. */
    int tableEnd(int table) {
        return table == PARAMETERS ? parametersEnd : headersEnd;
    }

    /** Where entry {@code i} (in key order) of a table starts: its key. */
    int entryStart(int table, int i) {
        return i == 0 ? tableStart(table) : entryEnd(table, i - 1) + 1;
    }

    /** Where entry {@code i}'s key ends (its {@code =}). */
    int keyEnd(int table, int i) {
        return entries[entryBase(table, i)];
    }

    /** Where entry {@code i}'s encoded value ends. */
    int entryEnd(int table, int i) {
        return entries[entryBase(table, i) + 1];
    }

    private int entryBase(int table, int i) {
        return CanonicalFormWriter.INTS_PER_ENTRY * (table == PARAMETERS ? i : parameterCount + i);
    }

    /**
     * The headers {@code filter} chooses, one bit per header in key order, if this request
     * remembers them for it; otherwise -1.
     */
    long rememberedHeaderChoice(NameFilter filter) {
        int id = filter.choiceId();
        long choice = headerChoice;
        return id != 0 && choice >>> 48 == id ? choice & CHOICE_BITS : -1;
    }

    /** Remembers the headers {@code filter} chose, when the filter and the header count allow. */
    void rememberHeaderChoice(NameFilter filter, long chosen) {
        int id = filter.choiceId();
        if (id != 0 && headerCount <= MAX_REMEMBERED_HEADERS) {
            headerChoice = (long) id << 48 | chosen;
        }
    }

    private static final long CHOICE_BITS = (1L << 48) - 1;

    /** The index, in key order, of the entry whose canonical key is {@code key}, or a negative number. */
    int find(int table, String key) {
        int low = 0;
        int high = count(table) - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int c = compareKey(entryStart(table, middle), keyEnd(table, middle), key);
            if (c < 0) {
                low = middle + 1;
            } else if (c > 0) {
                high = middle - 1;
            } else {
                return middle;
            }
        }
        return -1;
    }

    private int compareKey(int from, int to, String key) {
        int n = Math.min(to - from, key.length());
        for (int i = 0; i < n; i++) {
            int d = (canonical[from + i] & 0xFF) - key.charAt(i);
            if (d != 0) {
                return d;
            }
        }
        return (to - from) - key.length();
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this request's method, path, parameters and headers. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.method = method;
        b.path = path;
        b.parameterPairs = parameterPairs;
        b.parameterCount = parameterCount;
        b.headerPairs = headerPairs;
        b.headerCount = headerCount;
        b.shared = true;
        return b;
    }

    /** The HTTP method as given (signed lower-case). */
    public String method() {
        return method;
    }

    /** The decoded path, starting with {@code /}. */
    public String path() {
        return path;
    }

    /** The query parameters, in the order they were added. */
    public List<Parameter> parameters() {
        List<Parameter> list = parameterList;
        if (list == null) {
            Parameter[] array = new Parameter[parameterCount];
            for (int i = 0; i < array.length; i++) {
                array[i] = new Parameter(parameterPairs[2 * i], parameterPairs[2 * i + 1]);
            }
            // A race makes two equal lists; both are immutable and safely published (final fields).
            list = Collections.unmodifiableList(Arrays.asList(array));
            parameterList = list;
        }
        return list;
    }

    /** The headers, in the order they were added, values trimmed. */
    public List<Header> headers() {
        List<Header> list = headerList;
        if (list == null) {
            Header[] array = new Header[headerCount];
            for (int i = 0; i < array.length; i++) {
                array[i] = new Header(headerPairs[2 * i], headerPairs[2 * i + 1]);
            }
            list = Collections.unmodifiableList(Arrays.asList(array));
            headerList = list;
        }
        return list;
    }

    /** The value of the header named {@code name} (case-insensitive), or {@code null}. */
    public String header(String name) {
        String key = CosUrlEncoder.encodeKey(name);
        if (find(HEADERS, key) < 0) {
            return null;
        }
        // Names are unique by canonical form, so exactly one header has this key.
        for (int i = 0; i < headerCount; i++) {
            if (CosUrlEncoder.encodeKey(headerPairs[2 * i]).equals(key)) {
                return headerPairs[2 * i + 1];
            }
        }
        throw new IllegalStateException("header '" + key + "' is in the canonical form but not among the headers");
    }

    /** Whether a parameter named {@code name} (case-insensitive) is present. */
    public boolean hasParameter(String name) {
        return find(PARAMETERS, CosUrlEncoder.encodeKey(name)) >= 0;
    }

    @Override
    public String toString() {
        return "SignableRequest{" + method + " " + path + ", parameters=" + parameters() + ", headers=" + headers() + "}";
    }

    /** A query parameter: decoded name and value; the value is {@code null} for {@code ?acl}. */
    public static final class Parameter {
        private final String name;
        private final String value;

        Parameter(String name, String value) {
            this.name = name;
            this.value = value;
        }

        /** The decoded name. */
        public String name() {
            return name;
        }

        /** The decoded value, or {@code null} when the parameter has none. */
        public String value() {
            return value;
        }

        /** {@code name=value}; the value of a security token is masked. */
        @Override
        public String toString() {
            return value == null ? name : name + "=" + (isSecret(name) ? "****" : value);
        }
    }

    /** A header: name and trimmed value. */
    public static final class Header {
        private final String name;
        private final String value;

        Header(String name, String value) {
            this.name = name;
            this.value = value;
        }

        /** The name as given. */
        public String name() {
            return name;
        }

        /** The value, trimmed. */
        public String value() {
            return value;
        }

        /** {@code Name: value}; the value of a security token or an Authorization is masked. */
        @Override
        public String toString() {
            return name + ": " + (isSecret(name) ? "****" : value);
        }
    }

    /** Names whose values {@code toString()} hides: session tokens and credentials in headers. */
    static boolean isSecret(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith("security-token") || lower.equals("authorization");
    }

    /** Builds a {@link SignableRequest}; every setter checks its input and names the parameter at fault. */
    public static final class Builder {
        private static final String[] NONE = new String[0];

        private String method;
        private String path;
        private String[] parameterPairs = NONE;
        private int parameterCount;
        private String[] headerPairs = NONE;
        private int headerCount;
        // Whether the arrays are also a built request's: the next addition copies them first.
        private boolean shared;

        private Builder() {
        }

        /** The HTTP method, an RFC 9110 token such as {@code GET} or {@code put}. */
        public Builder method(String method) {
            if (method == null || method.isEmpty() || !HttpSyntax.isToken(method)) {
                throw new IllegalArgumentException("method '" + method
                        + "' is not an HTTP token; pass a method such as GET, PUT, POST, DELETE or HEAD");
            }
            this.method = method;
            return this;
        }

        /**
         * The decoded path: {@code /} for a bucket, {@code "/" + objectKey} for an object, with no
         * percent-encoding ({@code /exampleobject(腾讯云)}, not {@code /exampleobject(%E8...)}).
         */
        public Builder path(String path) {
            Require.nonNull(path, "path", "pass \"/\" + objectKey (decoded, e.g. /photos/a b.jpg), or \"/\" for the bucket");
            if (!path.startsWith("/")) {
                throw new IllegalArgumentException("path '" + path
                        + "' does not start with '/'; pass \"/\" + objectKey (decoded, e.g. /photos/a b.jpg)");
            }
            CosUrlEncoder.requireWellFormed(path, "path");
            this.path = path;
            return this;
        }

        /** Adds a query parameter with a value (decoded; the empty string is a value). */
        public Builder parameter(String name, String value) {
            if (name == null || name.isEmpty()) {
                throw new IllegalArgumentException("query parameter name is " + (name == null ? "null" : "empty")
                        + "; pass a name such as 'acl' or 'prefix'");
            }
            CosUrlEncoder.requireWellFormed(name, "query parameter name", name);
            if (value != null) {
                CosUrlEncoder.requireWellFormed(value, "value of query parameter", name);
            }
            unshare();
            parameterPairs = withRoomFor(parameterPairs, parameterCount);
            parameterPairs[2 * parameterCount] = name;
            parameterPairs[2 * parameterCount + 1] = value;
            parameterCount++;
            return this;
        }

        /** Adds a query parameter without value, like {@code acl} in {@code ?acl}. */
        public Builder parameter(String name) {
            return parameter(name, null);
        }

        /**
         * The path as a request line carries it, percent-encoded ({@code URI.getRawPath()} of what a
         * server received), decoded as the COS server decodes it: {@code %XX} as UTF-8, {@code +} as a
         * space. For a server that verifies what a client signed; a client passes {@link #path}. The
         * empty path of a URL with none ({@code https://host?acl}) is {@code /}, as HTTP sends it.
         *
         * @throws IllegalArgumentException if the path does not start with {@code /}, an escape is not
         *     two hex digits or the bytes are not UTF-8
         */
        public Builder wirePath(String rawPath) {
            if (rawPath == null) {
                throw new IllegalArgumentException("path is null; pass the request's raw path, e.g. URI.getRawPath()");
            }
            if (rawPath.isEmpty()) {
                return path("/");
            }
            if (!rawPath.startsWith("/")) {
                throw new IllegalArgumentException("raw path '" + rawPath + "' does not start with '/'; pass the path of"
                        + " the request line as it arrived, e.g. URI.getRawPath() (a URL's path is encoded with"
                        + " CosUrlEncoder.encodePath, which keeps the '/')");
            }
            String decoded;
            try {
                decoded = CosUrlEncoder.decode(rawPath.replace("+", "%20"));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("path: " + e.getMessage(), e);
            }
            return path(decoded);
        }

        /**
         * Adds every parameter of a query string as a request line carries it ({@code URI.getRawQuery()},
         * without the {@code ?}): each name and value decoded once ({@code %XX} as UTF-8; {@code +} stays
         * {@code +}), {@code acl} as a parameter without value, {@code a=} as one with the empty value.
         * Null or empty adds nothing. With {@link #wirePath}, it rebuilds a received (pre-signed) request
         * for {@link SignatureVerifier}.
         *
         * @throws IllegalArgumentException if a parameter has no name, or an escape does not decode (the
         *     message names the parameter, never its value, which may be a security token)
         */
        public Builder wireQuery(String rawQuery) {
            if (rawQuery == null || rawQuery.isEmpty()) {
                return this;
            }
            for (String pair : rawQuery.split("&", -1)) {
                if (pair.isEmpty()) {
                    continue; // "a=1&&b=2": nothing between the two '&'
                }
                int eq = pair.indexOf('=');
                if (eq == 0) {
                    throw new IllegalArgumentException("query parameter without a name ('" + pair
                            + "'); pass the query exactly as it was signed");
                }
                String name;
                try {
                    name = CosUrlEncoder.decode(eq < 0 ? pair : pair.substring(0, eq));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("query parameter name: " + e.getMessage(), e);
                }
                if (eq < 0) {
                    parameter(name);
                    continue;
                }
                String value;
                try {
                    value = CosUrlEncoder.decode(pair.substring(eq + 1));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("value of query parameter '" + name + "' does not decode: each"
                            + " '%' needs two hex digits and the bytes must be UTF-8; pass the query exactly as it"
                            + " was signed");
                }
                parameter(name, value);
            }
            return this;
        }

        /** Adds a header. The name must be an HTTP token; the value is trimmed and must not hold CR or LF. */
        public Builder header(String name, String value) {
            if (name == null || name.isEmpty()) {
                throw new IllegalArgumentException("header name is " + (name == null ? "null" : "empty")
                        + "; pass a name such as 'Host'");
            }
            if (!HttpSyntax.isToken(name)) {
                if (name.indexOf('\r') >= 0 || name.indexOf('\n') >= 0) {
                    throw new IllegalArgumentException("header name '" + HttpSyntax.visible(name)
                            + "' contains CR or LF; pass the name alone, without line breaks");
                }
                throw new IllegalArgumentException("header name '" + HttpSyntax.visible(name)
                        + "' is not an HTTP token (no spaces, ':' or non-ASCII); pass a name such as 'x-cos-meta-author'");
            }
            if (value == null) {
                throw new IllegalArgumentException("value of header '" + name + "' is null; pass \"\" for an empty value");
            }
            if (!HttpSyntax.isOneLineWithoutSurrogates(value)) {
                if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
                    throw new IllegalArgumentException("value of header '" + name
                            + "' contains CR or LF; HTTP header values are one line, remove the line breaks");
                }
                CosUrlEncoder.requireWellFormed(value, "value of header", name);
            }
            unshare();
            headerPairs = withRoomFor(headerPairs, headerCount);
            headerPairs[2 * headerCount] = name;
            headerPairs[2 * headerCount + 1] = HttpSyntax.trimWhitespace(value);
            headerCount++;
            return this;
        }

        /**
         * Builds the request.
         *
         * @throws IllegalArgumentException if method or path is missing, or a parameter or header is duplicated
         */
        public SignableRequest build() {
            SignableRequest request = new SignableRequest(this);
            shared = true;
            return request;
        }

        /** Makes the arrays this builder's own before it changes them, when a built request holds them. */
        private void unshare() {
            if (shared) {
                parameterPairs = parameterPairs.clone();
                headerPairs = headerPairs.clone();
                shared = false;
            }
        }

        /** {@code pairs}, or a larger copy when it has no room for entry {@code index}. */
        private static String[] withRoomFor(String[] pairs, int index) {
            return pairs.length >= 2 * index + 2 ? pairs : Arrays.copyOf(pairs, Math.max(16, 2 * pairs.length));
        }
    }
}
