package ca.clientele.event.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Summary, category, actor and link of each event type family, in French and English. */
class EventDescriptionsTest {

    static final Locale FR = Locale.CANADA_FRENCH;
    static final Locale EN = Locale.CANADA;
    static final UUID CLIENT = UUID.fromString("5f0c2a8e-1d3b-4c57-9a0e-2b7f4c1d9e63");
    static final UUID STAFF = UUID.fromString("0b3a6d1e-2f4c-4a5b-8c7d-9e0f1a2b3c4d");
    static final UUID ORDER = UUID.fromString("7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4e");
    static final String NBSP = "\u00a0";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final EventDescriptions descriptions = descriptions();

    @Nested
    class ClientEvents {

        @Test
        void registeredOnThePortalIsTheClientsOwnDoing() {
            JsonNode data =
                    data("{\"clientId\":\"%s\",\"registeredAt\":\"2026-11-22T14:05:00Z\",\"channel\":\"PORTAL\"}"
                            .formatted(CLIENT));
            String type = "ca.clientele.client.client-registered";
            assertThat(descriptions.summary(type, data, FR))
                    .isEqualTo("Fiche client créée (inscription sur le portail)");
            assertThat(descriptions.summary(type, data, EN)).isEqualTo("Client record created (portal sign-up)");
            assertThat(EventDescriptions.category(type)).isEqualTo(Category.CLIENT);
            assertThat(EventDescriptions.actor(type, CLIENT, data)).isEqualTo(new Actor(ActorKind.CLIENT, CLIENT));
            assertThat(EventDescriptions.link(type, CLIENT, data)).isEqualTo("/clients/" + CLIENT);
        }

        @Test
        void aStatusChangeNamesBothStatusesAndTheStaffMember() {
            JsonNode data = data("{\"clientId\":\"%s\",\"from\":\"ACTIVE\",\"to\":\"BANNED\",\"changedBy\":\"%s\"}"
                    .formatted(CLIENT, STAFF));
            String type = "ca.clientele.client.client-status-changed";
            assertThat(descriptions.summary(type, data, FR)).isEqualTo("Statut du client : actif → banni");
            assertThat(descriptions.summary(type, data, EN)).isEqualTo("Client status: active → banned");
            assertThat(EventDescriptions.actor(type, CLIENT, data)).isEqualTo(new Actor(ActorKind.STAFF, STAFF));
        }

        @Test
        void anUpdateListsTheChangedFieldsNeverTheirValues() {
            JsonNode data = data(
                    "{\"clientId\":\"%s\",\"changedFields\":[\"firstName\",\"email\",\"newThing\"],\"changedBy\":\"%s\"}"
                            .formatted(CLIENT, CLIENT));
            String type = "ca.clientele.client.client-updated";
            assertThat(descriptions.summary(type, data, FR))
                    .isEqualTo("Fiche client modifiée : prénom, courriel, newThing");
            assertThat(EventDescriptions.actor(type, CLIENT, data)).isEqualTo(new Actor(ActorKind.CLIENT, CLIENT));
        }

        @Test
        void petEventsLinkToThePets() {
            JsonNode data =
                    data("{\"clientId\":\"%s\",\"petId\":\"%s\",\"changedBy\":\"%s\"}".formatted(CLIENT, ORDER, STAFF));
            assertThat(EventDescriptions.link("ca.clientele.client.pet-added", CLIENT, data))
                    .isEqualTo("/clients/" + CLIENT + "/pets");
            assertThat(descriptions.summary("ca.clientele.client.pet-added", data, FR))
                    .isEqualTo("Animal ajouté");
        }
    }

    @Nested
    class TicketEvents {

        @Test
        void messagesNameTheTicketNumberAndLinkToIt() {
            UUID ticket = UUID.randomUUID();
            JsonNode data = data(
                    "{\"ticketId\":\"%s\",\"clientId\":\"%s\",\"publicNumber\":78190,\"authorId\":\"%s\",\"authorRole\":\"STAFF\"}"
                            .formatted(ticket, CLIENT, STAFF));
            String type = "ca.clientele.ticket.message-added";
            assertThat(descriptions.summary(type, data, FR)).isEqualTo("Réponse du personnel dans la demande #78190");
            assertThat(descriptions.summary(type, data, EN)).isEqualTo("Staff reply in ticket #78190");
            assertThat(EventDescriptions.category(type)).isEqualTo(Category.MESSAGES);
            assertThat(EventDescriptions.actor(type, CLIENT, data)).isEqualTo(new Actor(ActorKind.STAFF, STAFF));
            assertThat(EventDescriptions.link(type, CLIENT, data)).isEqualTo("/tickets/" + ticket);
        }

