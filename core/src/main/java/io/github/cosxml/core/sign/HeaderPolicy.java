package io.github.cosxml.core.sign;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Which of a request's headers are signed. Decided on the canonical (encoded, lower-case) name.
 * Immutable.
 */
public final class HeaderPolicy {
    // Before the policies below: their constructors use these.
    private static final AtomicInteger NEXT_CHOICE_ID = new AtomicInteger(1);
    private static final byte[] X_COS = "x-cos-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] X_CI = "x-ci-".getBytes(StandardCharsets.US_ASCII);
    /** The Java SDK's signable set (spec §3.1); Go and Python sign the same names when present. */
    private static final Set<String> SDK_NAMES = Collections.unmodifiableSet(new HashSet<String>(Arrays.asList(
            "cache-control", "content-disposition", "content-encoding", "content-length", "content-md5",
            "content-type", "expect", "expires", "host", "if-match", "if-modified-since", "if-none-match",
            "if-unmodified-since", "origin", "range", "transfer-encoding", "pic-operations")));

    private static final HeaderPolicy SDK_DEFAULT = new HeaderPolicy("sdkDefault", SDK_NAMES, true, true);
    private static final HeaderPolicy ALL = new HeaderPolicy("all", null, false, false);

    private final String name;
    private final Set<String> names;
    private final boolean cosPrefixes;
    private final boolean requiresHost;
    private final NameFilter filter;

    private HeaderPolicy(String name, Set<String> names, boolean cosPrefixes, boolean requiresHost) {
        this.name = name;
        this.names = names;
        this.cosPrefixes = cosPrefixes;
        this.requiresHost = requiresHost;
        this.filter = names == null ? NameFilter.ALL : bytesFilter(new CanonicalNameSet(names), cosPrefixes);
    }

    private static NameFilter bytesFilter(final CanonicalNameSet set, final boolean cosPrefixes) {
        final int id = NEXT_CHOICE_ID.getAndIncrement();
        return new NameFilter() {
            @Override
            public boolean accepts(byte[] text, int from, int to) {
                return set.accepts(text, from, to) || (cosPrefixes
                        && (CanonicalNameSet.startsWith(text, from, to, X_COS) || CanonicalNameSet.startsWith(text, from, to, X_CI)));
            }

            @Override
            public int choiceId() {
                // Policies are few and long-lived; past the limit a request just does not remember.
                return id <= SignableRequest.MAX_CHOICE_ID ? id : 0;
            }
        };
    }

    /**
     * The official SDKs' choice: {@code host}, {@code content-type}, {@code content-length},
     * {@code content-md5}, {@code cache-control}, {@code content-disposition},
     * {@code content-encoding}, {@code expect}, {@code expires}, {@code if-*}, {@code origin},
     * {@code range}, {@code transfer-encoding}, {@code pic-operations}, and every {@code x-cos-*}
     * and {@code x-ci-*} header; never {@code date} or {@code user-agent}.
     *
     * <p>As the official SDKs, it requires a {@code Host} header: a signer with this policy refuses a
     * request without one ({@code IllegalArgumentException}), since a signature that does not cover
     * the host can be replayed against another bucket of the account (the Java SDK refuses with
     * {@code buildAuthorization missing header: host}). {@link #all()} and {@link #only} sign a
     * request without one.
     */
    public static HeaderPolicy sdkDefault() {
        return SDK_DEFAULT;
    }

    /** Signs exactly the headers of the request; reproduces the documentation's examples. */
    public static HeaderPolicy all() {
        return ALL;
    }

    /** Signs only the named headers (case-insensitive) when the request has them. */
    public static HeaderPolicy only(String... headerNames) {
        Set<String> set = new HashSet<String>();
        for (String n : headerNames) {
            if (n == null || n.trim().isEmpty()) {
                throw new IllegalArgumentException("header name in HeaderPolicy.only(...) is blank; pass names such as 'host'");
            }
            set.add(CosUrlEncoder.encodeKey(n.trim()));
        }
        return new HeaderPolicy("only" + new TreeSet<String>(set), Collections.unmodifiableSet(set), false, false);
    }

    /**
     * Parses the CLI spelling: {@code all}, {@code sdk}, or a comma-separated list of names.
     *
     * @throws IllegalArgumentException on an empty value
     */
    public static HeaderPolicy parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("all")) {
            return ALL;
        }
        if (t.equals("sdk") || t.equals("sdkdefault")) {
            return SDK_DEFAULT;
        }
        if (t.isEmpty()) {
            throw new IllegalArgumentException("sign-headers is empty; pass 'all', 'sdk' or a comma-separated list such as 'host,content-type'");
        }
        return only(t.split(","));
    }

    /** Whether a header with this canonical (encoded, lower-case) name is signed. */
    public boolean signs(String canonicalName) {
        if (names == null) {
            return true;
        }
        return names.contains(canonicalName)
                || (cosPrefixes && (canonicalName.startsWith("x-cos-") || canonicalName.startsWith("x-ci-")));
    }

    /** Whether a signer with this policy refuses a request without a {@code Host} header. */
    public boolean requiresHost() {
        return requiresHost;
    }

    /** {@link #signs} on the canonical bytes of a request. */
    NameFilter filter() {
        return filter;
    }

    @Override
    public String toString() {
        return "HeaderPolicy." + name;
    }
}
