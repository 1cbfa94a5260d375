package ca.clientele.ticket.incident;

import ca.clientele.platform.crypto.EncryptedStringConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * An entry of the confidentiality-incident register (s. 3.8 of the private-sector Act, s. 7 of the
 * Regulation respecting confidentiality incidents). Opened by an INCIDENT call with what is known
 * then (the ticket, the client, the day the business learned of it); an administrator completes it.
 * Every text is encrypted at rest: it may describe people and their information.
 */
@Entity
@Table(name = "incident")
class Incident {

    /** s. 7 of the Regulation: kept at least 5 years after the business learned of the incident. */
    static final int RETENTION_YEARS = 5;

    @Id
    private UUID id;

    @Column(name = "ticket_id", nullable = false, updatable = false)
    private UUID ticketId;

    @Column(name = "ticket_number", nullable = false, updatable = false)
    private int ticketNumber;

    @Column(name = "client_id", nullable = false, updatable = false)
    private UUID clientId;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "personal_information")
    private String personalInformation;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "undescribable_reason")
    private String undescribableReason;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "circumstances")
    private String circumstances;

    @Column(name = "occurred_from", nullable = false)
    private LocalDate occurredFrom;

    @Column(name = "occurred_to")
    private LocalDate occurredTo;

    @Column(name = "learned_from", nullable = false)
    private LocalDate learnedFrom;

    @Column(name = "learned_to")
    private LocalDate learnedTo;

    @Column(name = "persons_concerned")
    private Integer personsConcerned;

    @Column(name = "persons_approximate", nullable = false)
    private boolean personsApproximate;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "risk_sensitivity")
    private String riskSensitivity;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "risk_malicious_uses")
    private String riskMaliciousUses;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "risk_consequences")
    private String riskConsequences;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "risk_likelihood")
    private String riskLikelihood;

    @Column(name = "serious_risk")
    private Boolean seriousRisk;

    @Column(name = "commission_notified_on")
    private LocalDate commissionNotifiedOn;

    @Column(name = "persons_notified_on")
    private LocalDate personsNotifiedOn;

    @Column(name = "public_notice", nullable = false)
    private boolean publicNotice;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "public_notice_reason")
    private String publicNoticeReason;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "measures")
    private String measures;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private Long version;

    protected Incident() {
        // for JPA
    }

    /**
     * What a call tells: the day the business learned of it, which is also the best first guess of
     * when it happened (the administrator corrects it). Nothing is assessed yet.
     */
    static Incident opened(UUID ticketId, int ticketNumber, UUID clientId, LocalDate learnedOn, Instant now) {
        Incident incident = new Incident();
        incident.id = UUID.randomUUID();
        incident.ticketId = ticketId;
        incident.ticketNumber = ticketNumber;
        incident.clientId = clientId;
        incident.occurredFrom = learnedOn;
        incident.learnedFrom = learnedOn;
        incident.createdAt = stored(now);
        incident.updatedAt = incident.createdAt;
        return incident;
    }

    void change(IncidentChange change, Instant now) {
        personalInformation = text(change.personalInformation());
        undescribableReason = text(change.undescribableReason());
        circumstances = text(change.circumstances());
        occurredFrom = change.occurredFrom();
        occurredTo = change.occurredTo();
        learnedFrom = change.learnedFrom();
        learnedTo = change.learnedTo();
        personsConcerned = change.personsConcerned();
        personsApproximate = change.personsApproximate();
        riskSensitivity = text(change.riskSensitivity());
        riskMaliciousUses = text(change.riskMaliciousUses());
        riskConsequences = text(change.riskConsequences());
        riskLikelihood = text(change.riskLikelihood());
        seriousRisk = change.seriousRisk();
        commissionNotifiedOn = change.commissionNotifiedOn();
        personsNotifiedOn = change.personsNotifiedOn();
        publicNotice = change.publicNotice();
        publicNoticeReason = text(change.publicNoticeReason());
        measures = text(change.measures());
        updatedAt = stored(now);
    }

    /**
     * A serious risk obliges the business to notify the Commission and the persons concerned
     * "promptly" (s. 3.5): while either notification is missing the entry is overdue. A public
     * notice stands in for notifying the persons one by one (s. 3.5, third paragraph; Regulation s. 5).
     */
    boolean overdue() {
        return Boolean.TRUE.equals(seriousRisk)
                && (commissionNotifiedOn == null || (personsNotifiedOn == null && !publicNotice));
    }

    LocalDate retainedUntil() {
        return learnedFrom.plusYears(RETENTION_YEARS);
    }

    IncidentView view() {
        return new IncidentView(
                id,
                ticketId,
                ticketNumber,
                clientId,
                personalInformation,
                undescribableReason,
                circumstances,
                occurredFrom,
                occurredTo,
                learnedFrom,
                learnedTo,
                personsConcerned,
                personsApproximate,
                riskSensitivity,
                riskMaliciousUses,
                riskConsequences,
                riskLikelihood,
                seriousRisk,
                commissionNotifiedOn,
                personsNotifiedOn,
                publicNotice,
                publicNoticeReason,
                measures,
                overdue(),
                retainedUntil(),
                createdAt,
                updatedAt,
                version == null ? 0 : version);
    }

    UUID id() {
        return id;
    }

    UUID clientId() {
        return clientId;
    }

    UUID ticketId() {
        return ticketId;
    }

    long version() {
        return version == null ? 0 : version;
    }

    /** As PostgreSQL keeps it (microseconds), so that what a change answers is what a read shows later. */
    private static Instant stored(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    /** Blank is "not written yet": stored as absent, not as an encrypted empty string. */
    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
