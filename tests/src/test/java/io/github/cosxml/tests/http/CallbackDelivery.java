package io.github.cosxml.tests.http;

import java.net.URI;

/**
 * One job callback the loopback server posted, or held back (see {@link #sent()}).
 *
 * @param jobId the job that finished
 * @param url the job's {@code CallBack} URL
 * @param contentType {@code application/xml} or {@code application/json}
 * @param body the callback body, as posted (or as it would have been)
 * @param status the receiver's HTTP status, or 0 when there was none
 * @param failure why there was no status (not sent, or the connection failed), or null
 */
public record CallbackDelivery(String jobId, URI url, String contentType, String body, int status, String failure) {

    /** True when the callback reached the receiver, whatever it answered. */
    public boolean sent() {
        return status != 0;
    }
}
