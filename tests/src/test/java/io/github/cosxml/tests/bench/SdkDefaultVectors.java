package io.github.cosxml.tests.bench;

/**
 * The cross-checked values of spec §2.6 for the documented requests signed with the official
 * SDKs' header set (D1: upload without {@code Date}; D2: download without {@code Date}).
 */
final class SdkDefaultVectors {
    private static final String HOST = "examplebucket-1250000000.cos.ap-beijing.myqcloud.com";

    private SdkDefaultVectors() {
    }

    static String httpString(SignerInputs request) {
        switch (request) {
            case UPLOAD:
                return "put\n/exampleobject(腾讯云)\n\n"
                        + "content-length=13&content-md5=mQ%2FfVh815F3k6TAUm8m0eg%3D%3D&content-type=text%2Fplain"
                        + "&host=" + HOST + "&x-cos-acl=private&x-cos-grant-read=uin%3D%22100000000011%22\n";
            case DOWNLOAD:
                return "get\n/exampleobject(腾讯云)\n"
                        + "response-cache-control=max-age%3D600&response-content-type=application%2Foctet-stream\n"
                        + "host=" + HOST + "\n";
            default:
                throw new AssertionError(request);
        }
    }

    static String signKey(SignerInputs request) {
        switch (request) {
            case UPLOAD:
                return "eb2519b498b02ac213cb1f3d1a3d27a3b3c9bc5f";
            case DOWNLOAD:
                return "937914bf490e9e8c189836aad2052e4feeb35eaf";
            default:
                throw new AssertionError(request);
        }
    }

    static String signature(SignerInputs request) {
        switch (request) {
            case UPLOAD:
                return "fc4e4717b501da12715d5fc84a4880a87ad2b7ab";
            case DOWNLOAD:
                return "cf18ded2f669fcafa4b98e02c2a3fdb2b2e55c43";
            default:
                throw new AssertionError(request);
        }
    }
}
