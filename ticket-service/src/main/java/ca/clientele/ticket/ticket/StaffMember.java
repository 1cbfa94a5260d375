package ca.clientele.ticket.ticket;

import ca.clientele.platform.crypto.EncryptedStringConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A staff member this service has seen calling it, with the name their token carried last. */
@Entity
@Table(name = "ticket_staff")
class StaffMember {

    @Id
    private UUID id;

    @Convert(converter = EncryptedStringConverter.class)
    private String name;

    @Column(name = "seen_at", nullable = false)
    private Instant seenAt;

    @Version
    private Long version;

    protected StaffMember() {
        // for JPA
    }

    StaffMember(UUID id, String name, Instant now) {
        this.id = id;
        this.name = name;
        this.seenAt = now;
    }

    void seen(String name, Instant now) {
        this.name = name;
        this.seenAt = now;
    }

    UUID id() {
        return id;
    }

    String name() {
        return name;
    }
}
