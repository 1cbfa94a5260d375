package ca.clientele.registry.client;

import ca.clientele.platform.crypto.EncryptedStringConverter;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A client record. Its id is the client's Keycloak user id, so every service names the client the
 * same way. Every personal value (names, e-mail, phones, bio, notes, addresses, coordinates, status
 * reason, the name of who set it) is encrypted at rest; {@code *Hash} columns are keyed look-up
 * hashes. Each change method answers what really changed, so that nothing unchanged is announced.
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

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "line1", column = @Column(name = "billing_line1")),
        @AttributeOverride(name = "line2", column = @Column(name = "billing_line2")),
        @AttributeOverride(name = "city", column = @Column(name = "billing_city")),
        @AttributeOverride(name = "province", column = @Column(name = "billing_province")),
        @AttributeOverride(name = "postalCode", column = @Column(name = "billing_postal_code"))
    })
    private StoredAddress billingAddress;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "line1", column = @Column(name = "shipping_line1")),
        @AttributeOverride(name = "line2", column = @Column(name = "shipping_line2")),
        @AttributeOverride(name = "city", column = @Column(name = "shipping_city")),
        @AttributeOverride(name = "province", column = @Column(name = "shipping_province")),
        @AttributeOverride(name = "postalCode", column = @Column(name = "shipping_postal_code"))
    })
    private StoredAddress shippingAddress;

    @Convert(converter = EncryptedStringConverter.class)
    private String latitude;

    @Convert(converter = EncryptedStringConverter.class)
    private String longitude;

    @Column(name = "preferred_branch_id")
    private UUID preferredBranchId;

    @Column(name = "discount_percent")
    private BigDecimal discountPercent;

    @Column(name = "discount_ends_on")
    private LocalDate discountEndsOn;

    @Column(nullable = false)
    private boolean newsletter;

    @Column(nullable = false)
    private boolean sms;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ClientStatus status;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "status_reason")
    private String statusReason;

    @Column(name = "status_changed_at")
    private Instant statusChangedAt;

    @Column(name = "status_changed_by")
    private UUID statusChangedBy;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "status_changed_by_name")
    private String statusChangedByName;

    @Enumerated(EnumType.STRING)
    @Column(name = "registration_channel", nullable = false)
    private RegistrationChannel registrationChannel;

    /** The document (document-service id) of the profile photo; set from its events, not by a request. */
    @Column(name = "photo_reference")
    private UUID photoReference;

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
     * The language a client registered in (the portal's language at their first visit, ADR 0029): French unless it is
     * English. Only when the record is created; later changes go through the profile.
     */
    void registeredInLanguage(String language) {
        this.preferredLanguage = "en".equals(language) ? "en" : "fr";
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

    /** Replaces both addresses (null = none) and answers which of them changed. */
    Set<String> changeAddresses(Address billing, Address shipping, Instant now) {
        Set<String> changed = new LinkedHashSet<>();
        if (!Objects.equals(billingAddress(), billing)) {
            changed.add("billingAddress");
            billingAddress = StoredAddress.of(billing);
        }
        if (!Objects.equals(shippingAddress(), shipping)) {
            changed.add("shippingAddress");
            shippingAddress = StoredAddress.of(shipping);
        }
        touch(changed, now);
        return changed;
    }

    /** Where home visits go: the shipping address, else the billing one; null when neither exists. */
    Address homeAddress() {
        Address shipping = shippingAddress();
        return shipping != null ? shipping : billingAddress();
    }

    /** Coordinates a geocoder found for the home address. */
    Set<String> locate(Coordinates found, Instant now) {
        Set<String> changed = new LinkedHashSet<>();
        setCoordinates(changed, found);
        touch(changed, now);
        return changed;
    }

    /** Replaces the staff's general section (coordinates, preferred branch, discount, notes). */
    Set<String> changeGeneral(General general, Instant now) {
        Set<String> changed = new LinkedHashSet<>();
        setCoordinates(changed, general.coordinates());
        preferredBranchId = track(changed, "preferredBranchId", preferredBranchId, general.preferredBranchId());
        Discount discount = general.discount();
        BigDecimal percent = discount == null ? null : discount.percent();
        if (discountPercent == null ? percent != null : percent == null || discountPercent.compareTo(percent) != 0) {
            changed.add("discountPercent");
        }
        discountPercent = percent;
        discountEndsOn = track(changed, "discountEndsOn", discountEndsOn, discount == null ? null : discount.endsOn());
        notes = track(changed, "notes", notes, blankToNull(general.notes()));
        touch(changed, now);
        return changed;
    }

    /**
     * Sets the status with its reason, who set it and when. Empty when neither the status nor the
     * reason changed; a new reason for the same status is a transition from and to that status.
     */
    Optional<StatusTransition> changeStatus(ClientStatus to, String reason, StaffMember by, Instant now) {
        String newReason = blankToNull(reason);
        if (to == status && Objects.equals(newReason, statusReason)) {
            return Optional.empty();
        }
        if ((to == ClientStatus.SUSPENDED || to == ClientStatus.BANNED) && newReason == null) {
            throw new IllegalArgumentException("suspending or banning needs a reason");
        }
        StatusTransition transition = new StatusTransition(status, to);
        status = to;
        statusReason = newReason;
        statusChangedAt = now;
        statusChangedBy = by.id();
        statusChangedByName = by.displayName();
        updatedAt = now;
        return Optional.of(transition);
    }

    /**
     * Sets newsletter and SMS consent and, when {@code twoFactor} is given and differs from what
     * the identity provider reports ({@code twoFactorNow}), records that change too. Answers the
     * options whose value changed, with their new value.
     */
    List<OptionChange> changeOptions(
            boolean newsletter, boolean sms, Boolean twoFactor, boolean twoFactorNow, Instant now) {
        List<OptionChange> changed = new ArrayList<>();
        if (this.newsletter != newsletter) {
            this.newsletter = newsletter;
            changed.add(new OptionChange(ConsentOption.NEWSLETTER, newsletter));
        }
        if (this.sms != sms) {
            this.sms = sms;
            changed.add(new OptionChange(ConsentOption.SMS, sms));
        }
        if (twoFactor != null && twoFactor != twoFactorNow) {
            changed.add(new OptionChange(ConsentOption.TWO_FACTOR, twoFactor));
        }
        if (!changed.isEmpty()) {
            // Also for two-factor alone, which Keycloak holds: the version moves on all the same.
            updatedAt = now;
        }
        return changed;
    }

    /** Whether this is the record's e-mail (compared by look-up hash: case and accents aside). */
    boolean hasEmail(String emailHash) {
        return this.emailHash.equals(emailHash);
    }

    /** The sign-in e-mail and its look-up hash. */
    void changeEmail(String newEmail, String newEmailHash, Instant now) {
        email = newEmail;
        emailHash = newEmailHash;
        updatedAt = now;
    }

    /** The profile photo is now this document. */
    void showPhoto(UUID documentId, Instant now) {
        photoReference = documentId;
        updatedAt = now;
    }

    /** The photo's document is gone: the initials stand in again. */
    void forgetPhoto(UUID documentId, Instant now) {
        if (documentId.equals(photoReference)) {
            photoReference = null;
            updatedAt = now;
        }
    }

    UUID photoReference() {
        return photoReference;
    }

    private void setCoordinates(Set<String> changed, Coordinates coordinates) {
        String newLatitude = coordinates == null ? null : coordinates.latitude().toPlainString();
        String newLongitude =
                coordinates == null ? null : coordinates.longitude().toPlainString();
        latitude = track(changed, "latitude", latitude, newLatitude);
        longitude = track(changed, "longitude", longitude, newLongitude);
    }

    /** What {@link #changeGeneral} replaces. */
    record General(Coordinates coordinates, UUID preferredBranchId, Discount discount, String notes) {}

    /** A staff member as a status change records them: id and the name shown beside it. */
    record StaffMember(UUID id, String displayName) {}

    /** A status change; banning and lifting a ban also change the sign-in account. */
    record StatusTransition(ClientStatus from, ClientStatus to) {

        boolean bans() {
            return to == ClientStatus.BANNED && from != ClientStatus.BANNED;
        }

        boolean liftsBan() {
            return from == ClientStatus.BANNED && to != ClientStatus.BANNED;
        }

        boolean statusChanged() {
            return from != to;
        }
    }

    /** A communication or sign-in option that changed, and its new value. */
    record OptionChange(ConsentOption option, boolean granted) {}

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

    String statusReason() {
        return statusReason;
    }

    Instant statusChangedAt() {
        return statusChangedAt;
    }

    UUID statusChangedBy() {
        return statusChangedBy;
    }

    String statusChangedByName() {
        return statusChangedByName;
    }

    Address billingAddress() {
        return billingAddress == null ? null : billingAddress.toAddress();
    }

    Address shippingAddress() {
        return shippingAddress == null ? null : shippingAddress.toAddress();
    }

    Coordinates coordinates() {
        return Coordinates.parse(latitude, longitude);
    }

    UUID preferredBranchId() {
        return preferredBranchId;
    }

    Discount discount() {
        return discountPercent == null ? null : new Discount(discountPercent, discountEndsOn);
    }

    boolean newsletter() {
        return newsletter;
    }

    boolean sms() {
        return sms;
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
