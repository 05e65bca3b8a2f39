package io.github.cosxml.tests.demo;

import io.github.cosxml.core.sign.CosSigner;
import io.github.cosxml.core.sign.Credentials;
import io.github.cosxml.core.sign.HeaderPolicy;
import io.github.cosxml.core.sign.KeyTime;
import io.github.cosxml.core.sign.SignableRequest;
import io.github.cosxml.core.sign.SignatureExplanation;

/**
 * The upload example of the "Request Signature" documentation (shared/spec/signature.md §2.2):
 * {@code PUT /exampleobject(腾讯云)} signed over exactly the seven headers it shows, with the
 * documentation's example credentials and KeyTime.
 */
public final class UploadExample {
    /** The Authorization the documentation publishes for this request. */
    public static final String DOCUMENTED_AUTHORIZATION = "q-sign-algorithm=sha1"
            + "&q-ak=AKIDQjz3ltompVjBni5LitkWHFlFpwkn9U5q&q-sign-time=1557989151;1557996351"
            + "&q-key-time=1557989151;1557996351"
            + "&q-header-list=content-length;content-md5;content-type;date;host;x-cos-acl;x-cos-grant-read"
            + "&q-url-param-list=&q-signature=3b8851a11a569213c17ba8fa7dcf2abec6935172";

    /** The documentation's example SecretId and SecretKey (published, not a real account). */
    static final Credentials DOCUMENTED_CREDENTIALS =
            Credentials.of("AKIDQjz3ltompVjBni5LitkWHFlFpwkn9U5q", "BQYIM75p8x0iWVFSIgqEKwFprpRSVHlz");

    private UploadExample() {
    }

    /** The request as the documentation shows it on the wire (path decoded). */
    public static SignableRequest request() {
        return SignableRequest.builder()
                .method("PUT")
                .path("/exampleobject(\u817e\u8baf\u4e91)")
                .header("Date", "Thu, 16 May 2019 06:45:51 GMT")
                .header("Host", "examplebucket-1250000000.cos.ap-beijing.myqcloud.com")
                .header("Content-Type", "text/plain")
                .header("Content-Length", "13")
                .header("Content-MD5", "mQ/fVh815F3k6TAUm8m0eg==")
                .header("x-cos-acl", "private")
                .header("x-cos-grant-read", "uin=\"100000000011\"")
                .build();
    }

    /** Every step of the signature, signing exactly the headers above (as the documentation does). */
    public static SignatureExplanation explain() {
        CosSigner signer = CosSigner.builder().headerPolicy(HeaderPolicy.all()).build();
        return signer.explain(request(), DOCUMENTED_CREDENTIALS, KeyTime.parse("1557989151;1557996351"));
    }
}
