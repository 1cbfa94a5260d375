package ca.clientele.booking.appointment;

import ca.clientele.platform.security.Caller;
import ca.clientele.platform.security.ResourceNotFoundException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading appointments: one, or a page of a filtered list ("à venir" soonest first, "passées" newest first, the
 * timesheet's day or week by start). A client reads only their own (404 otherwise). The page's ids come from one
 * indexed query; the rows are then loaded as entities (their personal copies decrypted by the platform).
 */
@Service
class AppointmentQueries {

    private final AppointmentRepository appointments;
    private final ReportCardRepository reportCards;
    private final AppointmentViews views;
    private final JdbcClient jdbc;
    private final Clock clock;

    AppointmentQueries(
            AppointmentRepository appointments,
            ReportCardRepository reportCards,
            AppointmentViews views,
            JdbcClient jdbc,
            Clock clock) {
        this.appointments = appointments;
        this.reportCards = reportCards;
        this.views = views;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What a list may be filtered on; {@code when}: "upcoming" (start ≥ now) or "past" (start < now), or null. */
    record Criteria(
            UUID clientId,
            UUID staffId,
            UUID branchId,
            Instant from,
            Instant to,
            List<AppointmentStatus> statuses,
            String when) {}

    @Transactional(readOnly = true)
    AppointmentView get(UUID id, Caller caller, Locale locale) {
        Appointment appointment = appointments.findById(id).orElseThrow(ResourceNotFoundException::new);
        caller.requireOwnOrStaff(appointment.clientId());
        return views.view(appointment, caller, locale);
    }

    @Transactional(readOnly = true)
    AppointmentPage list(Criteria criteria, int page, int size, Caller caller, Locale locale) {
        if (!caller.isStaff() && !caller.id().equals(criteria.clientId())) {
            throw new ResourceNotFoundException();
        }
        StringBuilder where = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        if (criteria.clientId() != null) {
            where.append(" and client_id = ?");
            params.add(criteria.clientId());
        }
        if (criteria.staffId() != null) {
            where.append(" and staff_id = ?");
            params.add(criteria.staffId());
        }
        if (criteria.branchId() != null) {
            where.append(" and branch_id = ?");
            params.add(criteria.branchId());
        }
        if (criteria.from() != null) {
            where.append(" and starts_at >= ?");
            params.add(Timestamp.from(criteria.from()));
        }
        if (criteria.to() != null) {
            where.append(" and starts_at < ?");
            params.add(Timestamp.from(criteria.to()));
        }
        if (criteria.statuses() != null && !criteria.statuses().isEmpty()) {
            where.append(" and status = any(?)");
            params.add(criteria.statuses().stream().map(Enum::name).toArray(String[]::new));
        }
        boolean past = "past".equals(criteria.when());
        if (criteria.when() != null) {
            where.append(past ? " and starts_at < ?" : " and starts_at >= ?");
            params.add(Timestamp.from(clock.instant()));
        }
        long total = jdbc.sql("select count(*) from appointment" + where)
                .params(params)
                .query(Long.class)
                .single();
        String order = past ? " order by starts_at desc, id desc" : " order by starts_at, id";
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(size);
        pageParams.add((long) page * size);
        List<UUID> ids = jdbc.sql("select id from appointment" + where + order + " limit ? offset ?")
                .params(pageParams)
                .query(UUID.class)
                .list();
        Map<UUID, Appointment> loaded =
                appointments.findAllById(ids).stream().collect(Collectors.toMap(Appointment::id, Function.identity()));
        List<Appointment> ordered = ids.stream().map(loaded::get).toList();
        List<AppointmentView> content = ordered.isEmpty() ? List.of() : views.views(ordered, caller, locale);
        return new AppointmentPage(content, AppointmentPage.PageInfo.of(page, size, total));
    }

    /** A client's or one pet's report cards, newest first: staff see all, the client the shared ones. */
    @Transactional(readOnly = true)
    List<ReportCardView> reportCards(UUID clientId, UUID petId, Caller caller) {
        caller.requireOwnOrStaff(clientId);
        List<ReportCard> cards = petId == null
                ? reportCards.findByClientIdOrderByCreatedAtDesc(clientId)
                : reportCards.findByClientIdAndPetIdOrderByCreatedAtDesc(clientId, petId);
        List<ReportCard> visible =
                cards.stream().filter(card -> caller.isStaff() || card.shared()).toList();
        Map<UUID, Appointment> appointmentsById =
                appointments
                        .findAllById(visible.stream()
                                .map(ReportCard::appointmentId)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(Appointment::id, Function.identity()));
        return visible.stream()
                .map(card -> AppointmentViews.reportCard(card, appointmentsById.get(card.appointmentId())))
                .toList();
    }
}
