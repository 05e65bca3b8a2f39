package io.github.cosxml.core.sign;

import java.nio.charset.StandardCharsets;

/**
 * The steps of the algorithm (spec §1.2), each writing its output in bytes into a {@link ByteSink}.
 * The fast path of {@link CosSigner}, {@code explain} and {@link SignatureVerifier} all use these,
 * so there is one implementation of each step.
 */
final class SignatureSteps {
    static final String ALGORITHM = "sha1";
    private static final byte[] STRING_TO_SIGN_START = ascii("sha1\n");
    private static final byte[] AUTH_ALGORITHM_AK = ascii("q-sign-algorithm=sha1&q-ak=");
    private static final byte[] AUTH_SIGN_TIME = ascii("&q-sign-time=");
    private static final byte[] AUTH_KEY_TIME = ascii("&q-key-time=");
    private static final byte[] AUTH_HEADER_LIST = ascii("&q-header-list=");
    private static final byte[] AUTH_URL_PARAM_LIST = ascii("&q-url-param-list=");
    private static final byte[] AUTH_SIGNATURE = ascii("&q-signature=");

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private SignatureSteps() {
    }

    /** Step 2: SignKey = lower-case hex of HMAC-SHA1(SecretKey, KeyTime), as 40 ASCII bytes. */
    static byte[] signKey(HmacSha1Engine engine, Credentials credentials, KeyTime keyTime) {
        ByteSink keyTimeText = new ByteSink(24);
        keyTime.writeTo(keyTimeText);
        byte[] mac = new byte[HmacSha1Engine.DIGEST_LENGTH];
        engine.hmacSha1(credentials.secretKeyUtf8(), keyTimeText.array(), 0, keyTimeText.length(), mac, 0);
        return new ByteSink(40).hex(mac, 0, mac.length).toByteArray();
    }

    /**
     * Steps 3 and 4, the pairs: {@code k1=v1&k2=v2} over the chosen entries of a table
     * ({@link SignableRequest#PARAMETERS} or {@link SignableRequest#HEADERS}), in key order.
     */
    static void writePairs(ByteSink out, SignableRequest request, int table, NameFilter filter) {
        byte[] text = request.canonical;
        if (filter == NameFilter.ALL) {
            out.bytes(text, request.tableStart(table), request.tableEnd(table));
            return;
        }
        boolean first = true;
        int count = request.count(table);
        for (int i = 0; i < count; i++) {
            int start = request.entryStart(table, i);
            if (filter.accepts(text, start, request.keyEnd(table, i))) {
                if (!first) {
                    out.put('&');
                }
                out.bytes(text, start, request.entryEnd(table, i));
                first = false;
            }
        }
    }

    /**
     * Steps 3 and 4 in one pass: the pairs into {@code pairs} and the list into {@code list}, so
     * that the filter runs once per entry. For the headers, the request remembers the choice of
     * a long-lived filter (a header policy), so that signing it again runs no filter at all.
     */
    static void writePairsAndList(ByteSink pairs, ByteSink list, SignableRequest request, int table, NameFilter filter) {
        byte[] text = request.canonical;
        int count = request.count(table);
        long remembered = table == SignableRequest.HEADERS ? request.rememberedHeaderChoice(filter) : -1;
        long chosen = 0;
        // Chosen entries that follow each other are one range of the canonical bytes ('&' between them):
        // they are copied at once.
        int runStart = -1;
        int runEnd = -1;
        boolean first = true;
        for (int i = 0; i < count; i++) {
            int start = request.entryStart(table, i);
            int keyEnd = request.keyEnd(table, i);
            boolean accepted = remembered >= 0 ? (remembered >>> i & 1) != 0 : filter.accepts(text, start, keyEnd);
            if (accepted) {
                if (runStart < 0) {
                    runStart = start;
                } else if (runEnd + 1 != start) {
                    pairs.bytes(text, runStart, runEnd).put('&');
                    runStart = start;
                }
                runEnd = request.entryEnd(table, i);
                if (!first) {
                    list.put(';');
                }
                list.bytes(text, start, keyEnd);
                first = false;
                chosen |= i < 64 ? 1L << i : 0;
            }
        }
        if (runStart >= 0) {
            pairs.bytes(text, runStart, runEnd);
        }
        if (table == SignableRequest.HEADERS && remembered < 0) {
            request.rememberHeaderChoice(filter, chosen);
        }
    }

