package ca.clientele.document.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** One entry of a client's document catalogue. The file itself is stored elsewhere (later). */
@Entity
@Table(name = "document")
class Document {

    @Id
    private UUID id;

    @Column(name = "client_id", nullable = false, updatable = false)
    private UUID clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private DocumentKind kind;

    @Column(nullable = false)
    private String title;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private Long version;

    protected Document() {
        // for JPA
    }

    UUID id() {
        return id;
    }

    DocumentKind kind() {
        return kind;
    }

    String title() {
        return title;
    }

    Instant createdAt() {
        return createdAt;
    }
}
