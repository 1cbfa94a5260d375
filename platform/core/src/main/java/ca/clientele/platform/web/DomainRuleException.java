package ca.clientele.platform.web;

/**
 * A business rule refused the request (422). The message key is resolved in the caller's
 * language by {@link ProblemDetailsAdvice}; the service's {@code messages*.properties} holds it.
 */
public class DomainRuleException extends RuntimeException {

    private final String messageKey;
    private final Object[] arguments;

    public DomainRuleException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
