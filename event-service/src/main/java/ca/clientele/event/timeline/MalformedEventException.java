package ca.clientele.event.timeline;

/**
 * A record that is not a CloudEvent the timeline can store. Retrying cannot fix it, so the error
 * handler skips it at once. The message is one of our fixed reasons, never parser output: parser
 * messages quote the payload, and payloads stay out of logs.
 */
class MalformedEventException extends RuntimeException {

    MalformedEventException(String reason) {
        super(reason, null, false, false);
    }
}