        @Test
        void theStatusIsTheSeedsLabel() {
            JsonNode data = data(
                    "{\"ticketId\":\"%s\",\"clientId\":\"%s\",\"from\":\"WAITING_ON_STAFF\",\"to\":\"WAITING_ON_CLIENT\",\"reason\":\"STAFF_REPLY\"}"
                            .formatted(UUID.randomUUID(), CLIENT));
            assertThat(descriptions.summary("ca.clientele.ticket.ticket-status-changed", data, FR))
                    .isEqualTo("Statut de la demande : En attente de la réponse du client");
            assertThat(EventDescriptions.actor("ca.clientele.ticket.ticket-status-changed", CLIENT, data)
                            .kind())
                    .isEqualTo(ActorKind.SYSTEM);
        }

        @Test
        void anIncidentIsASecurityEvent() {
            assertThat(EventDescriptions.category("ca.clientele.ticket.incident-recorded"))
                    .isEqualTo(Category.SECURITY);
        }
    }

    @Nested
    class BookingEvents {

        @Test
        void aBookingNamesItsNumberAndMontrealTime() {
            UUID appointment = UUID.randomUUID();
            JsonNode data = data(
                    "{\"appointmentId\":\"%s\",\"clientId\":\"%s\",\"number\":1201,\"start\":\"2026-11-20T21:30:00Z\",\"bookedBy\":\"%s\",\"byRole\":\"CLIENT\"}"
                            .formatted(appointment, CLIENT, CLIENT));
            String type = "ca.clientele.booking.appointment-booked";
            assertThat(descriptions.summary(type, data, FR))
                    .startsWith("Rendez-vous #1201 réservé pour le 20 novembre 2026")
                    .contains("16 h 30");
            assertThat(descriptions.summary(type, data, EN))
                    .startsWith("Appointment #1201 booked for November 20, 2026")
                    .contains("4:30");
            assertThat(EventDescriptions.category(type)).isEqualTo(Category.APPOINTMENTS);
            assertThat(EventDescriptions.actor(type, CLIENT, data)).isEqualTo(new Actor(ActorKind.CLIENT, CLIENT));
            assertThat(EventDescriptions.link(type, CLIENT, data)).isEqualTo("/timesheet/appointments/" + appointment);
        }

        @Test
        void aCancellationBySystemHasNoPerson() {
            JsonNode data = data(
                    "{\"appointmentId\":\"%s\",\"clientId\":\"%s\",\"start\":\"2026-11-20T21:30:00Z\",\"byRole\":\"SYSTEM\"}"
                            .formatted(UUID.randomUUID(), CLIENT));
            assertThat(EventDescriptions.actor("ca.clientele.booking.appointment-cancelled", CLIENT, data))
                    .isEqualTo(new Actor(ActorKind.SYSTEM, null));
            assertThat(descriptions.summary("ca.clientele.booking.appointment-cancelled", data, FR))
                    .startsWith("Rendez-vous du 20 novembre 2026");
        }

        @Test
        void aStaffChangeOfServiceOrPetsNamesTheNewTimeAndTheStaffMember() {
            UUID appointment = UUID.randomUUID();
            UUID staff = UUID.randomUUID();
            JsonNode data = data("""
                    {"appointmentId":"%s","clientId":"%s","changedBy":"%s","byRole":"STAFF",
                     "from":{"serviceId":"%s","petIds":["%s"],"when":{"start":"2026-11-20T21:30:00Z"}},
                     "to":{"serviceId":"%s","petIds":["%s"],"when":{"start":"2026-11-21T15:00:00Z"}}}""".formatted(
                            appointment,
                            CLIENT,
                            staff,
                            UUID.randomUUID(),
                            UUID.randomUUID(),
                            UUID.randomUUID(),
                            UUID.randomUUID()));
            String type = "ca.clientele.booking.appointment-changed";
            assertThat(descriptions.summary(type, data, FR))
                    .startsWith("Rendez-vous du 21 novembre 2026")
                    .endsWith("modifié (service ou animaux)");
            assertThat(descriptions.summary(type, data, EN)).startsWith("Appointment of November 21, 2026");
            assertThat(EventDescriptions.category(type)).isEqualTo(Category.APPOINTMENTS);
            assertThat(EventDescriptions.actor(type, CLIENT, data)).isEqualTo(new Actor(ActorKind.STAFF, staff));
            assertThat(EventDescriptions.link(type, CLIENT, data)).isEqualTo("/timesheet/appointments/" + appointment);
        }
    }

