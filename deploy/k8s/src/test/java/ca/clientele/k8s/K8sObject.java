package ca.clientele.k8s;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One rendered object as a plain tree, with path helpers for the checks. */
record K8sObject(Map<String, Object> tree) {

    String apiVersion() {
        return string("apiVersion").orElse("");
    }

    String kind() {
        return string("kind").orElse("");
    }

    String name() {
        return string("metadata", "name").orElse("");
    }

    String namespace() {
        return string("metadata", "namespace").orElse("");
    }

    /** {@code Kind/name}, how failures name an object. */
    String id() {
        return kind() + "/" + name();
    }

    String group() {
        String apiVersion = apiVersion();
        return apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
    }

    Optional<Object> at(String... path) {
        Object current = tree;
        for (String key : path) {
            if (!(current instanceof Map<?, ?> map) || !map.containsKey(key)) {
                return Optional.empty();
            }
            current = map.get(key);
        }
        return Optional.ofNullable(current);
    }

    Optional<String> string(String... path) {
        return at(path).map(String::valueOf);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> map(String... path) {
        return at(path).filter(Map.class::isInstance)
                .map(value -> (Map<String, Object>) value)
                .orElse(Map.of());
    }

    @SuppressWarnings("unchecked")
    List<Object> list(String... path) {
        return at(path).filter(List.class::isInstance)
                .map(value -> (List<Object>) value)
                .orElse(List.of());
    }
}
