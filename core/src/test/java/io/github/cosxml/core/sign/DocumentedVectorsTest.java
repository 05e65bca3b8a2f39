package io.github.cosxml.core.sign;

import static io.github.cosxml.core.sign.DocVectors.DOC_CREDENTIALS;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The documentation's worked examples (spec §2.2, §2.3) and the SDK cross-checked ones (§2.6), with every intermediate. */
class DocumentedVectorsTest {
    private final CosSigner signAll = DocVectors.signer(HeaderPolicy.all());
    private final CosSigner sdk = DocVectors.signer(HeaderPolicy.sdkDefault());

    @Test
    void uploadExampleReproducesEveryIntermediate() {
        SignatureExplanation e = signAll.explain(DocVectors.upload(), DOC_CREDENTIALS, DocVectors.UPLOAD_KEY_TIME);

        assertThat(e.keyTime()).isEqualTo("1557989151;1557996351");
        assertThat(e.signKey()).isEqualTo("eb2519b498b02ac213cb1f3d1a3d27a3b3c9bc5f");
        assertThat(e.urlParamList()).isEmpty();
        assertThat(e.httpParameters()).isEmpty();
        assertThat(e.headerList()).isEqualTo("content-length;content-md5;content-type;date;host;x-cos-acl;x-cos-grant-read");
        assertThat(e.httpHeaders()).isEqualTo("content-length=13&content-md5=mQ%2FfVh815F3k6TAUm8m0eg%3D%3D"
                + "&content-type=text%2Fplain&date=Thu%2C%2016%20May%202019%2006%3A45%3A51%20GMT"
                + "&host=examplebucket-1250000000.cos.ap-beijing.myqcloud.com&x-cos-acl=private"
                + "&x-cos-grant-read=uin%3D%22100000000011%22");
        assertThat(e.httpString()).isEqualTo("put\n/exampleobject(腾讯云)\n\ncontent-length=13&content-md5=mQ%2FfVh815F3k6TAUm8m0eg%3D%3D&content-type=text%2Fplain&date=Thu%2C%2016%20May%202019%2006%3A45%3A51%20GMT&host=examplebucket-1250000000.cos.ap-beijing.myqcloud.com&x-cos-acl=private&x-cos-grant-read=uin%3D%22100000000011%22\n");
        assertThat(e.httpString()).hasSize(281);
        assertThat(e.httpStringSha1()).isEqualTo("8b2751e77f43a0995d6e9eb9477f4b685cca4172");
        assertThat(e.stringToSign()).isEqualTo("sha1\n1557989151;1557996351\n8b2751e77f43a0995d6e9eb9477f4b685cca4172\n")
                .hasSize(68);
        assertThat(e.signature()).isEqualTo("3b8851a11a569213c17ba8fa7dcf2abec6935172");
        assertThat(e.authorization()).isEqualTo("q-sign-algorithm=sha1&q-ak=AKIDQjz3ltompVjBni5LitkWHFlFpwkn9U5q"
                + "&q-sign-time=1557989151;1557996351&q-key-time=1557989151;1557996351"
                + "&q-header-list=content-length;content-md5;content-type;date;host;x-cos-acl;x-cos-grant-read"
                + "&q-url-param-list=&q-signature=3b8851a11a569213c17ba8fa7dcf2abec6935172");
    }

    @Test
    void uploadExampleAuthorizationFromTheFastPath() {
        assertThat(signAll.authorization(DocVectors.upload(), DOC_CREDENTIALS, DocVectors.UPLOAD_KEY_TIME))
                .isEqualTo("q-sign-algorithm=sha1&q-ak=AKIDQjz3ltompVjBni5LitkWHFlFpwkn9U5q"
                        + "&q-sign-time=1557989151;1557996351&q-key-time=1557989151;1557996351"
                        + "&q-header-list=content-length;content-md5;content-type;date;host;x-cos-acl;x-cos-grant-read"
                        + "&q-url-param-list=&q-signature=3b8851a11a569213c17ba8fa7dcf2abec6935172");
    }

