package io.github.cosxml.tests.bench;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The work every signer does that starts, as {@code COSSigner} does, from a method, a path and
 * maps of headers and parameters, done in one pass with reused buffers and <em>no checks at
 * all</em>: encode each name (lower-cased) and value, keep the signed headers, sort each table by
 * key, write the HttpString, hash it, HMAC the StringToSign with the SignKey cached, and write the
 * Authorization. The headers to sign are chosen on every call, by a rule of names and name
 * prefixes, as the SDKs choose them. It checks nothing cosxml checks (line breaks, duplicate names,
 * unpaired surrogates, a header name that is not a token: such input gives an undefined result),
 * its buffers have fixed sizes (8 KB of text, 128 entries: enough for the documented requests), and
 * it keeps no canonical form for a second signature: it is not a signer to use, only a measured
 * bound on how fast building and signing from the maps can be on the machine that runs the
 * benchmark, as {@code hashingFloor} bounds signing alone. Not thread-safe.
 */
final class LeanBuildAndSign {
    private static final byte[] HEX_UPPER = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] HEX_LOWER = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] URL_PARAM_LIST = "&q-url-param-list=".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SIGNATURE = "&q-signature=".getBytes(StandardCharsets.US_ASCII);

    private final MessageDigest sha1;
    private final Mac signKeyMac;
    private final byte[][] signedHeaderNames;
    private final byte[][] signedHeaderPrefixes;
    private final byte[] authorizationStart;
    private final byte[] stringToSign;
    private final int stringToSignStart;

    // Encoded entries, "key=value" one after another; per entry where its key starts and ends and
    // where it ends; `order` sorts each table's entries by key.
    private final byte[] entries = new byte[8192];
    private final int[] keyStarts = new int[128];
    private final int[] keyEnds = new int[128];
    private final int[] ends = new int[128];
    private final int[] order = new int[128];
    private final byte[] httpString = new byte[8192];
    private final byte[] authorization = new byte[8192];

    /**
     * @param secretId             the SecretId, written into the Authorization
     * @param keyTime              {@code start;end}
     * @param signKey              HMAC-SHA1 of the KeyTime with the SecretKey, as lower-case hex (cached)
     * @param signedHeaderNames    the canonical names of the headers to sign
     * @param signedHeaderPrefixes canonical name prefixes of further headers to sign; any other header is left out
     * @throws GeneralSecurityException if the JDK has no SHA-1 or HmacSHA1
     */
    LeanBuildAndSign(String secretId, String keyTime, String signKey, Collection<String> signedHeaderNames,
            Collection<String> signedHeaderPrefixes) throws GeneralSecurityException {
        sha1 = MessageDigest.getInstance("SHA-1");
        signKeyMac = Mac.getInstance("HmacSHA1");
        signKeyMac.init(new SecretKeySpec(signKey.getBytes(StandardCharsets.US_ASCII), "HmacSHA1"));
        this.signedHeaderNames = ascii(signedHeaderNames);
        this.signedHeaderPrefixes = ascii(signedHeaderPrefixes);
        authorizationStart = ("q-sign-algorithm=sha1&q-ak=" + secretId + "&q-sign-time=" + keyTime
                + "&q-key-time=" + keyTime + "&q-header-list=").getBytes(StandardCharsets.US_ASCII);
        stringToSign = new byte[128];
        byte[] start = ("sha1\n" + keyTime + "\n").getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(start, 0, stringToSign, 0, start.length);
        stringToSignStart = start.length;
    }

    private static byte[][] ascii(Collection<String> texts) {
        return texts.stream().map(text -> text.getBytes(StandardCharsets.US_ASCII)).toArray(byte[][]::new);
    }

    /** The Authorization of the request. */
    String sign(String method, String path, Map<String, String> headers, Map<String, String> parameters) {
        int parameterCount = encodeTable(parameters, 0, 0, false);
        int entryCount = encodeTable(headers, parameterCount, parameterCount == 0 ? 0 : ends[parameterCount - 1], true);

        byte[] h = httpString;
        int n = 0;
        for (int i = 0; i < method.length(); i++) {
            h[n++] = (byte) Character.toLowerCase(method.charAt(i));
        }
        h[n++] = '\n';
        byte[] pathBytes = path.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(pathBytes, 0, h, n, pathBytes.length);
        n += pathBytes.length;
        h[n++] = '\n';
        n = writeEntries(h, n, 0, parameterCount, ends, '&');
        h[n++] = '\n';
        n = writeEntries(h, n, parameterCount, entryCount, ends, '&');
        h[n++] = '\n';

        sha1.update(h, 0, n);
        int s = hex(sha1.digest(), stringToSign, stringToSignStart);
        stringToSign[s++] = '\n';
        signKeyMac.update(stringToSign, 0, s);
        byte[] signature = signKeyMac.doFinal();

        byte[] a = authorization;
        int m = append(a, 0, authorizationStart);
        m = writeEntries(a, m, parameterCount, entryCount, keyEnds, ';');
        m = append(a, m, URL_PARAM_LIST);
        m = writeEntries(a, m, 0, parameterCount, keyEnds, ';');
        m = append(a, m, SIGNATURE);
        m = hex(signature, a, m);
        return new String(a, 0, m, StandardCharsets.ISO_8859_1);
    }

    /** Encodes a map's entries from entry {@code first} and byte {@code at}, sorted; returns the entry count after it. */
    private int encodeTable(Map<String, String> map, int first, int at, boolean onlySignedHeaders) {
        int count = first;
        int next = at;
        for (Map.Entry<String, String> e : map.entrySet()) {
            int keyStart = next;
            int keyEnd = encode(e.getKey(), entries, keyStart, HEX_LOWER, true);
            if (onlySignedHeaders && !isSignedHeader(keyStart, keyEnd)) {
                continue;
            }
            entries[keyEnd] = '=';
            String value = e.getValue();
            int end = value == null ? keyEnd + 1 : encode(value, entries, keyEnd + 1, HEX_UPPER, false);
            keyStarts[count] = keyStart;
            keyEnds[count] = keyEnd;
            ends[count] = end;
            int j = count;
            while (j > first && compareKeys(order[j - 1], count) > 0) {
                order[j] = order[j - 1];
                j--;
            }
            order[j] = count;
            count++;
            next = end;
        }
        return count;
    }

    /** Percent-encodes {@code text} (RFC 3986 unreserved characters kept) into {@code out} at {@code at}. */
    private static int encode(String text, byte[] out, int at, byte[] hex, boolean lowerCase) {
        int n = at;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == '~') {
                out[n++] = (byte) c;
            } else if (c >= 'A' && c <= 'Z') {
                out[n++] = (byte) (lowerCase ? c + ('a' - 'A') : c);
            } else if (c < 0x80) {
                n = percent(out, n, c, hex);
            } else {
                int codePoint = text.codePointAt(i);
                i += Character.charCount(codePoint) - 1;
                for (byte b : new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8)) {
                    n = percent(out, n, b & 0xFF, hex);
                }
            }
        }
        return n;
    }

    private static int percent(byte[] out, int n, int value, byte[] hex) {
        out[n] = '%';
        out[n + 1] = hex[value >> 4];
        out[n + 2] = hex[value & 0xF];
        return n + 3;
    }

    private boolean isSignedHeader(int from, int to) {
        for (byte[] prefix : signedHeaderPrefixes) {
            if (prefix.length <= to - from && Arrays.equals(prefix, 0, prefix.length, entries, from, from + prefix.length)) {
                return true;
            }
        }
        for (byte[] name : signedHeaderNames) {
            if (name.length == to - from && Arrays.equals(name, 0, name.length, entries, from, to)) {
                return true;
            }
        }
        return false;
    }

    private int compareKeys(int a, int b) {
        return Arrays.compare(entries, keyStarts[a], keyEnds[a], entries, keyStarts[b], keyEnds[b]);
    }

    /** Writes entries {@code from..to} in key order, from their key start to {@code until}, joined by {@code separator}. */
    private int writeEntries(byte[] out, int at, int from, int to, int[] until, char separator) {
        int n = at;
        for (int i = from; i < to; i++) {
            int e = order[i];
            if (i > from) {
                out[n++] = (byte) separator;
            }
            int length = until[e] - keyStarts[e];
            System.arraycopy(entries, keyStarts[e], out, n, length);
            n += length;
        }
        return n;
    }

    private static int append(byte[] out, int at, byte[] bytes) {
        System.arraycopy(bytes, 0, out, at, bytes.length);
        return at + bytes.length;
    }

    private static int hex(byte[] bytes, byte[] out, int at) {
        int n = at;
        for (byte b : bytes) {
            out[n++] = HEX_LOWER[(b >> 4) & 0xF];
            out[n++] = HEX_LOWER[b & 0xF];
        }
        return n;
    }
}
