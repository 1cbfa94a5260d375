package ca.clientele.platform.events;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Sends again the outbox publications that no live instance will complete (ADR 0033), in place of Spring
 * Modulith's republication at start, which with several replicas resends what another replica is still sending.
 *
 * <ul>
 *   <li>Abandoned means still incomplete {@code resubmit-after} after it was recorded or last resent: the
 *       instance that committed (or resent) it died before Kafka acknowledged it, or the send failed (Kafka down).
 *       A send in flight on a live replica is younger than that and is left alone.
 *   <li>One replica runs it at a time (lease {@code outbox-resubmission}); Modulith claims each row
 *       ({@code status = 'RESUBMITTED'}) before sending it, so even two overlapping runs send a row once.
 *   <li>A row claimed by a resubmitter that died in turn stays {@code RESUBMITTED}, which Modulith never claims
 *       again: once its last resubmission is older than {@code resubmit-after} it is set back to {@code FAILED}
 *       here, and the same run sends it.
 * </ul>
 *
 * A consumer may still see an event twice (the instance died after Kafka stored the record but before it marked
 * the row complete): consumers de-duplicate by the CloudEvent id ({@link ProcessedEvents}).
 */
public class OutboxResubmission {

    static final String LOCK = "outbox-resubmission";
    private static final Logger log = LoggerFactory.getLogger(OutboxResubmission.class);

    private final IncompleteEventPublications publications;
    private final JdbcTemplate jdbc;
    private final OutboxProperties properties;
    private final Clock clock;

    public OutboxResubmission(
            IncompleteEventPublications publications, JdbcTemplate jdbc, OutboxProperties properties, Clock clock) {
        this.publications = publications;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(
            initialDelayString = "${clientele.events.outbox.resubmit-interval:PT1M}",
            fixedDelayString = "${clientele.events.outbox.resubmit-interval:PT1M}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT10M")
    public void resubmitAbandoned() {
        Instant cutoff = clock.instant().minus(properties.resubmitAfter());
        int released = jdbc.update(
                "update event_publication set status = 'FAILED' where completion_date is null "
                        + "and status = 'RESUBMITTED' and last_resubmission_date < ?",
                Timestamp.from(cutoff));
        Integer abandoned = jdbc.queryForObject(
                "select count(*) from event_publication where completion_date is null "
                        + "and coalesce(last_resubmission_date, publication_date) < ?",
                Integer.class,
                Timestamp.from(cutoff));
        if (abandoned != null && abandoned > 0) {
            log.info(
                    "Resubmitting {} outbox publications untouched for {} ({} had been claimed by a resubmitter"
                            + " that did not finish)",
                    abandoned,
                    properties.resubmitAfter(),
                    released);
            publications.resubmitIncompletePublications(publication -> isAbandoned(publication, cutoff));
        }
    }

    /**
     * Modulith sets the last resubmission to the publication date when it records a publication, and moves it on
     * each resubmission: a row sent or resent within {@code resubmit-after} may still be in flight. (Its
     * {@code resubmitIncompletePublicationsOlderThan} looks at the publication date only, so a row being resent,
     * {@code PROCESSING} again, would be taken once more by the next run.)
     */
    static boolean isAbandoned(EventPublication publication, Instant cutoff) {
        Instant lastTouched = publication.getLastResubmissionDate() != null
                ? publication.getLastResubmissionDate()
                : publication.getPublicationDate();
        return publication.getCompletionDate().isEmpty() && lastTouched.isBefore(cutoff);
    }
}