    @Nested
    class BillingEvents {

        @Test
        void anOrderShowsItsNumberAndTotalInTheReadersFormat() {
            JsonNode data = data(
                    "{\"orderId\":\"%s\",\"number\":1514,\"appointmentId\":null,\"clientId\":\"%s\",\"kind\":\"SHOP\",\"total\":40.24}"
                            .formatted(ORDER, CLIENT));
            String type = "ca.clientele.billing.order-placed";
            assertThat(descriptions.summary(type, data, FR)).isEqualTo("Commande #1514 créée — 40,24" + NBSP + "$");
            assertThat(descriptions.summary(type, data, EN)).isEqualTo("Order #1514 created — $40.24");
            assertThat(EventDescriptions.category(type)).isEqualTo(Category.BILLING);
            assertThat(EventDescriptions.actor(type, CLIENT, data).kind()).isEqualTo(ActorKind.SYSTEM);
            assertThat(EventDescriptions.link(type, CLIENT, data))
                    .isEqualTo("/clients/" + CLIENT + "/commandes/" + ORDER);
        }

        @Test
        void aCreditChangeShowsTheSignedAmountAndTheBalance() {
            JsonNode data = data(
                    "{\"clientId\":\"%s\",\"entryId\":\"%s\",\"kind\":\"ADJUSTMENT\",\"amount\":-1234.5,\"balance\":10,\"orderId\":null}"
                            .formatted(CLIENT, UUID.randomUUID()));
            // Grouping and currency spaces are the locale's no-break spaces; compared as plain spaces here.
            assertThat(descriptions
                            .summary("ca.clientele.billing.credit-changed", data, FR)
                            .replaceAll("\\h", " "))
                    .isEqualTo("Solde créditeur : -1 234,50 $ (nouveau solde 10,00 $)");
            assertThat(EventDescriptions.link("ca.clientele.billing.credit-changed", CLIENT, data))
                    .isEqualTo("/clients/" + CLIENT + "/credit");
        }
    }

    @Nested
    class DocumentEvents {

        @Test
        void aFormNamesItsTitle() {
            JsonNode data =
                    data("{\"formId\":\"%s\",\"formVersion\":2,\"clientId\":\"%s\",\"title\":\"Questionnaire santé\"}"
                            .formatted(UUID.randomUUID(), CLIENT));
            assertThat(descriptions.summary("ca.clientele.document.form-assigned", data, FR))
                    .isEqualTo("Formulaire à remplir : Questionnaire santé");
            assertThat(EventDescriptions.category("ca.clientele.document.form-assigned"))
                    .isEqualTo(Category.DOCUMENTS);
            assertThat(EventDescriptions.link("ca.clientele.document.form-assigned", CLIENT, data))
                    .isEqualTo("/clients/" + CLIENT + "/documents");
        }

        @Test
        void aSharedDocumentSaysWhatItIs() {
            JsonNode data = data("{\"documentId\":\"%s\",\"clientId\":\"%s\",\"purpose\":\"VACCINATION_PROOF\"}"
                    .formatted(UUID.randomUUID(), CLIENT));
            assertThat(descriptions.summary("ca.clientele.document.document-shared", data, EN))
                    .isEqualTo("Vaccination proof shared with the client");
        }
    }

    @Nested
    class NotificationEvents {

        @Test
        void anEmailSentShowsItsSubject() {
            JsonNode data = data(
                    "{\"notificationId\":\"%s\",\"channel\":\"EMAIL\",\"template\":\"ticket-reply\",\"language\":\"fr\",\"subject\":\"Réponse à votre message #78190\",\"triggerEventId\":\"x\",\"triggerType\":\"y\"}"
                            .formatted(UUID.randomUUID()));
            String type = "ca.clientele.notification.notification-sent";
            assertThat(descriptions.summary(type, data, FR))
                    .isEqualTo("Courriel envoyé : Réponse à votre message #78190");
            assertThat(EventDescriptions.category(type)).isEqualTo(Category.NOTIFICATIONS);
            assertThat(EventDescriptions.actor(type, CLIENT, data).kind()).isEqualTo(ActorKind.SYSTEM);
        }

