package io.github.cosxml.tests.bench;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The two documented signing examples (spec §2.2 upload, §2.3 download) as plain maps, so every
 * signer in the benchmark starts from exactly the same inputs.
 */
public enum SignerInputs {
    /** PUT Object, spec §2.2. */
    UPLOAD("put", "/exampleobject(腾讯云)", 1557989151L, 1557996351L,
            headers(
                    "Date", "Thu, 16 May 2019 06:45:51 GMT",
                    "Host", "examplebucket-1250000000.cos.ap-beijing.myqcloud.com",
                    "Content-Type", "text/plain",
                    "Content-Length", "13",
                    "Content-MD5", "mQ/fVh815F3k6TAUm8m0eg==",
                    "x-cos-acl", "private",
                    "x-cos-grant-read", "uin=\"100000000011\""),
            Collections.<String, String>emptyMap()),
    /** GET Object with response-* parameters, spec §2.3. */
    DOWNLOAD("get", "/exampleobject(腾讯云)", 1557989753L, 1557996953L,
            headers(
                    "Date", "Thu, 16 May 2019 06:55:53 GMT",
                    "Host", "examplebucket-1250000000.cos.ap-beijing.myqcloud.com"),
            headers(
                    "response-content-type", "application/octet-stream",
                    "response-cache-control", "max-age=600"));

    /** SecretId of the documented examples (spec §2.1). */
    public static final String SECRET_ID = "AKIDQjz3ltompVjBni5LitkWHFlFpwkn9U5q";
    /** SecretKey of the documented examples (spec §2.1); published test credentials. */
    public static final String SECRET_KEY = "BQYIM75p8x0iWVFSIgqEKwFprpRSVHlz";

    public final String method;
    public final String path;
    public final long startSeconds;
    public final long endSeconds;
    public final Map<String, String> headers;
    public final Map<String, String> params;

    SignerInputs(String method, String path, long startSeconds, long endSeconds,
                 Map<String, String> headers, Map<String, String> params) {
        this.method = method;
        this.path = path;
        this.startSeconds = startSeconds;
        this.endSeconds = endSeconds;
        this.headers = headers;
        this.params = params;
    }

    /** The documented KeyTime, {@code start;end}. */
    public String keyTime() {
        return startSeconds + ";" + endSeconds;
    }

    private static Map<String, String> headers(String... nameValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            map.put(nameValues[i], nameValues[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }
}
