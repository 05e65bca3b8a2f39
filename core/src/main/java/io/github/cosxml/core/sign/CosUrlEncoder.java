package io.github.cosxml.core.sign;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The percent-encoding of the COS signature (spec §1.1, §1.3): RFC 3986 unreserved characters
 * ({@code A-Z a-z 0-9 - _ . ~}) are kept, every other UTF-8 byte becomes {@code %XX} with
 * upper-case hex; a space is {@code %20}, never {@code +}.
 */
public final class CosUrlEncoder {
    private CosUrlEncoder() {
    }

    /** Whether {@code c} is an RFC 3986 unreserved character, the only ones kept as they are. */
    public static boolean isUnreserved(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '_' || c == '.' || c == '~';
    }

    /**
     * Encodes {@code text}.
     *
     * @throws IllegalArgumentException if {@code text} holds an unpaired surrogate (no UTF-8 form)
     */
    public static String encode(String text) {
        if (allUnreserved(text)) {
            return text;
        }
        requireWellFormed(text, "text");
        return new ByteSink(text.length() + 16).encoded(text, false).toAsciiString();
    }

    /**
     * The path as a URL carries it: each segment between {@code /} encoded with {@link #encode},
     * the slashes kept ({@code /photos/a b+c.jpg} gives {@code /photos/a%20b%2Bc.jpg}), except where
     * an HTTP stack could change the path before it is sent: a slash right after another or after a
     * {@code .} is {@code %2F} ({@code /a//b} gives {@code /a/%2Fb}, {@code /a/../b} gives
     * {@code /a/..%2Fb}), as the official Java SDK writes it, since clients may merge adjacent slashes
     * and remove dot-segments (RFC 3986, 5.2.4). A last segment that is {@code .} or {@code ..}
     * ({@code /a/..}) stays as it is, as the Java SDK leaves it: no encoding keeps it from a client
     * that removes dot-segments (WHATWG URL parsers read {@code %2E%2E} as {@code ..} too), so send
     * such a URL with a client that does not ({@code java.net.http.HttpClient}, {@code curl --path-as-is}).
     * A server decodes it back to the path that was signed ({@link SignableRequest.Builder#wirePath}).
     *
     * @throws IllegalArgumentException if {@code path} holds an unpaired surrogate (no UTF-8 form)
     */
    public static String encodePath(String path) {
        Require.nonNull(path, "path", "pass the decoded path, \"/\" + objectKey");
        requireWellFormed(path, "path");
        StringBuilder encoded = new StringBuilder(path.length() + 16);
        int start = 0;
        for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', start)) {
            encoded.append(encode(path.substring(start, slash)));
            char before = slash > 0 ? path.charAt(slash - 1) : 0;
            encoded.append(before == '/' || before == '.' ? "%2F" : "/");
            start = slash + 1;
        }
        return encoded.append(encode(path.substring(start))).toString();
    }

    /**
     * The canonical form of a parameter or header name: encoded, then lower-cased, so that hex
     * digits become lower-case too ({@code a中} gives {@code a%e4%b8%ad}).
     */
    public static String encodeKey(String name) {
        if (allUnreserved(name)) {
            return name.toLowerCase(Locale.ROOT);
        }
        requireWellFormed(name, "name");
        return new ByteSink(name.length() + 16).encoded(name, true).toAsciiString();
    }

    /**
     * Decodes {@code %XX} sequences (either case of hex) and UTF-8; {@code +} stays {@code +}.
     * Inverts {@link #encode(String)}.
     *
     * @throws IllegalArgumentException on a truncated or non-hex escape, or bytes that are not UTF-8
     */
    public static String decode(String encoded) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                int hi = i + 1 < encoded.length() ? Character.digit(encoded.charAt(i + 1), 16) : -1;
                int lo = i + 2 < encoded.length() ? Character.digit(encoded.charAt(i + 2), 16) : -1;
                if (hi < 0 || lo < 0) {
                    throw new IllegalArgumentException("invalid percent-escape at index " + i + " of '"
                            + encoded + "': '%' must be followed by two hex digits (write '%25' for a literal '%')");
                }
                out.write((hi << 4) | lo);
                i += 2;
            } else if (c < 0x80) {
                out.write(c);
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < encoded.length() ? i + 2 : i + 1;
                byte[] utf8 = encoded.substring(i, end).getBytes(StandardCharsets.UTF_8);
                out.write(utf8, 0, utf8.length);
                i = end - 1;
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(out.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("'" + encoded + "' decodes to bytes that are not UTF-8", e);
        }
    }

    private static boolean allUnreserved(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isUnreserved(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Rejects unpaired surrogates, which have no UTF-8 form and so cannot be signed. */
    static void requireWellFormed(String text, String what) {
        int i = unpairedSurrogate(text);
        if (i >= 0) {
            throw new IllegalArgumentException(what + " has an unpaired UTF-16 surrogate at index " + i
                    + "; pass well-formed Unicode text");
        }
    }

    /**
     * {@link #requireWellFormed(String, String)} for the text of something named: the message
     * (what + " '" + name + "'") is only made when it is needed.
     */
    static void requireWellFormed(String text, String what, String name) {
        if (unpairedSurrogate(text) >= 0) {
            requireWellFormed(text, what + " '" + name + "'");
        }
    }

    /** The index of the first unpaired surrogate in {@code text}, or -1. */
    private static int unpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < Character.MIN_SURROGATE) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}
