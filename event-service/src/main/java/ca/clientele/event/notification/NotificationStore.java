package ca.clientele.event.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The notification and reminder tables, through plain SQL (the sender locks rows with FOR UPDATE SKIP LOCKED). */
@Repository
class NotificationStore {

    private static final TypeReference<Map<String, String>> PARAMS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper mapper;

    NotificationStore(JdbcClient jdbc, JsonMapper mapper) {
        this.jdbc = jdbc;
        this.mapper = mapper;
    }

    /** @return true when queued, false when this (event, template, channel, client) was queued before */
    boolean enqueue(
            String triggerEventId,
            String triggerType,
            String template,
            Channel channel,
            UUID clientId,
            Map<String, String> params,
            Instant now) {
        return jdbc.sql("""
                        insert into notification (id, trigger_event_id, trigger_type, template, channel, client_id,
                                                  params, state, attempts, next_attempt_at, created_at)
                        values (:id, :event, :type, :template, :channel, :client, cast(:params as jsonb), 'QUEUED', 0,
                                :now, :now)
                        on conflict on constraint notification_once do nothing
                        """)
                        .param("id", UUID.randomUUID())
                        .param("event", triggerEventId)
                        .param("type", triggerType)
                        .param("template", template)
                        .param("channel", channel.name())
                        .param("client", clientId)
                        .param("params", mapper.writeValueAsString(params))
                        .param("now", Timestamp.from(now))
                        .update()
                == 1;
    }

    /** Due queued rows, locked until the caller's transaction ends; another sender skips them. */
    List<Notification> claimDue(Instant now, int limit) {
        return jdbc.sql("""
                        select * from notification
                        where state = 'QUEUED' and next_attempt_at <= :now
                        order by next_attempt_at
                        limit :limit
                        for update skip locked
                        """)
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .query(this::map)
                .list();
    }

    void markSent(UUID id, String language, String subject, Instant now) {
        jdbc.sql("""
                        update notification set state = 'SENT', attempts = attempts + 1, sent_at = :now,
                               language = :language, subject = :subject, last_error = null
                        where id = :id
                        """)
                .param("id", id)
                .param("language", language)
                .param("subject", subject)
                .param("now", Timestamp.from(now))
                .update();
    }

    void markRetry(UUID id, String reason, Instant nextAttemptAt) {
        jdbc.sql("""
                        update notification set attempts = attempts + 1, last_error = :reason, next_attempt_at = :next
                        where id = :id
                        """)
                .param("id", id)
                .param("reason", reason)
                .param("next", Timestamp.from(nextAttemptAt))
                .update();
    }

    void markFinal(UUID id, NotificationState state, String reason, String language, String subject) {
        jdbc.sql("""
                        update notification set state = :state, attempts = attempts + 1, last_error = :reason,
                               language = coalesce(:language, language), subject = coalesce(:subject, subject)
                        where id = :id
                        """)
                .param("id", id)
                .param("state", state.name())
                .param("reason", reason)
                .param("language", language)
                .param("subject", subject)
                .update();
    }

    /** A failed notification back in the queue, for staff's retry button. */
    boolean requeue(UUID id, Instant now) {
        return jdbc.sql("""
                        update notification set state = 'QUEUED', attempts = 0, next_attempt_at = :now
                        where id = :id and state = 'FAILED'
                        """).param("id", id).param("now", Timestamp.from(now)).update() == 1;
    }

    Optional<Notification> find(UUID id) {
        return jdbc.sql("select * from notification where id = :id")
                .param("id", id)
                .query(this::map)
                .optional();
    }

    List<Notification> page(NotificationState state, UUID clientId, int page, int size) {
        return jdbc.sql("""
                        select * from notification
                        where (cast(:state as text) is null or state = :state)
                          and (cast(:client as uuid) is null or client_id = :client)
                        order by created_at desc, id
                        limit :size offset :offset
                        """)
                .param("state", state == null ? null : state.name())
                .param("client", clientId)
                .param("size", size)
                .param("offset", (long) page * size)
                .query(this::map)
                .list();
    }

    long count(NotificationState state, UUID clientId) {
        return jdbc.sql("""
                        select count(*) from notification
                        where (cast(:state as text) is null or state = :state)
                          and (cast(:client as uuid) is null or client_id = :client)
                        """)
                .param("state", state == null ? null : state.name())
                .param("client", clientId)
                .query(Long.class)
                .single();
    }

    // Reminders -----------------------------------------------------------------------------------------------

    void scheduleReminder(
            UUID appointmentId, UUID clientId, Instant startsAt, Instant remindAt, Map<String, String> params) {
        jdbc.sql("""
                        insert into notification_reminder (appointment_id, client_id, starts_at, remind_at, params)
                        values (:appointment, :client, :starts, :remind, cast(:params as jsonb))
                        on conflict (appointment_id) do update
                        set starts_at = excluded.starts_at, remind_at = excluded.remind_at,
                            params = notification_reminder.params || excluded.params
                        """)
                .param("appointment", appointmentId)
                .param("client", clientId)
                .param("starts", Timestamp.from(startsAt))
                .param("remind", Timestamp.from(remindAt))
                .param("params", mapper.writeValueAsString(params))
                .update();
    }

    void cancelReminder(UUID appointmentId) {
        jdbc.sql("delete from notification_reminder where appointment_id = :appointment")
                .param("appointment", appointmentId)
                .update();
    }

    record Reminder(UUID appointmentId, UUID clientId, Instant startsAt, Map<String, String> params) {}

    /** Due reminders, locked; the caller turns each into notifications and deletes it in the same transaction. */
    List<Reminder> claimDueReminders(Instant now, int limit) {
        return jdbc.sql("""
                        select * from notification_reminder
                        where remind_at <= :now
                        order by remind_at
                        limit :limit
                        for update skip locked
                        """)
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .query((rs, row) -> new Reminder(
                        rs.getObject("appointment_id", UUID.class),
                        rs.getObject("client_id", UUID.class),
                        rs.getTimestamp("starts_at").toInstant(),
                        params(rs.getString("params"))))
                .list();
    }

    private Notification map(ResultSet rs, int row) throws SQLException {
        Timestamp sentAt = rs.getTimestamp("sent_at");
        return new Notification(
                rs.getObject("id", UUID.class),
                rs.getString("trigger_event_id"),
                rs.getString("trigger_type"),
                rs.getString("template"),
                Channel.valueOf(rs.getString("channel")),
                rs.getObject("client_id", UUID.class),
                params(rs.getString("params")),
                NotificationState.valueOf(rs.getString("state")),
                rs.getInt("attempts"),
                rs.getTimestamp("next_attempt_at").toInstant(),
                rs.getString("last_error"),
                rs.getString("language"),
                rs.getString("subject"),
                rs.getTimestamp("created_at").toInstant(),
                sentAt == null ? null : sentAt.toInstant());
    }

    private Map<String, String> params(String json) {
        return json == null ? Map.of() : mapper.readValue(json, PARAMS);
    }
}
