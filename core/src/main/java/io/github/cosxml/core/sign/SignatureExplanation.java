package io.github.cosxml.core.sign;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Every intermediate value of one signature, named as in the documentation (spec §1.2).
 * {@link #toString()} leaves out SignKey, which signs any request of its KeyTime window.
 */
public final class SignatureExplanation {
    private static final Set<String> LOGGABLE = new HashSet<String>(Arrays.asList(
            "KeyTime", "UrlParamList", "HeaderList", "SHA1(HttpString)", "StringToSign", "Signature"));

    private final String keyTime;
    private final String signKey;
    private final String urlParamList;
    private final String httpParameters;
    private final String headerList;
    private final String httpHeaders;
    private final String httpString;
    private final String httpStringSha1;
    private final String stringToSign;
    private final String signature;
    private final String authorization;

    private SignatureExplanation(String keyTime, String signKey, String urlParamList, String httpParameters,
            String headerList, String httpHeaders, String httpString, String httpStringSha1, String stringToSign,
            String signature, String authorization) {
        this.keyTime = keyTime;
        this.signKey = signKey;
        this.urlParamList = urlParamList;
        this.httpParameters = httpParameters;
        this.headerList = headerList;
        this.httpHeaders = httpHeaders;
        this.httpString = httpString;
        this.httpStringSha1 = httpStringSha1;
        this.stringToSign = stringToSign;
        this.signature = signature;
        this.authorization = authorization;
    }

    static SignatureExplanation compute(HmacSha1Engine engine, Credentials credentials, KeyTime signTime,
            KeyTime keyTime, SignableRequest request, NameFilter parameters, NameFilter headers) {
        byte[] signKey = SignatureSteps.signKey(engine, credentials, keyTime);
        ByteSink list = new ByteSink(64);
        SignatureSteps.writeList(list, request, SignableRequest.PARAMETERS, parameters);
        String urlParamList = list.toAsciiString();
        list.reset();
        SignatureSteps.writeList(list, request, SignableRequest.HEADERS, headers);
        String headerList = list.toAsciiString();
        ByteSink pairs = new ByteSink(256);
        SignatureSteps.writePairs(pairs, request, SignableRequest.PARAMETERS, parameters);
        String httpParameters = pairs.toAsciiString();
        pairs.reset();
        SignatureSteps.writePairs(pairs, request, SignableRequest.HEADERS, headers);
        String httpHeaders = pairs.toAsciiString();

        ByteSink http = new ByteSink(512);
        SignatureSteps.writeHttpString(http, request, parameters, headers);
        byte[] digest = new byte[HmacSha1Engine.DIGEST_LENGTH];
        engine.sha1(http.array(), 0, http.length(), digest, 0);
        String httpStringSha1 = new ByteSink(40).hex(digest, 0, digest.length).toAsciiString();
        ByteSink toSign = new ByteSink(96);
        SignatureSteps.writeStringToSign(toSign, signTime, digest);
        engine.hmacSha1(signKey, toSign.array(), 0, toSign.length(), digest, 0);
        String signature = new ByteSink(40).hex(digest, 0, digest.length).toAsciiString();
        ByteSink auth = new ByteSink(512);
        SignatureSteps.writeAuthorization(auth, credentials, signTime, keyTime, request, parameters, headers, digest);
        return new SignatureExplanation(keyTime.toString(), new ByteSink(40).bytes(signKey).toAsciiString(),
                urlParamList, httpParameters, headerList, httpHeaders, http.toUtf8String(), httpStringSha1,
                toSign.toAsciiString(), signature, auth.toUtf8String());
    }

    /** KeyTime, {@code start;end}. */
    public String keyTime() {
        return keyTime;
    }

    /** SignKey = HMAC-SHA1(SecretKey, KeyTime), lower-case hex. Secret-equivalent for its window. */
    public String signKey() {
        return signKey;
    }

    /** UrlParamList, e.g. {@code response-cache-control;response-content-type}. */
    public String urlParamList() {
        return urlParamList;
    }

    /** HttpParameters, e.g. {@code acl=}. */
    public String httpParameters() {
        return httpParameters;
    }

    /** HeaderList, e.g. {@code date;host}. */
    public String headerList() {
        return headerList;
    }

    /** HttpHeaders, e.g. {@code host=examplebucket-1250000000.cos.ap-beijing.myqcloud.com}. */
    public String httpHeaders() {
        return httpHeaders;
    }

    /** HttpString (the server's {@code FormatString}): four lines, each ending with LF. */
    public String httpString() {
        return httpString;
    }

    /** SHA1 of HttpString, lower-case hex. */
    public String httpStringSha1() {
        return httpStringSha1;
    }

    /** StringToSign, {@code sha1\n<KeyTime>\n<SHA1(HttpString)>\n}. */
    public String stringToSign() {
        return stringToSign;
    }

    /** Signature = HMAC-SHA1(SignKey as hex text, StringToSign), lower-case hex. */
    public String signature() {
        return signature;
    }

    /** The resulting Authorization header value. */
    public String authorization() {
        return authorization;
    }

    /** Every value above, labelled with the documentation's names, in the order of the steps. */
    public Map<String, String> labelled() {
        Map<String, String> m = new LinkedHashMap<String, String>();
        m.put("KeyTime", keyTime);
        m.put("SignKey", signKey);
        m.put("UrlParamList", urlParamList);
        m.put("HttpParameters", httpParameters);
        m.put("HeaderList", headerList);
        m.put("HttpHeaders", httpHeaders);
        m.put("HttpString", httpString);
        m.put("SHA1(HttpString)", httpStringSha1);
        m.put("StringToSign", stringToSign);
        m.put("Signature", signature);
        m.put("Authorization", authorization);
        return Collections.unmodifiableMap(m);
    }

    /**
     * The values that hold no secret, newlines shown as {@code \n}: not SignKey, and not
     * HttpHeaders, HttpParameters, HttpString or Authorization, which may carry a session token.
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("SignatureExplanation{");
        for (Map.Entry<String, String> e : labelled().entrySet()) {
            if (LOGGABLE.contains(e.getKey())) {
                sb.append(e.getKey()).append('=').append(e.getValue().replace("\n", "\\n")).append(", ");
            }
        }
        sb.setLength(sb.length() - 2);
        return sb.append('}').toString();
    }
}
