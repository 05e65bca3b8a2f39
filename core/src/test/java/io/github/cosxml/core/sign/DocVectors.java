package io.github.cosxml.core.sign;

/** The inputs of the documentation's worked examples (spec §2.1-§2.3, §2.6). */
final class DocVectors {
    static final Credentials DOC_CREDENTIALS =
            Credentials.of("AKIDQjz3ltompVjBni5LitkWHFlFpwkn9U5q", "BQYIM75p8x0iWVFSIgqEKwFprpRSVHlz");
    static final String HOST = "examplebucket-1250000000.cos.ap-beijing.myqcloud.com";
    static final String PATH = "/exampleobject(腾讯云)";

    static final KeyTime UPLOAD_KEY_TIME = KeyTime.of(1557989151L, 1557996351L);
    static final KeyTime DOWNLOAD_KEY_TIME = KeyTime.of(1557989753L, 1557996953L);

    private DocVectors() {
    }

    /** §2.2, headers in the order of the wire request. */
    static SignableRequest upload() {
        return uploadWithPath(PATH);
    }

    static SignableRequest uploadWithPath(String path) {
        return SignableRequest.builder().method("PUT").path(path)
                .header("Date", "Thu, 16 May 2019 06:45:51 GMT")
                .header("Host", HOST)
                .header("Content-Type", "text/plain")
                .header("Content-Length", "13")
                .header("Content-MD5", "mQ/fVh815F3k6TAUm8m0eg==")
                .header("x-cos-acl", "private")
                .header("x-cos-grant-read", "uin=\"100000000011\"")
                .build();
    }

    /** §2.3, parameters in the order of the wire request. */
    static SignableRequest download() {
        return downloadWithPath(PATH);
    }

    static SignableRequest downloadWithPath(String path) {
        return SignableRequest.builder().method("GET").path(path)
                .parameter("response-content-type", "application/octet-stream")
                .parameter("response-cache-control", "max-age=600")
                .header("Date", "Thu, 16 May 2019 06:55:53 GMT")
                .header("Host", HOST)
                .build();
    }

    static CosSigner signer(HeaderPolicy policy) {
        return CosSigner.builder().headerPolicy(policy).build();
    }
}