        @Test
        void aFailureGivesItsReason() {
            JsonNode data = data("{\"channel\":\"SMS\",\"subject\":\"Rappel\",\"reason\":\"provider refused\"}");
            assertThat(descriptions.summary("ca.clientele.notification.notification-failed", data, FR))
                    .isEqualTo("Échec de l'envoi du SMS : Rappel (provider refused)");
        }
    }

    @Nested
    class AuditEvents {

        @Test
        void aStaffReadIsASecurityEventOfThatStaffMember() {
            JsonNode data = data(
                    "{\"staffId\":\"%s\",\"action\":\"EXPORTED\",\"resource\":\"law25-export\",\"resourceId\":\"%s\"}"
                            .formatted(STAFF, CLIENT));
            String type = "ca.clientele.client.client-record-accessed";
            assertThat(descriptions.summary(type, data, FR))
                    .isEqualTo("Fiche client exportée par le personnel (law25-export)");
            assertThat(descriptions.summary(type, data, EN))
                    .isEqualTo("Client record exported by staff (law25-export)");
            assertThat(EventDescriptions.category(type)).isEqualTo(Category.SECURITY);
            assertThat(EventDescriptions.category("ca.clientele.document.document-accessed"))
                    .isEqualTo(Category.SECURITY);
            assertThat(EventDescriptions.actor(type, CLIENT, data)).isEqualTo(new Actor(ActorKind.STAFF, STAFF));
        }
    }

    @Nested
    class UnknownEvents {

        @Test
        void anUnknownTypeGetsItsDomainsCategoryAndAGenericSummary() {
            JsonNode data = data("{\"somethingId\":\"1\",\"extra\":{\"deep\":true}}");
            String type = "ca.clientele.billing.something-new";
            assertThat(descriptions.summary(type, data, FR)).isEqualTo("Évènement ca.clientele.billing.something-new");
            assertThat(EventDescriptions.category(type)).isEqualTo(Category.BILLING);
            assertThat(EventDescriptions.category("org.example.other")).isEqualTo(Category.CLIENT);
            assertThat(EventDescriptions.link(type, CLIENT, data)).isEqualTo("/clients/" + CLIENT);
            assertThat(EventDescriptions.actor(type, CLIENT, data).kind()).isEqualTo(ActorKind.SYSTEM);
        }

        @Test
        void aKnownTypeMissingAFieldFallsBackToItsTitle() {
            assertThat(descriptions.summary("ca.clientele.billing.order-placed", data("{\"number\":12}"), FR))
                    .isEqualTo("Commande créée");
            assertThat(descriptions.summary(
                            "ca.clientele.billing.order-placed", data("{\"number\":12,\"total\":\"abc\"}"), EN))
                    .isEqualTo("Order placed");
            assertThat(descriptions.summary("ca.clientele.billing.order-placed", null, EN))
                    .isEqualTo("Order placed");
        }
    }

    @Test
    void everyDocumentedTypeIsDescribedAndTitled() throws IOException {
        ResourceBundleMessageSource messages = messageSource();
        try (Stream<Path> files = Files.list(Path.of("..", "docs", "events"))) {
            String readme = Files.readString(Path.of("..", "docs", "events", "README.md"));
            java.util.regex.Matcher types = java.util.regex.Pattern.compile("`(ca\\.clientele\\.[a-z]+\\.[a-z-]+)`")
                    .matcher(readme);
            int found = 0;
            while (types.find()) {
                String type = types.group(1);
                found++;
                assertThat(EventDescriptions.knownTypes()).as(type).contains(type);
                assertThat(messages.getMessage(TimelineTitles.PREFIX + type, null, null, FR))
                        .as(type)
                        .isNotNull();
                assertThat(messages.getMessage(TimelineTitles.PREFIX + type, null, null, EN))
                        .as(type)
                        .isNotNull();
            }
            assertThat(found).isGreaterThan(30);
            assertThat(files).isNotEmpty();
        }
    }

    private static JsonNode data(String json) {
        return JSON.readTree(json);
    }

    private static EventDescriptions descriptions() {
        ResourceBundleMessageSource messages = messageSource();
        return new EventDescriptions(messages, new TimelineTitles(messages));
    }

    private static ResourceBundleMessageSource messageSource() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
