package ca.clientele.event.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The trigger data: every template has its texts in both languages, every trigger a documented event type. */
class TriggerCatalogTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final TriggerCatalog catalog = new TriggerCatalog(JSON);

    @Test
    void everyTemplateHasItsTextsInFrenchAndEnglish() throws Exception {
        for (String file : new String[] {"notifications/messages.properties", "notifications/messages_fr.properties"}) {
            Properties texts = new Properties();
            try (var in = getClass().getClassLoader().getResourceAsStream(file)) {
                texts.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            for (var template : catalog.templates()) {
                for (String part : new String[] {"subject", "heading", "body", "action"}) {
                    assertThat(texts.getProperty("notification." + template.name() + "." + part))
                            .as(file + " " + template.name() + "." + part)
                            .isNotBlank();
                }
            }
        }
    }

    @Test
    void everyTriggerNamesADocumentedEventType() throws Exception {
        for (var trigger : catalog.triggers()) {
            String name = trigger.eventType().substring(trigger.eventType().lastIndexOf('.') + 1);
            assertThat(Files.exists(Path.of("..", "docs", "events", name + ".schema.json")))
                    .as(trigger.eventType())
                    .isTrue();
        }
    }

    @Test
    void legallyRequiredNoticesAreThoseOfMoney() {
        assertThat(catalog.templates().stream()
                        .filter(TriggerCatalog.Template::legallyRequired)
                        .map(TriggerCatalog.Template::name))
                .containsExactlyInAnyOrder("payment-received", "refund-issued", "invoice-available");
    }

    @Test
    void conditionsReadTheEventData() {
        var reply = catalog.triggersOf("ca.clientele.ticket.message-added").getFirst();
        assertThat(reply.matches(JSON.readTree("{\"authorRole\":\"STAFF\",\"internal\":false}")))
                .isTrue();
        assertThat(reply.matches(JSON.readTree("{\"authorRole\":\"STAFF\",\"internal\":true}")))
                .isFalse();
        assertThat(reply.matches(JSON.readTree("{\"authorRole\":\"CLIENT\",\"internal\":false}")))
                .isFalse();
        var cancelled =
                catalog.triggersOf("ca.clientele.booking.appointment-cancelled").getFirst();
        assertThat(cancelled.matches(JSON.readTree("{\"byRole\":\"SYSTEM\"}"))).isFalse();
        assertThat(cancelled.matches(JSON.readTree("{\"byRole\":\"CLIENT\"}"))).isTrue();
        var moved = catalog.triggersOf("ca.clientele.booking.appointment-rescheduled")
                .getFirst();
        assertThat(NotificationTriggers.params(moved, JSON.readTree("{\"to\":{\"start\":\"2026-12-08T21:30:00Z\"}}")))
                .isEqualTo(Map.of("start", "2026-12-08T21:30:00Z", "start.format", "datetime"));
        var changed =
                catalog.triggersOf("ca.clientele.booking.appointment-changed").getFirst();
        assertThat(changed.reminder()).isEqualTo(TriggerCatalog.ReminderAction.MOVE);
        assertThat(NotificationTriggers.params(
                        changed, JSON.readTree("{\"to\":{\"when\":{\"start\":\"2026-12-09T15:00:00Z\"}}}")))
                .isEqualTo(Map.of("start", "2026-12-09T15:00:00Z", "start.format", "datetime"));
        assertThat(catalog.template("ticket-reply").copies()).isEqualTo(TriggerCatalog.Copies.TICKET_MESSAGE);
        assertThat(catalog.template("welcome").copies()).isEqualTo(TriggerCatalog.Copies.NONE);
    }

    @Test
    void factsAreFormattedInTheClientsLanguage() {
        Map<String, String> params = Map.of(
                "start", "2026-12-08T21:30:00Z", "start.format", "datetime", "total", "40.24", "total.format", "money");
        assertThat(NotificationRenderer.fill("{start} : {total}", params, NotificationRenderer.FRENCH))
                .isEqualTo("mardi 8 décembre 2026 à 16 h 30 : 40,24 $");
        assertThat(NotificationRenderer.fill("{start}: {total}", params, NotificationRenderer.ENGLISH))
                .startsWith("Tuesday, December 8, 2026 at 4:30")
                .endsWith(": $40.24");
    }
}
