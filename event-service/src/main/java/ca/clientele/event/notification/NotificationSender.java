package ca.clientele.event.notification;

import ca.clientele.event.notification.ContactDirectory.RegistryUnavailableException;
import ca.clientele.event.notification.NotificationEvents.NotificationFailed;
import ca.clientele.event.notification.NotificationEvents.NotificationSent;
import ca.clientele.event.notification.NotificationRenderer.Rendered;
import ca.clientele.event.notification.TicketCopies.Copies;
import ca.clientele.event.notification.TicketCopies.TicketServiceUnavailableException;
import ca.clientele.event.notification.TriggerCatalog.Template;
import ca.clientele.platform.events.DomainEvents;
import ca.clientele.platform.observability.AfterCommit;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClientException;

/**
 * The sender job: takes due QUEUED notifications ({@code FOR UPDATE SKIP LOCKED}, so several instances share the
 * work and never send a row twice), reads the client's contact details from the registry, applies the client's
 * options and standing, renders and sends, then marks the row SENT and publishes {@code notification-sent} in the
 * same transaction (the outbox). A failure waits with exponential backoff; after the last attempt the row is FAILED
 * with the reason and {@code notification-failed} is published.
 */
@Component
class NotificationSender {

    private static final Logger log = LoggerFactory.getLogger(NotificationSender.class);

    private final NotificationStore store;
    private final TriggerCatalog catalog;
    private final ContactDirectory contacts;
    private final TicketCopies ticketCopies;
    private final NotificationRenderer renderer;
    private final JavaMailSender mail;
    private final SmsSender sms;
    private final BusinessIdentity business;
    private final DomainEvents events;
    private final NotificationProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final MeterRegistry meters;

    NotificationSender(
            NotificationStore store,
            TriggerCatalog catalog,
            ContactDirectory contacts,
            TicketCopies ticketCopies,
            NotificationRenderer renderer,
            JavaMailSender mail,
            SmsSender sms,
            BusinessIdentity business,
            DomainEvents events,
            NotificationProperties properties,
            TransactionTemplate transaction,
            Clock clock,
            MeterRegistry meters) {
        this.store = store;
        this.catalog = catalog;
        this.contacts = contacts;
        this.ticketCopies = ticketCopies;
        this.renderer = renderer;
        this.mail = mail;
        this.sms = sms;
        this.business = business;
        this.events = events;
        this.properties = properties;
        this.transaction = transaction;
        this.clock = clock;
        this.meters = meters;
    }

    @Scheduled(
            fixedDelayString = "${clientele.notifications.poll-interval:PT5S}",
            initialDelayString = "${clientele.notifications.poll-interval:PT5S}")
    void sendDue() {
        if (!properties.enabled()) {
            return;
        }
        try {
            Integer sent;
            do {
                sent = transaction.execute(status -> sendBatch());
            } while (sent != null && sent == properties.batchSize());
        } catch (RuntimeException e) {
            log.error("Notification batch failed: {}", e.getClass().getName());
        }
    }

    /** @return how many rows the batch took */
    int sendBatch() {
        Instant now = clock.instant();
        var due = store.claimDue(now, properties.batchSize());
        for (Notification notification : due) {
            deliver(notification, now);
        }
        return due.size();
    }

    private void deliver(Notification notification, Instant now) {
        Template template = catalog.template(notification.template());
        Optional<ClientContact> found;
        try {
            found = contacts.contact(notification.clientId());
        } catch (RegistryUnavailableException e) {
            failed(notification, e.getMessage(), null);
            return;
        }
        if (found.isEmpty()) {
            store.markFinal(notification.id(), NotificationState.SKIPPED, "client unknown to the registry", null, null);
            return;
        }
        ClientContact contact = found.get();
        String language = contact.languageOrFrench();
        String skip = skipReason(template, notification.channel(), contact);
        if (skip != null) {
            store.markFinal(notification.id(), NotificationState.SKIPPED, skip, language, null);
            return;
        }
        Rendered rendered;
        try {
            rendered = renderer.render(template.name(), language, contact.greetingName(), notification.params());
        } catch (RuntimeException e) {
            failed(notification, "rendering failed (" + e.getClass().getSimpleName() + ")", contact);
            return;
        }
        Copies copies;
        try {
            copies = copies(template, notification);
        } catch (TicketServiceUnavailableException e) {
            failed(notification, e.getMessage(), contact);
            return;
        }
        try {
            if (notification.channel() == Channel.EMAIL) {
                mail.send(message(contact, rendered, copies));
            } else {
                sms.send(contact.phone(), rendered.sms());
            }
        } catch (MailException | RestClientException e) {
            failed(notification, reason(notification.channel(), e), contact);
            return;
        }
        store.markSent(notification.id(), language, rendered.subject(), now);
        count("sent", notification.channel());
        events.publish(
                NotificationEvents.SENT,
                notification.clientId(),
                new NotificationSent(
                        notification.id(),
                        notification.channel(),
                        template.name(),
                        language,
                        rendered.subject(),
                        notification.triggerEventId(),
                        notification.triggerType()));
    }

