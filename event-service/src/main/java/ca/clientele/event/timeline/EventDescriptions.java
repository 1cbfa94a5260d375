package ca.clientele.event.timeline;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * What each event type means to a person: its category, who caused it, a one-line summary in the
 * reader's language built from the event's facts ("Commande #1514 créée — 40,24 $"), and the
 * admin-portal page of the thing it is about. A type this table does not know still gets a
 * category (from its domain), an actor (from the usual data fields) and a generic summary.
 *
 * <p>Summaries are messages {@code event.summary.<type>} (or {@code event.summary.<type>.<variant>}
 * when a data field picks the wording, e.g. the channel of a notification) whose arguments are the
 * data fields the rule names, already formatted (amounts in the reader's currency format, dates in
 * Montreal time). When a named field is missing the summary falls back to the type's title.
 */
@Component
class EventDescriptions {

    static final ZoneId MONTREAL = ZoneId.of("America/Montreal");
    static final String SUMMARY = "event.summary.";
    static final String VALUE = "event.value.";

    // Data fields naming who acted, in the order they are looked for.
    private static final List<String> ACTOR_FIELDS = List.of(
            "staffId",
            "actor",
            "changedBy",
            "openedBy",
            "authorId",
            "bookedBy",
            "movedBy",
            "cancelledBy",
            "completedBy",
            "markedBy",
            "sharedBy",
            "assignedBy");
    private static final List<String> ROLE_FIELDS = List.of("byRole", "authorRole", "actorRole");

    private static final Map<String, Rule> RULES = rules();

    private final MessageSource messages;
    private final TimelineTitles titles;

    EventDescriptions(MessageSource messages, TimelineTitles titles) {
        this.messages = messages;
        this.titles = titles;
    }

    /** The category of a type; an unknown type takes its domain's ({@code ca.clientele.<domain>.…}). */
    static Category category(String type) {
        Rule rule = RULES.get(type);
        if (rule != null) {
            return rule.category();
        }
        String[] parts = type.split("\\.");
        String domain = parts.length > 2 ? parts[2] : "";
        return switch (domain) {
            case "ticket" -> Category.MESSAGES;
            case "booking" -> Category.APPOINTMENTS;
            case "billing" -> Category.BILLING;
            case "document" -> Category.DOCUMENTS;
            case "notification" -> Category.NOTIFICATIONS;
            default -> Category.CLIENT;
        };
    }

    /** Who caused the event, from its data: an explicit role wins, else the client's own id means the client. */
    static Actor actor(String type, UUID clientId, JsonNode data) {
        UUID id = null;
        String role = null;
        if (data != null && data.isObject()) {
            for (String field : ACTOR_FIELDS) {
                id = uuid(data.get(field));
                if (id != null) {
                    break;
                }
            }
            for (String field : ROLE_FIELDS) {
                JsonNode value = data.get(field);
                if (value != null && value.isString()) {
                    role = value.asString();
                    break;
                }
            }
        }
        if (role != null) {
            try {
                ActorKind kind = ActorKind.valueOf(role);
                return new Actor(kind, kind == ActorKind.SYSTEM ? null : id);
            } catch (IllegalArgumentException unknownRole) {
                // judged by the id below
            }
        }
        if (id != null) {
            return new Actor(id.equals(clientId) ? ActorKind.CLIENT : ActorKind.STAFF, id);
        }
        if ("ca.clientele.client.client-registered".equals(type)
                && data != null
                && "PORTAL".equals(text(data, "channel"))) {
            return new Actor(ActorKind.CLIENT, clientId);
        }
        if ("ca.clientele.client.client-registered".equals(type)) {
            return new Actor(ActorKind.STAFF, null);
        }
        return new Actor(ActorKind.SYSTEM, null);
    }

    /** The one-line summary in the reader's language. */
    String summary(String type, JsonNode data, Locale locale) {
        Rule rule = RULES.get(type);
        if (rule == null || data == null || !data.isObject()) {
            return titles.of(type, locale);
        }
        List<String> arguments = new ArrayList<>();
        for (Argument argument : rule.arguments()) {
            String formatted = argument.format(data, locale, messages);
            if (formatted == null) {
                return titles.of(type, locale);
            }
            arguments.add(formatted);
        }
        String key = SUMMARY + type;
        if (rule.variant() != null) {
            String variant = text(data, rule.variant());
            String specific = variant == null
                    ? null
                    : messages.getMessage(key + "." + variant, arguments.toArray(), null, locale);
            if (specific != null) {
                return specific;
            }
        }
        String summary = messages.getMessage(key, arguments.toArray(), null, locale);
        return summary != null ? summary : titles.of(type, locale);
    }