    @Test
    void downloadExampleReproducesEveryIntermediate() {
        SignatureExplanation e = signAll.explain(DocVectors.download(), DOC_CREDENTIALS, DocVectors.DOWNLOAD_KEY_TIME);

        assertThat(e.signKey()).isEqualTo("937914bf490e9e8c189836aad2052e4feeb35eaf");
        assertThat(e.urlParamList()).isEqualTo("response-cache-control;response-content-type");
        assertThat(e.httpParameters()).isEqualTo("response-cache-control=max-age%3D600&response-content-type=application%2Foctet-stream");
        assertThat(e.headerList()).isEqualTo("date;host");
        assertThat(e.httpHeaders()).isEqualTo("date=Thu%2C%2016%20May%202019%2006%3A55%3A53%20GMT&host=examplebucket-1250000000.cos.ap-beijing.myqcloud.com");
        assertThat(e.httpString()).isEqualTo("get\n/exampleobject(腾讯云)\nresponse-cache-control=max-age%3D600&response-content-type=application%2Foctet-stream\ndate=Thu%2C%2016%20May%202019%2006%3A55%3A53%20GMT&host=examplebucket-1250000000.cos.ap-beijing.myqcloud.com\n")
                .hasSize(219);
        assertThat(e.httpStringSha1()).isEqualTo("54ecfe22f59d3514fdc764b87a32d8133ea611e6");
        assertThat(e.stringToSign()).isEqualTo("sha1\n1557989753;1557996953\n54ecfe22f59d3514fdc764b87a32d8133ea611e6\n");
        assertThat(e.signature()).isEqualTo("01681b8c9d798a678e43b685a9f1bba0f6c0e012");
        assertThat(signAll.authorization(DocVectors.download(), DOC_CREDENTIALS, DocVectors.DOWNLOAD_KEY_TIME))
                .isEqualTo("q-sign-algorithm=sha1&q-ak=AKIDQjz3ltompVjBni5LitkWHFlFpwkn9U5q"
                        + "&q-sign-time=1557989753;1557996953&q-key-time=1557989753;1557996953"
                        + "&q-header-list=date;host&q-url-param-list=response-cache-control;response-content-type"
                        + "&q-signature=01681b8c9d798a678e43b685a9f1bba0f6c0e012");
    }

    @Test
    void stepThreeExamples() {
        SignableRequest list = SignableRequest.builder().method("GET").path("/")
                .parameter("prefix", "example-folder/").parameter("delimiter", "/").parameter("max-keys", "10").build();
        SignatureExplanation e = signAll.explain(list, DOC_CREDENTIALS, DocVectors.UPLOAD_KEY_TIME);
        assertThat(e.urlParamList()).isEqualTo("delimiter;max-keys;prefix");
        assertThat(e.httpParameters()).isEqualTo("delimiter=%2F&max-keys=10&prefix=example-folder%2F");

        SignableRequest acl = SignableRequest.builder().method("GET").path("/exampleobject").parameter("acl").build();
        SignatureExplanation a = signAll.explain(acl, DOC_CREDENTIALS, DocVectors.UPLOAD_KEY_TIME);
        assertThat(a.urlParamList()).isEqualTo("acl");
        assertThat(a.httpParameters()).isEqualTo("acl=");
        assertThat(a.httpString()).isEqualTo("get\n/exampleobject\nacl=\n\n");
    }

    @Test
    void stepFourExample() {
        SignableRequest r = SignableRequest.builder().method("PUT").path("/")
                .header("Host", "examplebucket-1250000000.cos.ap-shanghai.myqcloud.com")
                .header("Date", "Thu, 16 May 2019 03:15:06 GMT")
                .header("x-cos-acl", "private")
                .header("x-cos-grant-read", "uin=\"100000000011\"").build();
        SignatureExplanation e = signAll.explain(r, DOC_CREDENTIALS, KeyTime.parse("1557902800;1557910000"));
        assertThat(e.headerList()).isEqualTo("date;host;x-cos-acl;x-cos-grant-read");
        assertThat(e.httpHeaders()).isEqualTo("date=Thu%2C%2016%20May%202019%2003%3A15%3A06%20GMT"
                + "&host=examplebucket-1250000000.cos.ap-shanghai.myqcloud.com&x-cos-acl=private"
                + "&x-cos-grant-read=uin%3D%22100000000011%22");
        assertThat(e.keyTime()).isEqualTo("1557902800;1557910000");
    }

    @Test
    void d1UploadWithSdkDefaultHeaders() {
        SignatureExplanation e = sdk.explain(DocVectors.upload(), DOC_CREDENTIALS, DocVectors.UPLOAD_KEY_TIME);
        assertThat(e.headerList()).isEqualTo("content-length;content-md5;content-type;host;x-cos-acl;x-cos-grant-read");
        assertThat(e.httpStringSha1()).isEqualTo("8435402812d5d25692dfd1871b8a5bb7f5bd3b57");
        assertThat(e.signature()).isEqualTo("fc4e4717b501da12715d5fc84a4880a87ad2b7ab");
    }

    @Test
    void d1nWithoutContentTypeAsNodeSigns() {
        SignableRequest withoutType = SignableRequest.builder().method("PUT").path(DocVectors.PATH)
                .header("Host", DocVectors.HOST).header("Content-Length", "13")
                .header("Content-MD5", "mQ/fVh815F3k6TAUm8m0eg==").header("x-cos-acl", "private")
                .header("x-cos-grant-read", "uin=\"100000000011\"").build();
        SignatureExplanation e = sdk.explain(withoutType, DOC_CREDENTIALS, DocVectors.UPLOAD_KEY_TIME);
        assertThat(e.headerList()).isEqualTo("content-length;content-md5;host;x-cos-acl;x-cos-grant-read");
        assertThat(e.httpStringSha1()).isEqualTo("a3505e915c8bcdf602b8e437d49fde7926edbebf");
        assertThat(e.signature()).isEqualTo("65788349a05a472789af1637995918716f64cc20");
    }

