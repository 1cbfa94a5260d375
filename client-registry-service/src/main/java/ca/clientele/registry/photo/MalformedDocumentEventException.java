package ca.clientele.registry.photo;

/** An event the registry cannot read (an id missing): retrying would not help, it is skipped. */
class MalformedDocumentEventException extends RuntimeException {

    MalformedDocumentEventException(String message) {
        super(message);
    }
}
