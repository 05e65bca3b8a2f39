package io.github.cosxml.tests.http;

import io.github.cosxml.tests.ci.error.ServiceError;

/**
 * A documented error the loopback server answers (ci-api.md §1.2, signature.md §4.1), written
 * with the generated {@link ServiceError}.
 *
 * @param status the HTTP status
 * @param body the {@code <Error>} document
 */
public record ErrorReply(int status, ServiceError body) {

    /** 403 {@code SignatureDoesNotMatch} with the server's StringToSign and FormatString (its HttpString). */
    static ErrorReply signatureDoesNotMatch(String stringToSign, String formatString) {
        return new ErrorReply(403, ServiceError.builder().code("SignatureDoesNotMatch")
                .message("The Signature you specified is invalid.")
                .stringToSign(stringToSign).formatString(formatString).build());
    }

    /** 403 {@code AccessDenied} "Request has expired" for a key time that has ended. */
    static ErrorReply expired() {
        return new ErrorReply(403, ServiceError.builder().code("AccessDenied").message("Request has expired").build());
    }

    /** 403 {@code AccessDenied} with a reason (no Authorization, a malformed one, a missing signed header, a bad token). */
    static ErrorReply accessDenied(String message) {
        return new ErrorReply(403, ServiceError.builder().code("AccessDenied").message(message).build());
    }

    /** 403 {@code InvalidAccessKeyId} for an unknown q-ak. */
    static ErrorReply invalidAccessKeyId() {
        return new ErrorReply(403, ServiceError.builder().code("InvalidAccessKeyId")
                .message("The Access Key Id you provided does not exist in our records.").build());
    }

    /** 403 {@code RequestTimeTooSkewed} for a key time that starts in the future. */
    static ErrorReply requestTimeTooSkewed(String message) {
        return new ErrorReply(403, ServiceError.builder().code("RequestTimeTooSkewed").message(message).build());
    }

    /** 400 {@code InvalidArgument} for a body that breaks the schema; the message names every violation. */
    static ErrorReply invalidArgument(String message) {
        return new ErrorReply(400, ServiceError.builder().code("InvalidArgument").message(message).build());
    }

    /** 404 {@code NoSuchKey} for a path this server does not play. */
    static ErrorReply notFound(String path) {
        return new ErrorReply(404, ServiceError.builder().code("NoSuchKey")
                .message("The specified key does not exist: " + path).build());
    }

    /** The same reply with the ids and (cos domain) the resource filled in. */
    ErrorReply identified(String requestId, String resource) {
        return new ErrorReply(status, body.toBuilder().requestId(requestId).traceId("trace-" + requestId)
                .resource(resource).build());
    }
}
