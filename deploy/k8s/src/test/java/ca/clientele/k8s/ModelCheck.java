package ca.clientele.k8s;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.Quantity;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Reads objects into the typed Kubernetes model strictly. The model keeps any field it does not know in
 * {@code additionalProperties} instead of failing, so a misspelt field ({@code readinesProbe}) would pass a plain
 * conversion and be ignored by the API server; this walks the typed tree and reports every such field.
 */
final class ModelCheck {

    private ModelCheck() {}

    /** Problems of one object read as {@code type}: conversion errors and unknown fields, by path. */
    static List<String> strictly(K8sObject object, Class<?> type) {
        List<String> problems = new ArrayList<>();
        Object typed;
        try {
            typed = Rendered.as(object, type);
        } catch (RuntimeException e) {
            problems.add(object.id() + " is not a valid " + type.getSimpleName() + ": " + e.getMessage());
            return problems;
        }
        if (typed instanceof GenericKubernetesResource generic) {
            // A custom resource: only its metadata has a model here (no CRD schemas offline).
            walk(generic.getMetadata(), object.id() + ".metadata", problems);
        } else {
            walk(typed, object.id(), problems);
        }
        return problems;
    }

    private static void walk(Object value, String path, List<String> problems) {
        if (value == null || value instanceof Quantity || value instanceof IntOrString || value instanceof Enum<?>) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int index = 0;
            for (Object item : items) {
                walk(item, path + "[" + index++ + "]", problems);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> walk(item, path + "." + key, problems));
            return;
        }
        if (!value.getClass().getPackageName().startsWith("io.fabric8")) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0
                    || Modifier.isStatic(getter.getModifiers())
                    || getter.getDeclaringClass() == Object.class
                    || !getter.getName().startsWith("get")) {
                continue;
            }
            Object property = invoke(getter, value);
            if (getter.getName().equals("getAdditionalProperties")) {
                if (property instanceof Map<?, ?> unknown && !unknown.isEmpty()) {
                    problems.add(path + " has fields the Kubernetes API does not know: " + unknown.keySet());
                }
            } else {
                String name = getter.getName().substring(3);
                walk(property, path + "." + Character.toLowerCase(name.charAt(0)) + name.substring(1), problems);
            }
        }
    }

    private static Object invoke(Method getter, Object target) {
        try {
            return getter.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            return null;
        }
    }

    /** Whether a label selector selects pods with these labels (matchLabels and matchExpressions). */
    static boolean selects(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return false;
        }
        Map<String, String> matchLabels = selector.getMatchLabels() == null ? Map.of() : selector.getMatchLabels();
        for (Map.Entry<String, String> wanted : matchLabels.entrySet()) {
            if (!wanted.getValue().equals(labels.get(wanted.getKey()))) {
                return false;
            }
        }
        List<LabelSelectorRequirement> expressions =
                selector.getMatchExpressions() == null ? List.of() : selector.getMatchExpressions();
        for (LabelSelectorRequirement requirement : expressions) {
            String actual = labels.get(requirement.getKey());
            List<String> values = requirement.getValues() == null ? List.of() : requirement.getValues();
            boolean holds = switch (requirement.getOperator()) {
                case "In" -> actual != null && values.contains(actual);
                case "NotIn" -> actual == null || !values.contains(actual);
                case "Exists" -> actual != null;
                case "DoesNotExist" -> actual == null;
                default -> false;
            };
            if (!holds) {
                return false;
            }
        }
        return true;
    }
}
