package ca.clientele.event.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Which event sends which notification: {@code notifications/triggers.json}, read once at start. Data, not code per
 * event type (ADR 0024): a new trigger is a row there and its texts in {@code notifications/messages*.properties}.
 */
@Component
class TriggerCatalog {

    static final String RESOURCE = "notifications/triggers.json";

    enum Category {
        TRANSACTIONAL,
        NEWSLETTER
    }

    enum Recipients {
        SUBJECT,
        RECIPIENT_CLIENT_IDS
    }

    enum ReminderAction {
        SCHEDULE,
        MOVE,
        CANCEL
    }

    /** Who besides the client gets a copy of an e-mail. */
    enum Copies {
        NONE,
        /** The ticket's additional beneficiaries (Cc) and the reply's BCC, read from the ticket-service at sending. */
        TICKET_MESSAGE
    }

    record Template(
            String name,
            Category category,
            boolean legallyRequired,
            Set<Channel> channels,
            String link,
            Copies copies) {}

    /** A value the template shows, copied from the event's data: {@code name[=path][:format]}. */
    record Param(String name, String path, String format) {

        static Param parse(String spec) {
            String format = null;
            int colon = spec.indexOf(':');
            if (colon >= 0) {
                format = spec.substring(colon + 1);
                spec = spec.substring(0, colon);
            }
            int equals = spec.indexOf('=');
            return equals >= 0
                    ? new Param(spec.substring(0, equals), spec.substring(equals + 1), format)
                    : new Param(spec, spec, format);
        }

        JsonNode read(JsonNode data) {
            JsonNode node = data;
            for (String part : path.split("\\.")) {
                node = node == null ? null : node.get(part);
            }
            return node;
        }
    }

    record Trigger(
            String eventType,
            Template template,
            Recipients recipients,
            Map<String, String> when,
            List<Param> params,
            ReminderAction reminder) {

        /** Every {@code when} field of the data equals its value ({@code !value}: differs from it). */
        boolean matches(JsonNode data) {
            for (Map.Entry<String, String> condition : when.entrySet()) {
                JsonNode field = data == null ? null : data.get(condition.getKey());
                String actual = field == null || field.isNull() ? null : field.asString();
                String expected = condition.getValue();
                boolean negated = expected.startsWith("!");
                boolean equal = (negated ? expected.substring(1) : expected).equals(actual);
                if (negated == equal) {
                    return false;
                }
            }
            return true;
        }
    }

    private final Map<String, Template> templates;
    private final List<Trigger> triggers;

    TriggerCatalog(JsonMapper mapper) {
        JsonNode root;
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            root = mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        Map<String, Template> byName = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : root.get("templates").properties()) {
            JsonNode t = entry.getValue();
            Set<Channel> channels = new java.util.LinkedHashSet<>();
            t.get("channels").forEach(c -> channels.add(Channel.valueOf(c.asString())));
            byName.put(
                    entry.getKey(),
                    new Template(
                            entry.getKey(),
                            Category.valueOf(t.get("category").asString()),
                            t.get("legallyRequired").asBoolean(),
                            Set.copyOf(channels),
                            t.path("link").asString("/"),
                            Copies.valueOf(t.path("copies").asString("NONE"))));
        }
        List<Trigger> list = new ArrayList<>();
        for (JsonNode t : root.get("triggers")) {
            Template template = byName.get(t.get("template").asString());
            if (template == null) {
                throw new IllegalStateException(RESOURCE + ": unknown template " + t.get("template"));
            }
            Map<String, String> when = new LinkedHashMap<>();
            if (t.has("when")) {
                t.get("when")
                        .properties()
                        .forEach(e -> when.put(e.getKey(), e.getValue().asString()));
            }
            List<Param> params = new ArrayList<>();
            if (t.has("params")) {
                t.get("params").forEach(p -> params.add(Param.parse(p.asString())));
            }
            list.add(new Trigger(
                    t.get("eventType").asString(),
                    template,
                    Recipients.valueOf(t.path("recipients").asString("SUBJECT")),
                    Map.copyOf(when),
                    List.copyOf(params),
                    t.has("reminder") ? ReminderAction.valueOf(t.get("reminder").asString()) : null));
        }
        this.templates = Map.copyOf(byName);
        this.triggers = List.copyOf(list);
    }

    List<Trigger> triggersOf(String eventType) {
        return triggers.stream().filter(t -> t.eventType().equals(eventType)).toList();
    }

    List<Trigger> triggers() {
        return triggers;
    }

    Template template(String name) {
        Template template = templates.get(name);
        if (template == null) {
            throw new IllegalArgumentException("Unknown template " + name);
        }
        return template;
    }

    boolean hasTemplate(String name) {
        return templates.containsKey(name);
    }

    List<Template> templates() {
        return templates.values().stream()
                .sorted(java.util.Comparator.comparing(Template::name))
                .toList();
    }
}
