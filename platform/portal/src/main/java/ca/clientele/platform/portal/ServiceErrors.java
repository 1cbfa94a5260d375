package ca.clientele.platform.portal;

import java.io.IOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpRequest;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.client.RestClient;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a service's error answer into an exception the error pages and {@link ServiceForms} know
 * how to show: 404 → {@link ServiceNotFoundException}, 401/403 → {@link AccessDeniedException},
 * 409 → {@link ServiceConflictException}, other 4xx → {@link ServiceRejectedException} (with the
 * problem's detail, field messages and other members), 5xx or no answer at all → {@link
 * ServiceUnavailableException}. Only the method, path and status are logged: query strings and
 * problem details may carry names.
 */
final class ServiceErrors implements RestClient.ResponseSpec.ErrorHandler, ClientHttpRequestInterceptor {

    private static final Logger log = LoggerFactory.getLogger(ServiceErrors.class);

    private final String service;
    private final JsonMapper json;

    ServiceErrors(String service, JsonMapper json) {
        this.service = service;
        this.json = json;
    }

    /** A service that cannot be reached (refused, timed out) is "unavailable", as one that answers 503. */
    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution) {
        try {
            return execution.execute(request, body);
        } catch (IOException unreachable) {
            log.warn(
                    "{} could not be reached for {} {} ({})",
                    service,
                    request.getMethod(),
                    request.getURI().getPath(),
                    unreachable.getClass().getSimpleName());
            throw new ServiceUnavailableException(service + " could not be reached", unreachable);
        }
    }

    @Override
    public void handle(HttpRequest request, ClientHttpResponse response) throws IOException {
        HttpStatusCode status = response.getStatusCode();
        log(request, status);
        if (status.value() == 404) {
            throw new ServiceNotFoundException(service);
        }
        if (status.value() == 401 || status.value() == 403) {
            throw new AccessDeniedException(service + " refused the caller");
        }
        if (status.is5xxServerError()) {
            throw new ServiceUnavailableException(service + " answered " + status.value());
        }
        Map<String, Object> members = problem(response);
        ServiceProblem problem = shown(members);
        if (status.value() == 409) {
            throw new ServiceConflictException(service, problem.detail(), problem.errors(), members);
        }
        throw new ServiceRejectedException(service, status.value(), problem.detail(), problem.errors(), members);
    }

    /** A 404 is an expected answer (a first visit, a stale link); failures and refusals are not. */
    private void log(HttpRequest request, HttpStatusCode status) {
        String path = request.getURI().getPath();
        if (status.value() == 404) {
            log.debug("{} answered 404 to {} {}", service, request.getMethod(), path);
        } else {
            log.warn("{} answered {} to {} {}", service, status.value(), request.getMethod(), path);
        }
    }

    /** The parts the pages show; none when the members do not have the problem's shape. */
    private ServiceProblem shown(Map<String, Object> members) {
        try {
            return json.convertValue(members, ServiceProblem.class);
        } catch (JacksonException unreadable) {
            return new ServiceProblem(null, null, null);
        }
    }

    /** The problem document's members, or none when the answer is not one. */
    private Map<String, Object> problem(ClientHttpResponse response) {
        try {
            Map<String, Object> members = json.readValue(response.getBody(), new TypeReference<>() {});
            return members == null ? Map.of() : members;
        } catch (JacksonException | IOException unreadable) {
            // Not a problem document (a proxy's HTML page, say): the page shows a generic message.
            return Map.of();
        }
    }
}