    private Copies copies(Template template, Notification notification) {
        if (notification.channel() != Channel.EMAIL || template.copies() != TriggerCatalog.Copies.TICKET_MESSAGE) {
            return Copies.NONE;
        }
        return ticketCopies.of(
                notification.params().get("ticketId"), notification.params().get("messageId"));
    }

    /** Why this client does not get this notification, or null when they do. */
    static String skipReason(Template template, Channel channel, ClientContact contact) {
        if (contact.banned() && !template.legallyRequired()) {
            return "client banned: only legally required notices";
        }
        if (template.category() == TriggerCatalog.Category.NEWSLETTER && !contact.newsletter()) {
            return "no newsletter consent";
        }
        if (channel == Channel.SMS && !contact.sms()) {
            return "no SMS consent";
        }
        if (channel == Channel.SMS
                && (contact.phone() == null || contact.phone().isBlank())) {
            return "no mobile phone";
        }
        if (channel == Channel.EMAIL
                && (contact.email() == null || contact.email().isBlank())) {
            return "no e-mail address";
        }
        return null;
    }

    private void failed(Notification notification, String reason, ClientContact contact) {
        int attempts = notification.attempts() + 1;
        if (attempts < properties.maxAttempts()) {
            store.markRetry(notification.id(), reason, clock.instant().plus(properties.backoffAfter(attempts)));
            log.info("Notification {} attempt {} failed ({}), will retry", notification.id(), attempts, reason);
            return;
        }
        String language = contact == null ? "fr" : contact.languageOrFrench();
        String subject;
        try {
            subject = renderer.render(notification.template(), language, null, notification.params())
                    .subject();
        } catch (RuntimeException unrenderable) {
            subject = notification.template();
        }
        store.markFinal(notification.id(), NotificationState.FAILED, reason, language, subject);
        log.warn("Notification {} failed after {} attempts ({})", notification.id(), attempts, reason);
        count("failed", notification.channel());
        events.publish(
                NotificationEvents.FAILED,
                notification.clientId(),
                new NotificationFailed(
                        notification.id(),
                        notification.channel(),
                        notification.template(),
                        language,
                        subject,
                        notification.triggerEventId(),
                        notification.triggerType(),
                        reason));
    }

    /**
     * {@code clientele_notifications_total{outcome="sent"|"failed", channel="email"|"sms"}} (docs/observability.md):
     * failed counts only the final failure, after the last attempt, as the NotificationFailures alert expects.
     */
    private void count(String outcome, Channel channel) {
        AfterCommit.increment(Counter.builder("clientele.notifications")
                .description("Notifications sent, or failed for good after the last attempt")
                .tag("outcome", outcome)
                .tag("channel", channel.name().toLowerCase(Locale.ROOT))
                .register(meters));
    }

    /** The failure's kind only: exception messages may quote an address. */
    private static String reason(Channel channel, RuntimeException e) {
        return (channel == Channel.EMAIL ? "SMTP" : "SMS provider") + " failed ("
                + e.getClass().getSimpleName() + ")";
    }

    private MimeMessage message(ClientContact contact, Rendered rendered, Copies copies) {
        MimeMessage message = mail.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(new InternetAddress(business.email(), business.name(), StandardCharsets.UTF_8.name()));
            helper.setTo(contact.email());
            if (!copies.cc().isEmpty()) {
                helper.setCc(copies.cc().toArray(String[]::new));
            }
            if (!copies.bcc().isEmpty()) {
                helper.setBcc(copies.bcc().toArray(String[]::new));
            }
            helper.setSubject(rendered.subject());
            helper.setText(rendered.text(), rendered.html());
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new org.springframework.mail.MailPreparationException("cannot build the message", e);
        }
        return message;
    }
}
