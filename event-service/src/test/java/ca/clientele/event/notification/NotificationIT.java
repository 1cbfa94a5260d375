package ca.clientele.event.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ca.clientele.platform.testing.ApiClient;
import ca.clientele.platform.testing.ServiceIntegrationTest;
import ca.clientele.platform.testing.TestJwts;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.core.ThrowingRunnable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Notifications end to end inside the service: trigger events on the real (embedded) Kafka, rows in the real
 * PostgreSQL, e-mails through SMTP to GreenMail (random port), the registry's contact endpoint and Keycloak's token
 * endpoint answered by WireMock (contract 1), notification-sent read back from Kafka and checked against its schema.
 */
@ServiceIntegrationTest
class NotificationIT {

    private static final int SMTP_PORT = freePort();
    private static GreenMail smtp = startSmtp();
    private static final RegistryStub REGISTRY = RegistryStub.INSTANCE;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "1000");
        registry.add("spring.mail.properties.mail.smtp.timeout", () -> "2000");
        registry.add("clientele.registry.url", REGISTRY::url);
        registry.add("clientele.tickets.url", REGISTRY::url);
        registry.add(
                "spring.security.oauth2.client.provider.keycloak.token-uri",
                () -> REGISTRY.url() + RegistryStub.TOKEN_PATH);
        registry.add("spring.security.oauth2.client.registration.registry.client-secret", () -> "test-secret");
        registry.add("clientele.notifications.poll-interval", () -> "PT0.2S");
        registry.add("clientele.notifications.backoff", () -> "PT0.3S");
        registry.add("clientele.notifications.max-backoff", () -> "PT1S");
        registry.add("clientele.notifications.max-attempts", () -> "4");
        registry.add("clientele.notifications.registry.retries", () -> "2");
        registry.add("clientele.notifications.registry.retry-backoff", () -> "PT0.05S");
        registry.add("clientele.notifications.registry.open-for", () -> "PT0.5S");
    }

    @LocalServerPort
    int port;

    @Autowired
    TestJwts jwts;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    MeterRegistry meters;

    ApiClient api;
    Consumer<String, byte[]> notifications;
    final List<ConsumerRecord<String, byte[]>> published = new java.util.ArrayList<>();

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "test-" + UUID.randomUUID(), false);
        props.put("auto.offset.reset", "earliest");
        notifications = new DefaultKafkaConsumerFactory<>(props, new StringDeserializer(), new ByteArrayDeserializer())
                .createConsumer();
        notifications.subscribe(List.of("clientele.notification.v1"));
    }

    @AfterEach
    void closeConsumer() {
        notifications.close();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @Test
    void aNewClientGetsTheWelcomeEmailInFrenchAndNotificationSentIsPublished() throws Exception {
        UUID client = UUID.randomUUID();
        String email = "elise." + client + "@exemple.ca";
        REGISTRY.client(client, email, "Élise", "fr", "ACTIVE", false, null);
        double sentBefore = notificationCount("sent");

        String eventId = UUID.randomUUID().toString();
        send("clientele.client.v1", client, eventId, "ca.clientele.client.client-registered", """
                {"clientId":"%s","registeredAt":"2026-11-22T14:05:00Z","channel":"PORTAL"}""".formatted(client));

        MimeMessage mail = awaitMail(email, 1).getFirst();
        assertThat(mail.getSubject()).isEqualTo("Bienvenue dans votre compte client");
        String body = GreenMailUtil.getBody(mail);
        assertThat(decoded(mail)).contains("Bonjour Élise,", "Clientèle (test)", "bonjour@clientele.test");
        assertThat(body).contains("text/html").contains("text/plain");
        assertThat(mail.getFrom()[0].toString()).contains("bonjour@clientele.test");

        JsonNode sent = awaitPublished(client, "ca.clientele.notification.notification-sent");
        EventSchemas.assertValid("notification-sent", sent.toString());
        assertThat(sent.get("source").asString()).isEqualTo("/clientele/event-service");
        assertThat(sent.get("subject").asString()).isEqualTo(client.toString());
        JsonNode data = sent.get("data");
        assertThat(data.get("template").asString()).isEqualTo("welcome");
        assertThat(data.get("channel").asString()).isEqualTo("EMAIL");
        assertThat(data.get("language").asString()).isEqualTo("fr");
        assertThat(data.get("subject").asString()).isEqualTo("Bienvenue dans votre compte client");
        assertThat(data.get("triggerEventId").asString()).isEqualTo(eventId);
        assertThat(data.get("triggerType").asString()).isEqualTo("ca.clientele.client.client-registered");
        assertThat(sent.toString()).doesNotContain(email, "Élise");
        // clientele_notifications_total{outcome="sent",channel="email"} (docs/observability.md).
        await().atMost(Duration.ofSeconds(10)).until(() -> notificationCount("sent") >= sentBefore + 1);
    }

    @Test
    void aStaffReplyEmailsEachRecipientInTheirLanguageAndAnInternalNoteNobody() throws Exception {
        UUID client = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        String clientEmail = "client." + client + "@exemple.ca";
        String otherEmail = "other." + other + "@exemple.ca";
        REGISTRY.client(client, clientEmail, "Noah", "en", "ACTIVE", false, null);
        REGISTRY.client(other, otherEmail, "Léa", "fr", "ACTIVE", false, null);
        UUID ticket = UUID.randomUUID();

        send(
                "clientele.ticket.v1",
                client,
                UUID.randomUUID().toString(),
                "ca.clientele.ticket.message-added",
                messageAdded(ticket, client, "STAFF", true, List.of(client)));
        send(
                "clientele.ticket.v1",
                client,
                UUID.randomUUID().toString(),
                "ca.clientele.ticket.message-added",
                messageAdded(ticket, client, "CLIENT", false, List.of()));
        send(
                "clientele.ticket.v1",
                client,
                UUID.randomUUID().toString(),
                "ca.clientele.ticket.message-added",
                messageAdded(ticket, client, "STAFF", false, List.of(client, other)));

        MimeMessage english = awaitMail(clientEmail, 1).getFirst();
        assertThat(english.getSubject()).isEqualTo("New reply to your request #78190");
        assertThat(decoded(english)).contains("Hello Noah,");
        MimeMessage french = awaitMail(otherEmail, 1).getFirst();
        assertThat(french.getSubject()).isEqualTo("Nouvelle réponse à votre demande n° 78190");
        staysTrue(() -> assertThat(mailsTo(clientEmail)).hasSize(1));
    }

    /** "Bénéficiaires supplémentaires" get the reply in Cc, the reply's BCC a blind copy: one e-mail, three inboxes. */
    @Test
    void aStaffReplyIsCopiedToTheTicketsBeneficiariesAndTheReplysBcc() throws Exception {
        UUID client = UUID.randomUUID();
        String clientEmail = "copies." + client + "@exemple.ca";
        String beneficiaryDomain = "beneficiaire-" + client + ".ca";
        String bccDomain = "cci-" + client + ".ca";
        REGISTRY.client(client, clientEmail, "Zoé", "fr", "ACTIVE", false, null);
        UUID ticket = UUID.randomUUID();
        UUID message = UUID.randomUUID();
        REGISTRY.ticketCopies(ticket, message, "conjoint@" + beneficiaryDomain, "gestion@" + bccDomain);

        send(
                "clientele.ticket.v1",
                client,
                UUID.randomUUID().toString(),
                "ca.clientele.ticket.message-added",
                messageAdded(ticket, message, client, "STAFF", false, List.of(client)));

        MimeMessage toClient = awaitMail(clientEmail, 1).getFirst();
        assertThat(toClient.getSubject()).isEqualTo("Nouvelle réponse à votre demande n° 78190");
        assertThat(Arrays.toString(toClient.getRecipients(Message.RecipientType.CC)))
                .isEqualTo("[conjoint@" + beneficiaryDomain + "]");
        String beneficiary = "conjoint@" + beneficiaryDomain;
        String blindCopy = "gestion@" + bccDomain;
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(inbox(beneficiary)).hasSize(1);
            assertThat(inbox(blindCopy)).hasSize(1);
        });
        MimeMessage blind = inbox(blindCopy).getFirst().getMimeMessage();
        assertThat(blind.getSubject()).isEqualTo(toClient.getSubject());
        assertThat(blind.getRecipients(Message.RecipientType.BCC))
                .as("a blind copy stays blind: no header names it")
                .isNull();
        assertThat(blind.getRecipients(Message.RecipientType.TO)[0].toString()).isEqualTo(clientEmail);
        assertThat(inbox(clientEmail)).as("one e-mail to the client").hasSize(1);
    }

    /** What one address's mailbox received (GreenMail keeps a mailbox per recipient, Bcc included). */
    private static List<com.icegreen.greenmail.store.StoredMessage> inbox(String address) throws Exception {
        var user = smtp.getUserManager().getUserByEmail(address);
        return user == null
                ? List.of()
                : smtp.getManagers().getImapHostManager().getInbox(user).getMessages();
    }

    @Test
    void theOtherTriggersEachSendTheirEmailInTheClientsLanguage() throws Exception {
        UUID client = UUID.randomUUID();
        String email = "all." + client + "@exemple.ca";
        REGISTRY.client(client, email, "Mia", "en", "ACTIVE", false, null);
        UUID ticket = UUID.randomUUID();
        UUID order = UUID.randomUUID();
        UUID any = UUID.randomUUID();

        send(
                "clientele.ticket.v1",
                client,
                UUID.randomUUID().toString(),
                "ca.clientele.ticket.ticket-auto-close-warning",
                """
                {"ticketId":"%s","clientId":"%s","publicNumber":78190,"closesOn":"2026-12-14"}""".formatted(ticket, client));
        send(
                "clientele.ticket.v1",
                client,
                UUID.randomUUID().toString(),
                "ca.clientele.ticket.ticket-status-changed",
                """
                {"ticketId":"%s","clientId":"%s","from":"WAITING_ON_CLIENT","to":"CLOSED","reason":"AUTO_CLOSED",
                 "changedBy":null}""".formatted(ticket, client));
        send(
                "clientele.booking.v1",
                client,
                UUID.randomUUID().toString(),
                "ca.clientele.booking.waitlist-offered",
                """
                {"entryId":"%s","clientId":"%s","serviceId":"%s","branchId":null,"start":"2026-12-08T21:30:00Z",
                 "staffId":"%s"}""".formatted(any, client, any, any));
        send(
                "clientele.billing.v1",
                client,
                UUID.randomUUID().toString(),
                "ca.clientele.billing.order-placed",
                """
                {"orderId":"%s","number":1042,"appointmentId":null,"clientId":"%s","kind":"SHOP","total":40.24}""".formatted(order, client));
        send(
                "clientele.billing.v1",
                client,
                UUID.randomUUID().toString(),
                "ca.clientele.billing.order-completed",
                """
                {"orderId":"%s","number":1042,"appointmentId":null,"clientId":"%s"}""".formatted(order, client));
        send(
                "clientele.booking.v1",
                client,
                UUID.randomUUID().toString(),
                "ca.clientele.booking.appointment-rescheduled",
                """
                {"appointmentId":"%s","clientId":"%s","from":{"start":"2030-03-12T15:00:00Z","end":"2030-03-12T15:20:00Z",
                 "staffId":"%s"},"to":{"start":"2030-03-14T18:00:00Z","end":"2030-03-14T18:20:00Z","staffId":"%s"},
                 "movedBy":"%s","byRole":"STAFF"}""".formatted(any, client, any, any, any));
        send(
                "clientele.booking.v1",
                client,
                UUID.randomUUID().toString(),
                "ca.clientele.booking.appointment-changed",
                """
                {"appointmentId":"%s","clientId":"%s",
                 "from":{"serviceId":"%s","petIds":["%s"],"when":{"start":"2030-03-20T15:00:00Z","end":"2030-03-20T15:20:00Z","staffId":"%s"}},
                 "to":{"serviceId":"%s","petIds":["%s"],"when":{"start":"2030-03-20T15:00:00Z","end":"2030-03-20T15:40:00Z","staffId":"%s"}},
                 "lines":[],"currency":"CAD","changedBy":"%s","byRole":"STAFF"}""".formatted(any, client, any, any, any, any, any, any, any));
        // A staff-closed ticket and an in-store order send nothing.
        send(
                "clientele.ticket.v1",
                client,
                UUID.randomUUID().toString(),
                "ca.clientele.ticket.ticket-status-changed",
                """
                {"ticketId":"%s","clientId":"%s","from":"WAITING_ON_STAFF","to":"CLOSED","reason":"CLOSED_BY_STAFF",
                 "changedBy":"%s"}""".formatted(ticket, client, any));
        send(
                "clientele.billing.v1",
                client,
                UUID.randomUUID().toString(),
                "ca.clientele.billing.order-placed",
                """
                {"orderId":"%s","number":1043,"appointmentId":null,"clientId":"%s","kind":"IN_STORE","total":10.00}""".formatted(UUID.randomUUID(), client));

        List<MimeMessage> mails = awaitMail(email, 7);
        assertThat(mails)
                .extracting(MimeMessage::getSubject)
                .containsExactlyInAnyOrder(
                        "Your request #78190 will soon be closed",
                        "Your request was closed",
                        "A time you were waiting for is free",
                        "Order 1042 awaiting payment",
                        "Invoice for order 1042 available",
                        "Your appointment was moved",
                        "Your appointment was changed");
        MimeMessage warning = mails.stream()
                .filter(m -> subject(m).startsWith("Your request #78190"))
                .findFirst()
                .orElseThrow();
        assertThat(decoded(warning)).contains("December 14, 2026");
        MimeMessage changed = mails.stream()
                .filter(m -> subject(m).equals("Your appointment was changed"))
                .findFirst()
                .orElseThrow();
        assertThat(decoded(changed)).contains("March 20, 2030");
        staysTrue(() -> assertThat(mailsTo(email)).hasSize(7));
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aDuplicateEventSendsOneEmail() throws Exception {
        UUID client = UUID.randomUUID();
        String email = "dup." + client + "@exemple.ca";
        REGISTRY.client(client, email, "Marc", "fr", "ACTIVE", false, null);
        String eventId = UUID.randomUUID().toString();
        String data = """
                {"orderId":"%s","number":1042,"clientId":"%s","total":40.24,"paidAt":"2026-11-22T14:05:00Z"}""".formatted(UUID.randomUUID(), client);

        send("clientele.billing.v1", client, eventId, "ca.clientele.billing.order-paid", data);
        send("clientele.billing.v1", client, eventId, "ca.clientele.billing.order-paid", data);

        MimeMessage mail = awaitMail(email, 1).getFirst();
        assertThat(mail.getSubject()).isEqualTo("Paiement reçu pour la commande 1042");
        assertThat(decoded(mail)).contains("40,24 $");
        send("clientele.billing.v1", client, eventId, "ca.clientele.billing.order-paid", data);
        staysTrue(() -> {
            assertThat(mailsTo(email)).hasSize(1);
            assertThat(rows(client)).hasSize(1);
        });
    }

    @Test
    void aBannedClientGetsOnlyLegallyRequiredNotices() throws Exception {
        UUID client = UUID.randomUUID();
        String email = "banned." + client + "@exemple.ca";
        REGISTRY.client(client, email, "Zoé", "fr", "BANNED", false, null);

        send(
                "clientele.document.v1",
                client,
                UUID.randomUUID().toString(),
                "ca.clientele.document.form-assigned",
                """
                {"formId":"%s","formVersion":1,"clientId":"%s","title":"Questionnaire"}""".formatted(UUID.randomUUID(), client));
        send(
                "clientele.billing.v1",
                client,
                UUID.randomUUID().toString(),
                "ca.clientele.billing.order-refunded",
                """
                {"orderId":"%s","number":77,"clientId":"%s","amount":12.50,"to":"CARD","fully":false,
                 "status":"COMPLETED"}""".formatted(UUID.randomUUID(), client));

        MimeMessage refund = awaitMail(email, 1).getFirst();
        assertThat(refund.getSubject()).isEqualTo("Remboursement de la commande 77");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> state(client, "form-assigned").equals("SKIPPED"));
        staysTrue(() -> assertThat(mailsTo(email)).hasSize(1));
    }

    @Test
    void aBookingEmailsAtOnceAndRemindsTheDayBeforeBySmsOnlyWithConsent() throws Exception {
        UUID withSms = UUID.randomUUID();
        UUID withoutSms = UUID.randomUUID();
        String smsEmail = "sms." + withSms + "@exemple.ca";
        String noSmsEmail = "nosms." + withoutSms + "@exemple.ca";
        REGISTRY.client(withSms, smsEmail, "Anne", "fr", "ACTIVE", true, "+15145550199");
        REGISTRY.client(withoutSms, noSmsEmail, "Paul", "en", "ACTIVE", false, "+15145550123");
        // Less than 24 h ahead: the reminder is due at once.
        Instant start = Instant.now().plus(20, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);

        for (UUID client : List.of(withSms, withoutSms)) {
            send(
                    "clientele.booking.v1",
                    client,
                    UUID.randomUUID().toString(),
                    "ca.clientele.booking.appointment-booked",
                    booked(UUID.randomUUID(), client, start));
        }

        List<MimeMessage> french = awaitMail(smsEmail, 2);
        assertThat(french)
                .extracting(MimeMessage::getSubject)
                .containsExactlyInAnyOrder("Rendez-vous 1515 réservé", "Rappel : votre rendez-vous de demain");
        List<MimeMessage> english = awaitMail(noSmsEmail, 2);
        assertThat(english)
                .extracting(MimeMessage::getSubject)
                .containsExactlyInAnyOrder("Appointment 1515 booked", "Reminder: your appointment tomorrow");
        await().atMost(Duration.ofSeconds(30)).until(() -> smsState(withSms).equals("SENT"));
        await().atMost(Duration.ofSeconds(30)).until(() -> smsState(withoutSms).equals("SKIPPED"));
        assertThat(jdbc.sql("select last_error from notification where client_id = ? and channel = 'SMS'")
                        .param(withoutSms)
                        .query(String.class)
                        .single())
                .isEqualTo("no SMS consent");
    }

    @Test
    void aReminderIsScheduledMovedAndRemovedWithTheAppointment() throws Exception {
        UUID client = UUID.randomUUID();
        REGISTRY.client(client, "rem." + client + "@exemple.ca", "Anne", "fr", "ACTIVE", false, null);
        UUID appointment = UUID.randomUUID();
        Instant start = Instant.parse("2030-03-12T15:00:00Z");

        send(
                "clientele.booking.v1",
                client,
                UUID.randomUUID().toString(),
                "ca.clientele.booking.appointment-booked",
                booked(appointment, client, start));
        await().atMost(Duration.ofSeconds(30)).until(() -> remindAt(appointment) != null);
        assertThat(remindAt(appointment)).isEqualTo(start.minus(24, ChronoUnit.HOURS));

        Instant moved = Instant.parse("2030-03-14T18:00:00Z");
        send(
                "clientele.booking.v1",
                client,
                UUID.randomUUID().toString(),
                "ca.clientele.booking.appointment-rescheduled",
                """
                {"appointmentId":"%s","clientId":"%s","from":{"start":"%s","end":"%s","staffId":"%s"},
                 "to":{"start":"%s","end":"%s","staffId":"%s"},"movedBy":"%s","byRole":"CLIENT"}""".formatted(
                                appointment,
                                client,
                                start,
                                start.plusSeconds(1200),
                                client,
                                moved,
                                moved.plusSeconds(1200),
                                client,
                                client));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> moved.minus(24, ChronoUnit.HOURS).equals(remindAt(appointment)));

        send(
                "clientele.booking.v1",
                client,
                UUID.randomUUID().toString(),
                "ca.clientele.booking.appointment-cancelled",
                """
                {"appointmentId":"%s","clientId":"%s","serviceId":"%s","branchId":"%s","staffId":"%s","start":"%s",
                 "end":"%s","cancelledAt":"2030-03-01T10:00:00Z","cancelledBy":"%s","byRole":"CLIENT",
                 "reasonGiven":false,"noticeMinutes":9000}""".formatted(appointment, client, client, client, client, moved, moved.plusSeconds(1200), client));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> remindAt(appointment) == null
                        && state(client, "appointment-cancelled").equals("SENT"));
    }

    @Test
    void smtpDownForAWhileThenTheMailIsDeliveredNothingLost() throws Exception {
        UUID client = UUID.randomUUID();
        String email = "smtp." + client + "@exemple.ca";
        REGISTRY.client(client, email, "Luc", "fr", "ACTIVE", false, null);
        smtp.stop();
        try {
            send(
                    "clientele.document.v1",
                    client,
                    UUID.randomUUID().toString(),
                    "ca.clientele.document.document-shared",
                    """
                    {"documentId":"%s","clientId":"%s","purpose":"SHARED_FILE"}""".formatted(UUID.randomUUID(), client));
            await().atMost(Duration.ofSeconds(30)).until(() -> attempts(client) >= 1);
            assertThat(state(client, "document-shared")).isEqualTo("QUEUED");
            assertThat(jdbc.sql("select last_error from notification where client_id = ?")
                            .param(client)
                            .query(String.class)
                            .single())
                    .startsWith("SMTP failed");
        } finally {
            smtp = startSmtp();
        }
        MimeMessage mail = awaitMail(email, 1).getFirst();
        assertThat(mail.getSubject()).isEqualTo("Un document a été partagé avec vous");
    }

    @Test
    void registryDownIsRetriedThenDelivered() throws Exception {
        UUID client = UUID.randomUUID();
        String email = "reg." + client + "@exemple.ca";
        REGISTRY.failing(client, 503);
        send(
                "clientele.document.v1",
                client,
                UUID.randomUUID().toString(),
                "ca.clientele.document.form-assigned",
                """
                {"formId":"%s","formVersion":1,"clientId":"%s","title":"Questionnaire de santé"}""".formatted(UUID.randomUUID(), client));
        await().atMost(Duration.ofSeconds(30)).until(() -> attempts(client) >= 1);
        assertThat(REGISTRY.calls(client)).isGreaterThanOrEqualTo(2);

        REGISTRY.client(client, email, "Rose", "fr", "ACTIVE", false, null);
        MimeMessage mail = awaitMail(email, 1).getFirst();
        assertThat(mail.getSubject()).isEqualTo("Un formulaire à remplir");
        assertThat(decoded(mail)).contains("« Questionnaire de santé »");
    }

    @Test
    void afterTheLastAttemptItIsFailedPublishedAndStaffMayRetryIt() throws Exception {
        UUID client = UUID.randomUUID();
        String email = "fail." + client + "@exemple.ca";
        REGISTRY.failing(client, 500);
        double failedBefore = notificationCount("failed");
        send(
                "clientele.booking.v1",
                client,
                UUID.randomUUID().toString(),
                "ca.clientele.booking.report-card-shared",
                """
                {"appointmentId":"%s","clientId":"%s","petId":"%s","sharedBy":"%s"}""".formatted(UUID.randomUUID(), client, UUID.randomUUID(), UUID.randomUUID()));

        await().atMost(Duration.ofSeconds(60))
                .until(() -> state(client, "report-card-shared").equals("FAILED"));
        JsonNode failed = awaitPublished(client, "ca.clientele.notification.notification-failed");
        EventSchemas.assertValid("notification-failed", failed.toString());
        assertThat(failed.get("data").get("reason").asString()).startsWith("registry");
        // Counted once, for the final failure only (the NotificationFailures alert), not for each retry.
        await().atMost(Duration.ofSeconds(10)).until(() -> notificationCount("failed") == failedBefore + 1);

        String staff = jwts.staff(UUID.randomUUID());
        ApiClient.Response list = api.get("/api/events/notifications?state=FAILED&clientId=" + client, staff);
        assertThat(list.status()).isEqualTo(200);
        JsonNode row = list.json().get("content").get(0);
        assertThat(row.get("attempts").asInt()).isEqualTo(4);
        assertThat(row.get("lastError").asString()).startsWith("registry");
        assertThat(api.get("/api/events/notifications", jwts.client(client, null, null, null))
                        .status())
                .isEqualTo(403);

        REGISTRY.client(client, email, "Jade", "en", "ACTIVE", false, null);
        ApiClient.Response retried =
                api.post("/api/events/notifications/" + row.get("id").asString() + "/retry", staff, null);
        assertThat(retried.status()).isEqualTo(200);
        MimeMessage mail = awaitMail(email, 1).getFirst();
        assertThat(mail.getSubject()).isEqualTo("Your pet's visit report card");
        assertThat(api.post("/api/events/notifications/" + row.get("id").asString() + "/retry", staff, null)
                        .status())
                .isEqualTo(404);
    }

    private double notificationCount(String outcome) {
        Counter counter = meters.find("clientele.notifications")
                .tags("outcome", outcome, "channel", "email")
                .counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void staffPreviewEachTemplateInBothLanguages() {
        String staff = jwts.staff(UUID.randomUUID());
        JsonNode templates =
                api.get("/api/events/notifications/templates", staff).json();
        assertThat(templates.size()).isEqualTo(17);
        for (JsonNode template : templates) {
            for (String language : List.of("fr", "en")) {
                ApiClient.Response preview = api.get(
                        "/api/events/notifications/templates/"
                                + template.get("name").asString() + "/preview?language=" + language,
                        staff);
                assertThat(preview.status()).isEqualTo(200);
                assertThat(preview.json().get("subject").asString()).doesNotContain("{");
                assertThat(preview.json().get("html").asString()).contains("Clientèle (test)");
                assertThat(preview.json().get("text").asString())
                        .doesNotContain("{")
                        .contains("Clientèle (test)");
            }
        }
        assertThat(api.get("/api/events/notifications/templates/nope/preview", staff)
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/events/notifications/templates/welcome/preview?language=de", staff)
                        .status())
                .isEqualTo(400);
    }

    // ---------------------------------------------------------------------------------------------------------------

    private void send(String topic, UUID client, String id, String type, String data) {
        String event = """
                {"specversion":"1.0","id":"%s","source":"/clientele/test","type":"%s","subject":"%s","time":"%s",\
                "datacontenttype":"application/json","data":%s}""".formatted(id, type, client, Instant.now(), data);
        kafka.send(topic, client.toString(), event.getBytes(StandardCharsets.UTF_8))
                .join();
    }

    private static String messageAdded(UUID ticket, UUID client, String role, boolean internal, List<UUID> to) {
        return messageAdded(ticket, UUID.randomUUID(), client, role, internal, to);
    }

    private static String messageAdded(
            UUID ticket, UUID message, UUID client, String role, boolean internal, List<UUID> to) {
        return """
                {"ticketId":"%s","clientId":"%s","publicNumber":78190,"messageId":"%s","authorId":"%s",
                 "authorRole":"%s","internal":%s,"recipientClientIds":[%s],"beneficiaryCount":0,"bccCount":0}""".formatted(
                        ticket,
                        client,
                        message,
                        UUID.randomUUID(),
                        role,
                        internal,
                        String.join(",", to.stream().map(id -> "\"" + id + "\"").toList()));
    }

    private static String booked(UUID appointment, UUID client, Instant start) {
        UUID any = UUID.randomUUID();
        return """
                {"appointmentId":"%s","clientId":"%s","number":1515,"seriesId":null,"serviceId":"%s","branchId":"%s",
                 "staffId":"%s","start":"%s","end":"%s","place":"IN_STORE","petIds":["%s"],
                 "lines":[{"description":"Taille des griffes","quantity":1,"unitPrice":35.00,"amount":35.00,
                           "taxable":true}],"currency":"CAD","bookedBy":"%s","byRole":"CLIENT"}""".formatted(appointment, client, any, any, any, start, start.plusSeconds(1200), any, client);
    }

    private List<MimeMessage> awaitMail(String to, int count) {
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> mailsTo(to).size() >= count);
        return mailsTo(to);
    }

    private List<MimeMessage> mailsTo(String to) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> {
                    try {
                        return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                                .anyMatch(address -> address.toString().equals(to));
                    } catch (Exception e) {
                        return false;
                    }
                })
                .toList();
    }

    /** The plain-text part, decoded. */
    private static String decoded(MimeMessage message) throws Exception {
        var multipart = (jakarta.mail.Multipart) message.getContent();
        StringBuilder all = new StringBuilder();
        collect(multipart, all);
        return all.toString();
    }

    private static void collect(jakarta.mail.Multipart multipart, StringBuilder out) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            var part = multipart.getBodyPart(i);
            Object content = part.getContent();
            if (content instanceof jakarta.mail.Multipart nested) {
                collect(nested, out);
            } else if (content instanceof String text) {
                out.append(text).append('\n');
            }
        }
    }

    private JsonNode awaitPublished(UUID client, String type) {
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            KafkaTestUtils.getRecords(notifications, Duration.ofMillis(300)).forEach(published::add);
            return find(client, type) != null;
        });
        return find(client, type);
    }

    private JsonNode find(UUID client, String type) {
        return published.stream()
                .filter(r -> client.toString().equals(r.key()))
                .map(r -> JSON.readTree(new String(r.value(), StandardCharsets.UTF_8)))
                .filter(event -> event.get("type").asString().equals(type))
                .findFirst()
                .orElse(null);
    }

    private List<String> rows(UUID client) {
        return jdbc.sql("select id from notification where client_id = ?")
                .param(client)
                .query(String.class)
                .list();
    }

    private String state(UUID client, String template) {
        return jdbc.sql("select state from notification where client_id = ? and template = ? and channel = 'EMAIL'")
                .param(client)
                .param(template)
                .query(String.class)
                .optional()
                .orElse("");
    }

    private String smsState(UUID client) {
        return jdbc.sql("select state from notification where client_id = ? and channel = 'SMS'")
                .param(client)
                .query(String.class)
                .optional()
                .orElse("");
    }

    private int attempts(UUID client) {
        return jdbc.sql("select coalesce(max(attempts), 0) from notification where client_id = ?")
                .param(client)
                .query(Integer.class)
                .single();
    }

    private Instant remindAt(UUID appointment) {
        return jdbc.sql("select remind_at from notification_reminder where appointment_id = ?")
                .param(appointment)
                .query(java.sql.Timestamp.class)
                .optional()
                .map(java.sql.Timestamp::toInstant)
                .orElse(null);
    }

    /**
     * Holds the assertion for the time a duplicate would need to be sent (several sender rounds at 0.2 s): proving
     * that something does not happen needs a window, and the assertion is checked all through it.
     */
    private static void staysTrue(ThrowingRunnable assertion) {
        await().during(Duration.ofMillis(1_500))
                .atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(100))
                .untilAsserted(assertion);
    }

    private static GreenMail startSmtp() {
        GreenMail mail = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        return mail;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
