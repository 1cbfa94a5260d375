package ca.clientele.k8s;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** What one overlay renders to, with typed access through the Kubernetes model. */
record Rendered(Path dir, List<K8sObject> objects) {

    static final JsonMapper MODEL = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    List<K8sObject> ofKind(String kind) {
        return objects.stream().filter(object -> object.kind().equals(kind)).toList();
    }

    <T> List<T> typed(String kind, Class<T> type) {
        return ofKind(kind).stream().map(object -> as(object, type)).toList();
    }

    Optional<K8sObject> find(String kind, String name) {
        return objects.stream()
                .filter(object -> object.kind().equals(kind) && object.name().equals(name))
                .findFirst();
    }

    static <T> T as(K8sObject object, Class<T> type) {
        return MODEL.convertValue(object.tree(), type);
    }

    String overlay() {
        return dir.getFileName().toString();
    }
}
