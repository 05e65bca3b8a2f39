package io.github.cosxml.tests.http;

import io.github.cosxml.tests.ci.job.request.CallBackFormat;
import io.github.cosxml.tests.ci.job.request.CallBackType;
import io.github.cosxml.tests.ci.job.request.ImageLicenseRecJobRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where and how a submitted job asks to be told that it finished: its {@code CallBack} URL and
 * {@code CallBackFormat} (ci-api.md §1.1 and §2.4).
 *
 * @param url the URL the callback is posted to
 * @param json true for {@code CallBackFormat} {@code JSON} (either case), false for XML, the default
 */
record CallbackTarget(URI url, boolean json) {

    /**
     * The target a request names, or null when it asks for no HTTP callback: no {@code CallBack}
     * (the loopback server has no queue whose callback would apply), the literal {@code no}, or a
     * {@code CallBackType} of {@code TDMQ} or {@code Kafka}, which go to a message queue.
     *
     * @throws IllegalArgumentException if {@code CallBack} is not an absolute http or https URL
     */
    static CallbackTarget of(ImageLicenseRecJobRequest request) {
        String callBack = request.getCallBack();
        CallBackType type = request.getCallBackType();
        if (callBack == null || callBack.equals("no") || type == CallBackType.TDMQ || type == CallBackType.KAFKA) {
            return null;
        }
        CallBackFormat format = request.getCallBackFormat();
        return new CallbackTarget(httpUrl(callBack), format == CallBackFormat.JSON || format == CallBackFormat.JSON_LOWERCASE);
    }

    private static URI httpUrl(String callBack) {
        String problem;
        try {
            URI url = new URI(callBack);
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && url.getHost() != null) {
                return url;
            }
            problem = "has no http or https scheme and host";
        } catch (URISyntaxException malformed) {
            problem = "is not a URL (" + malformed.getMessage() + ")";
        }
        throw new IllegalArgumentException("CallBack '" + callBack + "' " + problem + ": give an http:// or https:// URL,"
                + " or 'no' for no callback");
    }
}
