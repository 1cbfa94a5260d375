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
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
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

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "mobile_phone")
    private String mobilePhone;

    @Column(name = "mobile_phone_hash")
    private String mobilePhoneHash;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "home_phone")
    private String homePhone;

    @Column(name = "home_phone_hash")
    private String homePhoneHash;

    @Column(name = "preferred_language", nullable = false)
    private String preferredLanguage = "fr";

    @Convert(converter = EncryptedStringConverter.class)
    private String bio;

    @Convert(converter = EncryptedStringConverter.class)
    private String notes;

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

    /**
     * Replaces the profile (names, phones already in E.164 with their look-up hashes, language,
     * bio) and answers the names of the fields that really changed, empty when none did.
     */
    Set<String> changeProfile(Profile profile, Instant now) {
        Set<String> changed = new LinkedHashSet<>();
        PersonName name = profile.name();
        if (name.firstName().isEmpty() || name.lastName().isEmpty()) {
            throw new IllegalArgumentException("first and last names are required");
        }
        String language = profile.preferredLanguage() == null ? "fr" : profile.preferredLanguage();
        if (!language.equals("fr") && !language.equals("en")) {
            throw new IllegalArgumentException("preferred language is fr or en");
        }
        String newBio = blankToNull(profile.bio());
        if (newBio != null && newBio.length() > MAX_BIO) {
            throw new IllegalArgumentException("bio too long");
        }
        firstName = track(changed, "firstName", firstName, name.firstName());
        lastName = track(changed, "lastName", lastName, name.lastName());
        displayName = track(changed, "displayName", displayName, name.displayName());
        mobilePhone =
                track(changed, "mobilePhone", mobilePhone, profile.mobilePhone().number());
        mobilePhoneHash = profile.mobilePhone().hash();
        homePhone = track(changed, "homePhone", homePhone, profile.homePhone().number());
        homePhoneHash = profile.homePhone().hash();
        preferredLanguage = track(changed, "preferredLanguage", preferredLanguage, language);
        bio = track(changed, "bio", bio, newBio);
        touch(changed, now);
        return changed;
    }

    /** A phone in E.164 and its keyed look-up hash, both null for "no number". */
    record PhoneNumber(String number, String hash) {
        static final PhoneNumber NONE = new PhoneNumber(null, null);
    }

    /** What {@link #changeProfile} replaces. */
    record Profile(
            PersonName name, PhoneNumber mobilePhone, PhoneNumber homePhone, String preferredLanguage, String bio) {}

    static final int MAX_BIO = 2000;

    private void touch(Set<String> changed, Instant now) {
        if (!changed.isEmpty()) {
            updatedAt = now;
        }
    }

    private static <T> T track(Set<String> changed, String field, T current, T next) {
        if (!Objects.equals(current, next)) {
            changed.add(field);
        }
        return next;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
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

    String mobilePhone() {
        return mobilePhone;
    }

    String homePhone() {
        return homePhone;
    }

    String preferredLanguage() {
        return preferredLanguage;
    }

    String bio() {
        return bio;
    }

    String notes() {
        return notes;
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
