package ca.clientele.event.timeline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.Immutable;

/** One fact in a client's timeline. Immutable: an event that happened is never rewritten. */
@Entity
@Immutable
@Table(name = "timeline_entry")
class TimelineEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "event_id", nullable = false)
    private String eventId;

    @Column(name = "client_id", nullable = false)
    private UUID clientId;

    @Column(nullable = false)
    private String type;

    @Column(nullable = false)
    private String source;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    // Kept as JSON text in a jsonb column: the timeline shows data, it never queries inside it.
    @ColumnTransformer(write = "?::jsonb")
    @Column(columnDefinition = "jsonb")
    private String data;

    @Column(nullable = false)
    private String category;

    @Column(name = "actor_kind", nullable = false)
    private String actorKind;

    @Column(name = "actor_id")
    private UUID actorId;

    // The CloudEvent as received; covered by the hash chain like the data.
    @ColumnTransformer(write = "?::jsonb")
    @Column(columnDefinition = "jsonb")
    private String envelope;

    // Set by the database's chaining trigger (V2_0), never by this class.
    @Column(name = "chain_position", insertable = false, updatable = false)
    private Long chainPosition;

    protected TimelineEntry() {
        // for JPA
    }

    private TimelineEntry(IncomingEvent event, Instant receivedAt, Category category, Actor actor) {
        this.category = category.code();
        this.actorKind = actor.kind().name();
        this.actorId = actor.id();
        this.envelope = event.envelope();
        this.eventId = event.id();
        this.clientId = event.clientId();
        this.type = event.type();
        this.source = event.source();
        this.occurredAt = event.occurredAt();
        this.receivedAt = receivedAt;
        this.data = event.data();
    }

    static TimelineEntry of(IncomingEvent event, Instant receivedAt, Category category, Actor actor) {
        return new TimelineEntry(event, receivedAt, category, actor);
    }

    Category category() {
        return Category.fromCode(category);
    }

    Actor actor() {
        return new Actor(ActorKind.valueOf(actorKind), actorId);
    }

    String envelope() {
        return envelope;
    }

    Long chainPosition() {
        return chainPosition;
    }

    String eventId() {
        return eventId;
    }

    UUID clientId() {
        return clientId;
    }

    String type() {
        return type;
    }

    String source() {
        return source;
    }

    Instant occurredAt() {
        return occurredAt;
    }

    Instant receivedAt() {
        return receivedAt;
    }

    String data() {
        return data;
    }
}
