package ca.clientele.registry.client;

import ca.clientele.platform.testing.ApiClient;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;

/** The field errors of a 400 problem, as field → message (the first message of each field). */
final class Problems {

    private Problems() {}

    static Map<String, String> errors(ApiClient.Response response) {
        Map<String, String> errors = new LinkedHashMap<>();
        JsonNode list = response.json().get("errors");
        if (list != null) {
            StreamSupport.stream(list.spliterator(), false)
                    .forEach(error -> errors.putIfAbsent(
                            error.get("field").asString(), error.get("message").asString()));
        }
        return errors;
    }
}
