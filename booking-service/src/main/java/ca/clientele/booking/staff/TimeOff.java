package ca.clientele.booking.staff;

import ca.clientele.platform.crypto.EncryptedStringConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A staff member is off over [starts, ends). The reason may be about health: encrypted at rest. */
@Entity
@Table(name = "staff_time_off")
class TimeOff {

    @Id
    private UUID id;

    @Column(name = "staff_id", nullable = false, updatable = false)
    private UUID staffId;

    @Column(nullable = false, updatable = false)
    private Instant starts;

    @Column(nullable = false, updatable = false)
    private Instant ends;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(updatable = false)
    private String reason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected TimeOff() {
        // for JPA
    }

    TimeOff(UUID staffId, Instant starts, Instant ends, String reason, Instant now) {
        this.id = UUID.randomUUID();
        this.staffId = staffId;
        this.starts = starts;
        this.ends = ends;
        this.reason = reason == null || reason.isBlank() ? null : reason.strip();
        this.createdAt = now;
    }

    TimeOffView view() {
        return new TimeOffView(id, starts, ends, reason);
    }

    TimeOffPeriod period() {
        return new TimeOffPeriod(starts, ends);
    }
}
