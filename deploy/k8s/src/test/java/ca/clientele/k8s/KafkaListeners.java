package ca.clientele.k8s;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code @KafkaListener}s of a module, read from its source: their topics and consumer group. */
final class KafkaListeners {

    record Listener(String module, String where, List<String> topics, String group) {}

    // Every attribute (concurrency, autoStartup…), so that one this check ignores still ends the one before it.
    private static final Pattern ATTRIBUTE = Pattern.compile("\\b([a-zA-Z][a-zA-Z0-9]*)\\s*=(?!=)\\s*");
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    private KafkaListeners() {}

    static List<Listener> of(String module) {
        Map<String, String> properties = ServiceConfiguration.properties(module);
        List<Listener> listeners = new ArrayList<>();
        for (Path source : Repository.javaSources(module)) {
            String code = Repository.read(source);
            int at = code.indexOf("@KafkaListener(");
            while (at >= 0) {
                String annotation = arguments(code, at + "@KafkaListener".length());
                String where = source.getFileName().toString();
                Map<String, String> attributes = attributes(annotation);
                if (attributes.containsKey("topicPattern")) {
                    throw new AssertionError(where + ": a topicPattern listener cannot be checked against ACLs");
                }
                List<String> topics = new ArrayList<>();
                String topicsValue = attributes.getOrDefault("topics", "");
                String list = topicsValue.startsWith("{")
                        ? topicsValue.substring(1, topicsValue.lastIndexOf('}'))
                        : topicsValue;
                for (String expression : list.split(",")) {
                    if (!expression.isBlank()) {
                        topics.add(resolve(module, code, expression.strip(), properties));
                    }
                }
                String group;
                if (attributes.containsKey("groupId")) {
                    group = resolve(module, code, attributes.get("groupId"), properties);
                } else if (attributes.containsKey("id") && !"false".equals(attributes.get("idIsGroup"))) {
                    group = resolve(module, code, attributes.get("id"), properties);
                } else {
                    group = Optional.ofNullable(properties.get("spring.kafka.consumer.group-id"))
                            .orElse(properties.get("spring.application.name"));
                }
                listeners.add(new Listener(module, where, topics, group));
                at = code.indexOf("@KafkaListener(", at + 1);
            }
        }
        return listeners;
    }

    /** The text between the parentheses that open at {@code open}. */
    private static String arguments(String code, int open) {
        int depth = 0;
        boolean inString = false;
        for (int i = open; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"' && code.charAt(i - 1) != '\\') {
                inString = !inString;
            } else if (!inString && c == '(') {
                depth++;
            } else if (!inString && c == ')' && --depth == 0) {
                return code.substring(open + 1, i);
            }
        }
        throw new AssertionError("Unbalanced @KafkaListener");
    }

    /** Top-level {@code name = value} pairs of an annotation (values may be arrays in braces). */
    private static Map<String, String> attributes(String annotation) {
        Map<String, String> attributes = new java.util.LinkedHashMap<>();
        Matcher matcher = ATTRIBUTE.matcher(annotation);
        List<int[]> starts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (matcher.find()) {
            if (depthAt(annotation, matcher.start()) == 0) {
                names.add(matcher.group(1));
                starts.add(new int[] {matcher.start(), matcher.end()});
            }
        }
        for (int i = 0; i < names.size(); i++) {
            int from = starts.get(i)[1];
            int to = i + 1 < names.size() ? starts.get(i + 1)[0] : annotation.length();
            String value = annotation.substring(from, to).strip();
            if (value.endsWith(",")) {
                value = value.substring(0, value.length() - 1).strip();
            }
            attributes.put(names.get(i), value);
        }
        return attributes;
    }

    private static int depthAt(String text, int position) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < position; i++) {
            char c = text.charAt(i);
            if (c == '"' && (i == 0 || text.charAt(i - 1) != '\\')) {
                inString = !inString;
            } else if (!inString && c == '{') {
                depth++;
            } else if (!inString && c == '}') {
                depth--;
            }
        }
        return inString ? 1 : depth;
    }

    /** A string literal (its placeholder's default or property), or a constant of the module. */
    private static String resolve(String module, String code, String expression, Map<String, String> properties) {
        Matcher literal = STRING.matcher(expression);
        if (expression.startsWith("\"") && literal.find()) {
            String value = literal.group(1);
            if (value.startsWith("${") && value.endsWith("}")) {
                String inner = value.substring(2, value.length() - 1);
                int colon = inner.indexOf(':');
                String name = colon < 0 ? inner : inner.substring(0, colon);
                return Optional.ofNullable(properties.get(name))
                        .orElseGet(() -> colon < 0 ? value : inner.substring(colon + 1));
            }
            return value;
        }
        String owner = expression.contains(".") ? expression.substring(0, expression.lastIndexOf('.')) : null;
        String constant = expression.substring(expression.lastIndexOf('.') + 1);
        Pattern declaration = Pattern.compile("\\b" + Pattern.quote(constant) + "\\s*=\\s*\"([^\"]+)\"");
        Matcher inSameFile = declaration.matcher(code);
        if (owner == null && inSameFile.find()) {
            return inSameFile.group(1);
        }
        for (Path source : Repository.javaSources(module)) {
            if (owner != null && !source.getFileName().toString().equals(owner + ".java")) {
                continue;
            }
            Matcher found = declaration.matcher(Repository.read(source));
            if (found.find()) {
                return found.group(1);
            }
        }
        throw new AssertionError(module + ": cannot resolve the listener's " + expression);
    }
}
