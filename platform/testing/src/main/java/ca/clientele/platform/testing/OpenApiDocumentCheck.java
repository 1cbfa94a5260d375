package ca.clientele.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OpenAPI document a running service describes is the one committed in
 * {@code docs/api/<service>.openapi.json}: a change of the API shows in review as a change of that
 * file, and the build fails when code and file disagree.
 *
 * <p>The live document is normalised first (keys sorted at every level, pretty-printed, the
 * {@code servers} list dropped: springdoc fills it with the test's random port), so the file is
 * the same on every run. On a difference the check fails with a list of what differs and writes
 * the live document to {@code target/openapi/} for a closer look. With {@code -Dapi.docs.update=true}
 * it rewrites the committed file instead and passes. A missing file is written and the check
 * still fails, so a new service's document cannot go uncommitted by accident: run again, then commit.
 */
final class OpenApiDocumentCheck {

    static final String UPDATE_PROPERTY = "api.docs.update";
    private static final int MAX_LISTED = 40;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private OpenApiDocumentCheck() {}

    /** Compares the live document of {@code service} with its committed file (see the class comment). */
    static void assertMatchesCommitted(String service, String liveJson) {
        assertMatches(
                ApiDocuments.of(service),
                ApiDocuments.relativePath(service),
                liveJson,
                Boolean.getBoolean(UPDATE_PROPERTY),
                Path.of("target", "openapi"));
    }

    static void assertMatches(Path committed, String name, String liveJson, boolean update, Path scratch) {
        String live = normalise(liveJson);
        if (!Files.exists(committed)) {
            write(committed, live);
            if (!update) {
                throw new AssertionError(name + " did not exist and has been written: review and commit it.");
            }
            return;
        }
        String expected = read(committed);
        if (expected.equals(live)) {
            return;
        }
        if (update) {
            write(committed, live);
            return;
        }
        Path livePath = scratch.resolve(committed.getFileName());
        write(livePath, live);
        List<String> differences = differences(JSON.readTree(expected), JSON.readTree(live));
        int shown = Math.min(differences.size(), MAX_LISTED);
        throw new AssertionError(name + " differs from the API the code describes (" + differences.size()
                + " difference(s); - committed, + code):\n  "
                + String.join("\n  ", differences.subList(0, shown))
                + (differences.size() > shown ? "\n  … and " + (differences.size() - shown) + " more" : "")
                + "\nThe code's document is in " + livePath.toAbsolutePath()
                + ".\nIf the change is intended, run the test again with -D" + UPDATE_PROPERTY
                + "=true and commit " + name + ".");
    }

    /** Sorted keys, no {@code servers}, two-space indentation, a final newline. */
    static String normalise(String json) {
        JsonNode tree = JSON.readTree(json);
        if (tree instanceof ObjectNode document) {
            document.remove("servers");
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(sorted(tree)) + "\n";
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            new TreeSet<>(node.propertyNames()).forEach(key -> copy.set(key, sorted(node.get(key))));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.values().forEach(element -> copy.add(sorted(element)));
            return copy;
        }
        return node;
    }

    /** What differs, one line per JSON pointer: {@code - /a/b} only committed, {@code + /a/c} only in code. */
    static List<String> differences(JsonNode committed, JsonNode live) {
        List<String> differences = new ArrayList<>();
        compare("", committed, live, differences);
        return differences;
    }

    private static void compare(String pointer, JsonNode committed, JsonNode live, List<String> differences) {
        if (committed.isObject() && live.isObject()) {
            TreeSet<String> keys = new TreeSet<>(committed.propertyNames());
            keys.addAll(live.propertyNames());
            for (String key : keys) {
                String child = pointer + "/" + key.replace("~", "~0").replace("/", "~1");
                if (!live.has(key)) {
                    differences.add("- " + child);
                } else if (!committed.has(key)) {
                    differences.add("+ " + child);
                } else {
                    compare(child, committed.get(key), live.get(key), differences);
                }
            }
        } else if (committed.isArray() && live.isArray() && committed.size() == live.size()) {
            for (int i = 0; i < committed.size(); i++) {
                compare(pointer + "/" + i, committed.get(i), live.get(i), differences);
            }
        } else if (!Objects.equals(committed, live)) {
            differences.add("~ " + pointer + ": " + abbreviated(committed) + " → " + abbreviated(live));
        }
    }

    private static String abbreviated(JsonNode node) {
        String text = node.toString();
        return text.length() <= 80 ? text : text.substring(0, 77) + "…";
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