    @Test
    void d2DownloadWithSdkDefaultHeaders() {
        SignatureExplanation e = sdk.explain(DocVectors.download(), DOC_CREDENTIALS, DocVectors.DOWNLOAD_KEY_TIME);
        assertThat(e.headerList()).isEqualTo("host");
        assertThat(e.httpStringSha1()).isEqualTo("054f9e9ab944acdf796c099307329fd8b71d8de6");
        assertThat(e.signature()).isEqualTo("cf18ded2f669fcafa4b98e02c2a3fdb2b2e55c43");
    }

    @Test
    void g1GoSdkTestVector() {
        Credentials go = Credentials.of("QmFzZTY0IGlzIGEgZ2VuZXJp", "AKIDZfbOA78asKUYBcXFrJD0a1ICvR98JM");
        SignableRequest r = SignableRequest.builder().method("PUT").path("/testfile2")
                .header("Host", "testbucket-125000000.cos.ap-guangzhou.myqcloud.com")
                .header("x-cos-content-sha1", "db8ac1c259eb89d4a131b253bacfca5f319d54f2")
                .header("x-cos-stroage-class", "nearline").build();
        KeyTime keyTime = KeyTime.parse("1480932292;1481012292");
        SignatureExplanation e = sdk.explain(r, go, keyTime);
        assertThat(e.signKey()).isEqualTo("95d110a8ead64cac52083100db75b7e3f369e72f");
        assertThat(e.httpStringSha1()).isEqualTo("113b22e92b74237531fafbfc8bb9e67be55645c7");
        assertThat(e.signature()).isEqualTo("ce4ac0ecbcdb30538b3fee0a97cc6389694ce53a");
        assertThat(sdk.authorization(r, go, keyTime)).isEqualTo("q-sign-algorithm=sha1&q-ak=QmFzZTY0IGlzIGEgZ2VuZXJp"
                + "&q-sign-time=1480932292;1481012292&q-key-time=1480932292;1481012292"
                + "&q-header-list=host;x-cos-content-sha1;x-cos-stroage-class&q-url-param-list="
                + "&q-signature=ce4ac0ecbcdb30538b3fee0a97cc6389694ce53a");
    }

    /** §2.5: a signer that signs another path (translated, or percent-encoded) must get these, not the documented values. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "/exampleobject(tencentcloud)|5667f9473238ac91794802d1117876f2c0a0b052|510c3188792ade032be0eecda87da5edc6b26c29|ad7fe3843d8cedc63b921f7b44c59076bb71951f|0dae8790d17b8c9994bfa13a50c3de4688759225",
            "/exampleobject(Tencent Cloud)|3e5c3458003d684628fc27081a5f082c7c7fb478|bf5b6dcedda83352957e3af085288024647b2ecd|1bf850c3a69449054507e23140ce908de967a5ad|3c7aebfe2f464639baac7c704cfdd33175bbd3e7",
            "/exampleobject(%E8%85%BE%E8%AE%AF%E4%BA%91)|f4c2b1cae79ad4c901541ba010f9ad48b5385490|7c721063919d103b9edf446ec8b660f954a66593|6850f7be7928bf241f7ab801f521a9eeaf00f05d|1bebe8e462bd768d1d799d8db1f92127941eb542"})
    void otherPathsDoNotReproduceTheDocumentedSignatures(String path, String putSha1, String putSignature,
            String getSha1, String getSignature) {
        SignatureExplanation put = signAll.explain(DocVectors.uploadWithPath(path), DOC_CREDENTIALS, DocVectors.UPLOAD_KEY_TIME);
        SignatureExplanation get = signAll.explain(DocVectors.downloadWithPath(path), DOC_CREDENTIALS, DocVectors.DOWNLOAD_KEY_TIME);

        assertThat(put.httpStringSha1()).isEqualTo(putSha1).isNotEqualTo("8b2751e77f43a0995d6e9eb9477f4b685cca4172");
        assertThat(put.signature()).isEqualTo(putSignature).isNotEqualTo("3b8851a11a569213c17ba8fa7dcf2abec6935172");
        assertThat(get.httpStringSha1()).isEqualTo(getSha1).isNotEqualTo("54ecfe22f59d3514fdc764b87a32d8133ea611e6");
        assertThat(get.signature()).isEqualTo(getSignature).isNotEqualTo("01681b8c9d798a678e43b685a9f1bba0f6c0e012");
    }

    @Test
    void bouncyCastleEngineGivesTheDocumentedValues() {
        CosSigner bc = CosSigner.builder().headerPolicy(HeaderPolicy.all()).engine(HmacSha1Engine.bouncyCastle()).build();
        SignatureExplanation e = bc.explain(DocVectors.upload(), DOC_CREDENTIALS, DocVectors.UPLOAD_KEY_TIME);
        assertThat(e.signKey()).isEqualTo("eb2519b498b02ac213cb1f3d1a3d27a3b3c9bc5f");
        assertThat(e.signature()).isEqualTo("3b8851a11a569213c17ba8fa7dcf2abec6935172");
        assertThat(bc.authorization(DocVectors.download(), DOC_CREDENTIALS, DocVectors.DOWNLOAD_KEY_TIME))
                .endsWith("q-signature=01681b8c9d798a678e43b685a9f1bba0f6c0e012");
    }
}
