package ca.clientele.ticket.ticket;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Labels of a ticket's codes in the caller's language: statuses, types and channels from the bundle; categories and
 * service options from the tables staff configure (read here by id, never written).
 */
@Component
class TicketLabels {

    private final MessageSource messages;
    private final JdbcClient jdbc;

    TicketLabels(MessageSource messages, JdbcClient jdbc) {
        this.messages = messages;
        this.jdbc = jdbc;
    }

    String status(TicketStatus status, Locale locale) {
        return messages.getMessage(status.messageKey(), null, locale);
    }

    String type(TicketType type, Locale locale) {
        return messages.getMessage(type.messageKey(), null, locale);
    }

    String channel(Channel channel, Locale locale) {
        return messages.getMessage(channel.messageKey(), null, locale);
    }

    Map<UUID, String> categories(Collection<UUID> ids, Locale locale) {
        return labels("ticket_category", ids, locale);
    }

    List<ServiceOptionView> serviceOptions(List<UUID> ids, Locale locale) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> labels = labels("ticket_service_option", ids, locale);
        return ids.stream()
                .filter(labels::containsKey)
                .map(id -> new ServiceOptionView(id, labels.get(id)))
                .toList();
    }

    private Map<UUID, String> labels(String table, Collection<UUID> ids, Locale locale) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        String column = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? "label_en" : "label_fr";
        return jdbc
                .sql("select id, " + column + " as label from " + table + " where id = any(?)")
                .param(ids.stream().distinct().toArray(UUID[]::new))
                .query((row, n) -> Map.entry(row.getObject("id", UUID.class), row.getString("label")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
