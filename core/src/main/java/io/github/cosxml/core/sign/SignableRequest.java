package io.github.cosxml.core.sign;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
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
    private final String method;
    private final String path;
    private final List<Parameter> parameters;
    private final List<Header> headers;
    // Canonical forms, sorted by canonical name: what the signature steps read.
    final String methodLowerCase;
    final String[] parameterKeys;
    final String[] parameterValues;
    final byte[][] parameterValuesEncoded;
    final String[] headerKeys;
    final String[] headerValues;
    final byte[][] headerValuesEncoded;
    final byte[] pathUtf8;

    private SignableRequest(Builder b) {
        if (b.method == null) {
            throw new IllegalArgumentException("method is not set; call method(\"GET\") (or PUT, POST, DELETE, HEAD, ...)");
        }
        if (b.path == null) {
            throw new IllegalArgumentException("path is not set; call path(\"/\") for a bucket or path(\"/\" + objectKey)");
        }
        this.method = b.method;
        this.methodLowerCase = b.method.toLowerCase(Locale.ROOT);
        this.path = b.path;
        this.parameters = Collections.unmodifiableList(new ArrayList<Parameter>(b.parameters));
        this.headers = Collections.unmodifiableList(new ArrayList<Header>(b.headers));
        Entry[] p = new Entry[parameters.size()];
        for (int i = 0; i < p.length; i++) {
            Parameter parameter = parameters.get(i);
            p[i] = new Entry(CosUrlEncoder.encodeKey(parameter.name), parameter.value == null ? "" : parameter.value, parameter.name);
        }
        sortAndRejectDuplicates(p, "query parameter", "pass it once (a parameter's values cannot be repeated)");
        this.parameterKeys = keys(p);
        this.parameterValues = values(p);
        this.parameterValuesEncoded = encoded(parameterValues);
        Entry[] h = new Entry[headers.size()];
        for (int i = 0; i < h.length; i++) {
            Header header = headers.get(i);
            h[i] = new Entry(CosUrlEncoder.encodeKey(header.name), header.value, header.name);
        }
        sortAndRejectDuplicates(h, "header", "pass it once, joining several values with ', '");
        this.headerKeys = keys(h);
        this.headerValues = values(h);
        this.headerValuesEncoded = encoded(headerValues);
        this.pathUtf8 = path.getBytes(StandardCharsets.UTF_8);
    }

    private static void sortAndRejectDuplicates(Entry[] entries, String what, String fix) {
        Arrays.sort(entries, new Comparator<Entry>() {
            @Override
            public int compare(Entry a, Entry b) {
                return a.key.compareTo(b.key);
            }
        });
        for (int i = 1; i < entries.length; i++) {
            if (entries[i].key.equals(entries[i - 1].key)) {
                throw new IllegalArgumentException(what + " '" + entries[i].name + "' duplicates '" + entries[i - 1].name
                        + "' (both sign as '" + entries[i].key + "'); " + fix);
            }
        }
    }

    private static String[] keys(Entry[] entries) {
        String[] keys = new String[entries.length];
        for (int i = 0; i < entries.length; i++) {
            keys[i] = entries[i].key;
        }
        return keys;
    }

    private static String[] values(Entry[] entries) {
        String[] values = new String[entries.length];
        for (int i = 0; i < entries.length; i++) {
            values[i] = entries[i].value;
        }
        return values;
    }

    /** Values percent-encoded once here, so that every signature of this request only copies bytes. */
    private static byte[][] encoded(String[] values) {
        byte[][] encoded = new byte[values.length][];
        ByteSink sink = Scratch.encoder();
        for (int i = 0; i < values.length; i++) {
            sink.reset();
            encoded[i] = sink.encoded(values[i], false).toByteArray();
        }
        return encoded;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this request's method, path, parameters and headers. */
    public Builder toBuilder() {
        Builder b = new Builder().method(method).path(path);
        b.parameters.addAll(parameters);
        b.headers.addAll(headers);
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
        return parameters;
    }

    /** The headers, in the order they were added, values trimmed. */
    public List<Header> headers() {
        return headers;
    }

    /** The value of the header named {@code name} (case-insensitive), or {@code null}. */
    public String header(String name) {
        int i = Arrays.binarySearch(headerKeys, CosUrlEncoder.encodeKey(name));
        return i >= 0 ? headerValues[i] : null;
    }

    /** Whether a parameter named {@code name} (case-insensitive) is present. */
    public boolean hasParameter(String name) {
        return Arrays.binarySearch(parameterKeys, CosUrlEncoder.encodeKey(name)) >= 0;
    }

    @Override
    public String toString() {
        return "SignableRequest{" + method + " " + path + ", parameters=" + parameters + ", headers=" + headers + "}";
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

    private static final class Entry {
        final String key;
        final String value;
        final String name;

        Entry(String key, String value, String name) {
            this.key = key;
            this.value = value;
            this.name = name;
        }
    }

    /** Builds a {@link SignableRequest}; every setter checks its input and names the parameter at fault. */
    public static final class Builder {
        private String method;
        private String path;
        private final List<Parameter> parameters = new ArrayList<Parameter>();
        private final List<Header> headers = new ArrayList<Header>();

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
            if (path == null || !path.startsWith("/")) {
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
            CosUrlEncoder.requireWellFormed(name, "query parameter name '" + name + "'");
            if (value != null) {
                CosUrlEncoder.requireWellFormed(value, "value of query parameter '" + name + "'");
            }
            parameters.add(new Parameter(name, value));
            return this;
        }

        /** Adds a query parameter without value, like {@code acl} in {@code ?acl}. */
        public Builder parameter(String name) {
            return parameter(name, null);
        }

        /** Adds a header. The name must be an HTTP token; the value is trimmed and must not hold CR or LF. */
        public Builder header(String name, String value) {
            if (name == null || name.isEmpty()) {
                throw new IllegalArgumentException("header name is " + (name == null ? "null" : "empty")
                        + "; pass a name such as 'Host'");
            }
            if (name.indexOf('\r') >= 0 || name.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("header name '" + HttpSyntax.visible(name)
                        + "' contains CR or LF; pass the name alone, without line breaks");
            }
            if (!HttpSyntax.isToken(name)) {
                throw new IllegalArgumentException("header name '" + HttpSyntax.visible(name)
                        + "' is not an HTTP token (no spaces, ':' or non-ASCII); pass a name such as 'x-cos-meta-author'");
            }
            if (value == null) {
                throw new IllegalArgumentException("value of header '" + name + "' is null; pass \"\" for an empty value");
            }
            if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("value of header '" + name
                        + "' contains CR or LF; HTTP header values are one line, remove the line breaks");
            }
            CosUrlEncoder.requireWellFormed(value, "value of header '" + name + "'");
            headers.add(new Header(name, HttpSyntax.trimWhitespace(value)));
            return this;
        }

        /**
         * Builds the request.
         *
         * @throws IllegalArgumentException if method or path is missing, or a parameter or header is duplicated
         */
        public SignableRequest build() {
            return new SignableRequest(this);
        }

    }
}