    /** The admin-portal path of what the event is about (the client's page when nothing narrower exists). */
    static String link(String type, UUID clientId, JsonNode data) {
        Rule rule = RULES.get(type);
        String client = "/clients/" + clientId;
        if (rule == null || rule.link() == null || data == null || !data.isObject()) {
            return client;
        }
        String path = rule.link().apply(new LinkContext(client, data));
        return path != null ? path : client;
    }

    /** The types this table describes (for tests and the catalog). */
    static java.util.Set<String> knownTypes() {
        return RULES.keySet();
    }

    private record Rule(
            Category category, List<Argument> arguments, String variant, Function<LinkContext, String> link) {}

    private record LinkContext(String client, JsonNode data) {

        /** {@code prefix + id}, or null when the field is not an id, so the client's page is used. */
        String to(String prefix, String field) {
            UUID id = uuid(data.get(field));
            return id == null ? null : prefix + id;
        }
    }

    /** One summary argument: a data field (dotted path) and how it reads. */
    private record Argument(String path, Kind kind, String valuePrefix) {

        enum Kind {
            TEXT,
            NUMBER,
            MONEY,
            DATE,
            DATE_TIME,
            VALUE,
            VALUES
        }

        String format(JsonNode data, Locale locale, MessageSource messages) {
            JsonNode node = data;
            for (String part : path.split("\\.")) {
                node = node == null ? null : node.get(part);
            }
            if (node == null || node.isNull()) {
                return null;
            }
            try {
                return switch (kind) {
                    case TEXT -> node.isValueNode() ? node.asString() : null;
                    case NUMBER -> node.isNumber() || node.isString() ? node.asString() : null;
                    case MONEY -> money(new BigDecimal(node.asString()), locale);
                    case DATE ->
                        LocalDate.parse(node.asString())
                                .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                                        .withLocale(locale));
                    case DATE_TIME ->
                        Instant.parse(node.asString())
                                .atZone(MONTREAL)
                                .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                                        .withLocale(locale));
                    case VALUE -> value(node.asString(), locale, messages);
                    case VALUES -> {
                        if (!node.isArray()) {
                            yield null;
                        }
                        List<String> values = new ArrayList<>();
                        node.forEach(item -> values.add(value(item.asString(), locale, messages)));
                        yield String.join(", ", values);
                    }
                };
            } catch (RuntimeException unreadable) {
                // A producer sent something else than its schema says: the title will do.
                return null;
            }
        }

        private String value(String code, Locale locale, MessageSource messages) {
            return messages.getMessage(VALUE + valuePrefix + "." + code, null, code, locale);
        }
    }

    static String money(BigDecimal amount, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(
                Locale.FRENCH.getLanguage().equals(locale.getLanguage()) ? Locale.CANADA_FRENCH : Locale.CANADA);
        return format.format(amount);
    }

    private static String text(JsonNode data, String field) {
        JsonNode value = data.get(field);
        return value == null || !value.isValueNode() ? null : value.asString();
    }

    private static UUID uuid(JsonNode value) {
        if (value == null || !value.isString()) {
            return null;
        }
        try {
            return UUID.fromString(value.asString());
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    private static Argument text(String path) {
        return new Argument(path, Argument.Kind.TEXT, null);
    }

    private static Argument number(String path) {
        return new Argument(path, Argument.Kind.NUMBER, null);
    }

    private static Argument money(String path) {
        return new Argument(path, Argument.Kind.MONEY, null);
    }

    private static Argument date(String path) {
        return new Argument(path, Argument.Kind.DATE, null);
    }

    private static Argument dateTime(String path) {
        return new Argument(path, Argument.Kind.DATE_TIME, null);
    }

    private static Argument value(String path, String prefix) {
        return new Argument(path, Argument.Kind.VALUE, prefix);
    }

    private static Argument values(String path, String prefix) {
        return new Argument(path, Argument.Kind.VALUES, prefix);
    }

    private static Map<String, Rule> rules() {
        Map<String, Rule> rules = new java.util.HashMap<>();
        Function<LinkContext, String> client = LinkContext::client;
        Function<LinkContext, String> pets = c -> c.client() + "/pets";
        Function<LinkContext, String> documents = c -> c.client() + "/documents";
        Function<LinkContext, String> ticket = c -> c.to("/tickets/", "ticketId");
        Function<LinkContext, String> appointment = c -> c.to("/timesheet/appointments/", "appointmentId");
        Function<LinkContext, String> order = c -> c.to(c.client() + "/commandes/", "orderId");

        String c = "ca.clientele.client.";
        rules.put(c + "client-registered", rule(Category.CLIENT, client, "channel"));
        rules.put(c + "client-updated", rule(Category.CLIENT, client, null, values("changedFields", "field")));
        rules.put(
                c + "client-status-changed",
                rule(Category.CLIENT, client, null, value("from", "status"), value("to", "status")));
        rules.put(c + "client-billing-changed", rule(Category.CLIENT, c2 -> c2.client() + "/credit", null));
        rules.put(c + "options-changed", rule(Category.CLIENT, client, null, values("changedOptions", "option")));
        rules.put(c + "pet-added", rule(Category.CLIENT, pets, null));
        rules.put(c + "pet-updated", rule(Category.CLIENT, pets, null));
        rules.put(c + "pet-archived", rule(Category.CLIENT, pets, null));
        rules.put(c + "pet-restored", rule(Category.CLIENT, pets, null));
        rules.put(c + "pet-vaccinations-changed", rule(Category.CLIENT, pets, null));
        rules.put(
                c + "client-record-accessed",
                rule(Category.SECURITY, client, null, value("action", "record-action"), text("resource")));

        String t = "ca.clientele.ticket.";
        rules.put(t + "ticket-opened", rule(Category.MESSAGES, ticket, null, number("publicNumber")));
        rules.put(t + "message-added", rule(Category.MESSAGES, ticket, "authorRole", number("publicNumber")));
        rules.put(t + "ticket-status-changed", rule(Category.MESSAGES, ticket, null, value("to", "ticket-status")));
        rules.put(t + "ticket-assigned", rule(Category.MESSAGES, ticket, null));
        rules.put(
                t + "ticket-auto-close-warning",
                rule(Category.MESSAGES, ticket, null, number("publicNumber"), date("closesOn")));
        rules.put(t + "incident-recorded", rule(Category.SECURITY, ctx -> ctx.to("/incidents/", "incidentId"), null));

        String b = "ca.clientele.booking.";
        rules.put(
                b + "appointment-booked",
                rule(Category.APPOINTMENTS, appointment, null, number("number"), dateTime("start")));
        rules.put(b + "appointment-rescheduled", rule(Category.APPOINTMENTS, appointment, null, dateTime("to.start")));
        rules.put(b + "appointment-cancelled", rule(Category.APPOINTMENTS, appointment, null, dateTime("start")));
        rules.put(b + "appointment-changed", rule(Category.APPOINTMENTS, appointment, null, dateTime("to.when.start")));
        rules.put(b + "appointment-completed", rule(Category.APPOINTMENTS, appointment, null));
        rules.put(b + "appointment-no-show", rule(Category.APPOINTMENTS, appointment, null));
        rules.put(b + "report-card-shared", rule(Category.APPOINTMENTS, appointment, null));
        rules.put(b + "waitlist-offered", rule(Category.APPOINTMENTS, client, null, dateTime("start")));

        String f = "ca.clientele.billing.";
        rules.put(f + "order-placed", rule(Category.BILLING, order, null, number("number"), money("total")));
        rules.put(f + "order-created", rule(Category.BILLING, order, null));
        rules.put(f + "payment-recorded", rule(Category.BILLING, order, null, money("amount"), number("number")));
        rules.put(f + "order-paid", rule(Category.BILLING, order, null, number("number"), money("total")));
        rules.put(f + "order-completed", rule(Category.BILLING, order, null, number("number")));
        rules.put(f + "order-cancelled", rule(Category.BILLING, order, null, number("number")));
        rules.put(f + "order-refunded", rule(Category.BILLING, order, null, number("number"), money("amount")));
        rules.put(
                f + "credit-changed",
                rule(Category.BILLING, ctx -> ctx.client() + "/credit", null, money("amount"), money("balance")));
        rules.put(f + "invoice-issued", rule(Category.BILLING, ctx -> ctx.client() + "/invoices", null));
        rules.put(f + "payment-received", rule(Category.BILLING, order, null));

        String d = "ca.clientele.document.";
        rules.put(d + "document-shared", rule(Category.DOCUMENTS, documents, "purpose"));
        rules.put(d + "document-deleted", rule(Category.DOCUMENTS, documents, null));
        rules.put(d + "profile-photo-changed", rule(Category.DOCUMENTS, client, null));
        rules.put(d + "pet-photo-changed", rule(Category.DOCUMENTS, pets, null));
        rules.put(d + "form-assigned", rule(Category.DOCUMENTS, documents, null, text("title")));
        rules.put(d + "form-submitted", rule(Category.DOCUMENTS, documents, null, text("title")));
        rules.put(
                d + "document-accessed", rule(Category.SECURITY, documents, null, value("action", "document-action")));

        String n = "ca.clientele.notification.";
        rules.put(n + "notification-sent", rule(Category.NOTIFICATIONS, client, "channel", text("subject")));
        rules.put(
                n + "notification-failed",
                rule(Category.NOTIFICATIONS, client, "channel", text("subject"), text("reason")));
        rules.put(n + "email-sent", rule(Category.NOTIFICATIONS, client, null));
        return Map.copyOf(rules);
    }

    private static Rule rule(
            Category category, Function<LinkContext, String> link, String variant, Argument... arguments) {
        return new Rule(category, List.of(arguments), variant, Objects.requireNonNull(link));
    }
}
