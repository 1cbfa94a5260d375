package ca.clientele.platform.web;

import ca.clientele.platform.security.ResourceNotFoundException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.method.MethodValidationException;
import org.springframework.validation.method.MethodValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error a REST controller raises becomes an RFC 9457 problem, worded in the caller's
 * language. Nothing internal (stack traces, SQL, class names) leaves the service.
 */
@RestControllerAdvice(annotations = RestController.class)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private final MessageSource messages;

    public ProblemDetailsAdvice(MessageSource messages) {
        this.messages = messages;
        setMessageSource(messages);
    }

    @ExceptionHandler(ResourceNotFoundException.class)
    ProblemDetail notFound() {
        return problem(HttpStatus.NOT_FOUND, "problem.not-found");
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail conflict() {
        return problem(HttpStatus.CONFLICT, "problem.conflict");
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integrity() {
        return problem(HttpStatus.CONFLICT, "problem.duplicate");
    }

    @ExceptionHandler(DomainRuleException.class)
    ProblemDetail domainRule(DomainRuleException e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, e.messageKey(), e.arguments());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden() {
        return problem(HttpStatus.FORBIDDEN, "problem.forbidden");
    }

    @ExceptionHandler(AuthenticationException.class)
    ProblemDetail unauthenticated() {
        return problem(HttpStatus.UNAUTHORIZED, "problem.unauthorized");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        // Logged with its type only: messages may carry personal data.
        log.error("Unexpected error of type {}", e.getClass().getName(), e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "problem.unexpected");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail body = problem(HttpStatus.BAD_REQUEST, "problem.validation");
        body.setProperty("errors", fieldErrors(ex.getBindingResult()));
        return ResponseEntity.badRequest().body(body);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(parameterProblem(ex));
    }

    @Override
    protected ResponseEntity<Object> handleMethodValidationException(
            MethodValidationException ex, HttpHeaders headers, HttpStatus status, WebRequest request) {
        return ResponseEntity.badRequest().body(parameterProblem(ex));
    }

    private ProblemDetail parameterProblem(MethodValidationResult result) {
        ProblemDetail body = problem(HttpStatus.BAD_REQUEST, "problem.validation");
        body.setProperty(
                "errors",
                result.getParameterValidationResults().stream()
                        .flatMap(parameter -> parameter.getResolvableErrors().stream()
                                .map(error -> Map.of(
                                        "field",
                                        String.valueOf(
                                                parameter.getMethodParameter().getParameterName()),
                                        "message",
                                        messages.getMessage(error, locale()))))
                        .toList());
        return body;
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail body = problem(HttpStatus.BAD_REQUEST, "problem.validation");
        String field = ex.getPropertyName() == null ? "value" : ex.getPropertyName();
        body.setProperty(
                "errors",
                List.of(Map.of("field", field, "message", messages.getMessage("problem.type", null, locale()))));
        return ResponseEntity.badRequest().body(body);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "problem.unreadable"));
    }

    private List<Map<String, String>> fieldErrors(BindingResult result) {
        return result.getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "message", messages.getMessage(error, locale())))
                .toList();
    }

    private ProblemDetail problem(HttpStatus status, String key, Object... args) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(key, args, locale()));
        problem.setTitle(messages.getMessage(key + ".title", null, status.getReasonPhrase(), locale()));
        return problem;
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
