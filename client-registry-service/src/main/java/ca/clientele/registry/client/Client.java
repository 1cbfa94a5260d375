package ca.clientele.registry.client;

import ca.clientele.platform.crypto.EncryptedStringConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A client record. Its id is the client's Keycloak user id, so every service names the client the
 * same way. Names and e-mail are encrypted at rest; {@code emailHash} is their keyed look-up hash.
 */
@Entity
@Table(name = "client")
class Client {

    @Id
    private UUID id;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "first_name", nullable = false)
    private String firstName;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "last_name", nullable = false)
    private String lastName;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(nullable = false)
    private String email;

    @Column(name = "email_hash", nullable = false)
    private String emailHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ClientStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "registration_channel", nullable = false)
    private RegistrationChannel registrationChannel;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private Long version; // null until first saved: tells Spring Data the record is new

    protected Client() {
        // for JPA
    }

    private Client(UUID id, PersonName name, String email, String emailHash, RegistrationChannel channel, Instant now) {
        this.id = id;
        this.firstName = name.firstName();
        this.lastName = name.lastName();
        this.displayName = name.displayName();
        this.email = email;
        this.emailHash = emailHash;
        this.status = ClientStatus.ACTIVE;
        this.registrationChannel = channel;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** A new, active client. New records are active: staff change the status later. */
    static Client register(
            UUID id, PersonName name, String email, String emailHash, RegistrationChannel channel, Instant now) {
        return new Client(id, name, email, emailHash, channel, now);
    }

    UUID id() {
        return id;
    }

    PersonName name() {
        return new PersonName(firstName, lastName, displayName);
    }

    String email() {
        return email;
    }

    ClientStatus status() {
        return status;
    }

    RegistrationChannel registrationChannel() {
        return registrationChannel;
    }

    Instant createdAt() {
        return createdAt;
    }

    long version() {
        return version == null ? 0 : version;
    }
}