    /** Steps 3 and 4, the list: {@code k1;k2} over the chosen keys of a table, in key order. */
    static void writeList(ByteSink out, SignableRequest request, int table, NameFilter filter) {
        byte[] text = request.canonical;
        boolean first = true;
        int count = request.count(table);
        for (int i = 0; i < count; i++) {
            int start = request.entryStart(table, i);
            int keyEnd = request.keyEnd(table, i);
            if (filter.accepts(text, start, keyEnd)) {
                if (!first) {
                    out.put(';');
                }
                out.bytes(text, start, keyEnd);
                first = false;
            }
        }
    }

    /** Step 5: HttpString = method, path, HttpParameters, HttpHeaders, each followed by LF. */
    static void writeHttpString(ByteSink out, SignableRequest request, NameFilter parameters, NameFilter headers) {
        out.bytes(request.canonical, 0, request.methodPathEnd());
        writePairs(out, request, SignableRequest.PARAMETERS, parameters);
        out.put('\n');
        writePairs(out, request, SignableRequest.HEADERS, headers);
        out.put('\n');
    }

    /**
     * Step 5 with all parameters, writing the header list (step 4) into {@code headerList} in
     * the same pass over the headers: the signer's fast path.
     */
    static void writeHttpString(ByteSink out, SignableRequest request, NameFilter headers, ByteSink headerList) {
        out.bytes(request.canonical, 0, request.methodPathEnd());
        writePairs(out, request, SignableRequest.PARAMETERS, NameFilter.ALL);
        out.put('\n');
        writePairsAndList(out, headerList, request, SignableRequest.HEADERS, headers);
        out.put('\n');
    }

    /** Step 6: StringToSign = {@code sha1\n<time>\n<hex SHA1(HttpString)>\n}. */
    static void writeStringToSign(ByteSink out, KeyTime signTime, byte[] httpStringSha1) {
        writeStringToSign(out, stringToSignStart(signTime), httpStringSha1);
    }

    /** Step 6 from its start ({@link #stringToSignStart}). */
    static void writeStringToSign(ByteSink out, byte[] start, byte[] httpStringSha1) {
        out.bytes(start).hex(httpStringSha1, 0, HmacSha1Engine.DIGEST_LENGTH).put('\n');
    }

    /** Step 6 up to the hash, {@code sha1\n<time>\n}: the same for every signature of a window. */
    static byte[] stringToSignStart(KeyTime signTime) {
        ByteSink out = new ByteSink(48);
        out.bytes(STRING_TO_SIGN_START);
        signTime.writeTo(out);
        return out.put('\n').toByteArray();
    }

    /** Step 8: the Authorization in the documented field order. */
    static void writeAuthorization(ByteSink out, Credentials credentials, KeyTime signTime, KeyTime keyTime,
            SignableRequest request, NameFilter parameters, NameFilter headers, byte[] signature) {
        out.bytes(authorizationStart(credentials, signTime, keyTime));
        writeList(out, request, SignableRequest.HEADERS, headers);
        writeAuthorizationEnd(out, request, parameters, signature);
    }

    /** Step 8 up to the header list: the fields that do not depend on the request. */
    static byte[] authorizationStart(Credentials credentials, KeyTime signTime, KeyTime keyTime) {
        ByteSink out = new ByteSink(160);
        out.bytes(AUTH_ALGORITHM_AK).bytes(credentials.secretIdUtf8()).bytes(AUTH_SIGN_TIME);
        signTime.writeTo(out);
        out.bytes(AUTH_KEY_TIME);
        keyTime.writeTo(out);
        return out.bytes(AUTH_HEADER_LIST).toByteArray();
    }

    /** Step 8 after the header list: the parameter list and the signature. */
    static void writeAuthorizationEnd(ByteSink out, SignableRequest request, NameFilter parameters, byte[] signature) {
        out.bytes(AUTH_URL_PARAM_LIST);
        writeList(out, request, SignableRequest.PARAMETERS, parameters);
        out.bytes(AUTH_SIGNATURE).hex(signature, 0, HmacSha1Engine.DIGEST_LENGTH);
    }
}
