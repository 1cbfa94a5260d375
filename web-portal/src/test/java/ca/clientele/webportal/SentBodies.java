package ca.clientele.webportal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records the JSON body of every call the portal makes to a service ({@code BackendStub} records
 * method, path, token and language, not bodies). A component of the test classpath, so every test
 * context has it and they stay one cached context.
 */
@Component
public class SentBodies implements RestClientCustomizer {

    public record Sent(String method, String path, JsonNode body) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<Sent> SENT = new CopyOnWriteArrayList<>();

    @Override
    public void customize(org.springframework.web.client.RestClient.Builder builder) {
        builder.requestInterceptor((request, body, execution) -> {
            SENT.add(new Sent(
                    request.getMethod().name(),
                    request.getURI().getPath(),
                    body.length == 0 ? null : JSON.readTree(new String(body, StandardCharsets.UTF_8))));
            return execution.execute(request, body);
        });
    }

    public static List<Sent> sent() {
        return List.copyOf(SENT);
    }

    /** The body of the last call with this method and path. */
    public static JsonNode last(String method, String path) {
        return sent().reversed().stream()
                .filter(sent -> sent.method().equals(method) && sent.path().equals(path))
                .findFirst()
                .map(Sent::body)
                .orElseThrow(() -> new AssertionError("no " + method + " " + path + " was sent"));
    }

    public static void reset() {
        SENT.clear();
    }
}
