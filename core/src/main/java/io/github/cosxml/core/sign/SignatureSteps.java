package io.github.cosxml.core.sign;

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
        return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
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

    /** Steps 3 and 4, the pairs: {@code k1=v1&k2=v2} over the chosen canonical keys, values encoded. */
    static void writePairs(ByteSink out, String[] keys, byte[][] encodedValues, NameFilter filter) {
        boolean first = true;
        for (int i = 0; i < keys.length; i++) {
            if (filter.accepts(keys[i])) {
                if (!first) {
                    out.put('&');
                }
                out.ascii(keys[i]).put('=').bytes(encodedValues[i]);
                first = false;
            }
        }
    }

    /** Steps 3 and 4, the list: {@code k1;k2} over the chosen canonical keys. */
    static void writeList(ByteSink out, String[] keys, NameFilter filter) {
        boolean first = true;
        for (String key : keys) {
            if (filter.accepts(key)) {
                if (!first) {
                    out.put(';');
                }
                out.ascii(key);
                first = false;
            }
        }
    }

    /** Step 5, the first two lines of HttpString: lower-case method and the decoded path. */
    static void writeMethodAndPath(ByteSink out, SignableRequest request) {
        out.ascii(request.methodLowerCase).put('\n').bytes(request.pathUtf8).put('\n');
    }

    /** Step 5: HttpString = method, path, HttpParameters, HttpHeaders, each followed by LF. */
    static void writeHttpString(ByteSink out, SignableRequest request, NameFilter parameters, NameFilter headers) {
        writeMethodAndPath(out, request);
        writePairs(out, request.parameterKeys, request.parameterValuesEncoded, parameters);
        out.put('\n');
        writePairs(out, request.headerKeys, request.headerValuesEncoded, headers);
        out.put('\n');
    }

    /** Step 6: StringToSign = {@code sha1\n<time>\n<hex SHA1(HttpString)>\n}. */
    static void writeStringToSign(ByteSink out, KeyTime signTime, byte[] httpStringSha1) {
        out.bytes(STRING_TO_SIGN_START);
        signTime.writeTo(out);
        out.put('\n').hex(httpStringSha1, 0, HmacSha1Engine.DIGEST_LENGTH).put('\n');
    }

    /** Step 8: the Authorization in the documented field order. */
    static void writeAuthorization(ByteSink out, Credentials credentials, KeyTime signTime, KeyTime keyTime,
            SignableRequest request, NameFilter parameters, NameFilter headers, byte[] signature) {
        out.bytes(AUTH_ALGORITHM_AK).bytes(credentials.secretIdUtf8()).bytes(AUTH_SIGN_TIME);
        signTime.writeTo(out);
        out.bytes(AUTH_KEY_TIME);
        keyTime.writeTo(out);
        out.bytes(AUTH_HEADER_LIST);
        writeList(out, request.headerKeys, headers);
        out.bytes(AUTH_URL_PARAM_LIST);
        writeList(out, request.parameterKeys, parameters);
        out.bytes(AUTH_SIGNATURE).hex(signature, 0, HmacSha1Engine.DIGEST_LENGTH);
    }
}
