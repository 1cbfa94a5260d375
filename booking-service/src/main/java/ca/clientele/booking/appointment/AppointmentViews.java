package ca.clientele.booking.appointment;

import ca.clientele.booking.branch.BranchDirectory;
import ca.clientele.booking.branch.BranchSchedule;
import ca.clientele.booking.client.ClientStandings;
import ca.clientele.booking.service.ServiceCatalog;
import ca.clientele.booking.slot.BookingPolicy;
import ca.clientele.booking.staff.StaffDirectory;
import ca.clientele.booking.staff.StaffProfile;
import ca.clientele.platform.security.Caller;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appointments as callers read them: names of the service (in the caller's language), branch and staff member from
 * the catalogue, the client's and pets' names from the appointment's own encrypted copies, the status label, what the
 * caller may do now, and the report cards the caller may see (all for staff, the shared ones for the client).
 */
@Component
class AppointmentViews {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<Line>> LINES = new TypeReference<>() {};

    private final ServiceCatalog services;
    private final BranchDirectory branches;
    private final StaffDirectory staff;
    private final ReportCardRepository reportCards;
    private final ClientStandings standings;
    private final BookingPolicy policy;
    private final MessageSource messages;
    private final Clock clock;

    AppointmentViews(
            ServiceCatalog services,
            BranchDirectory branches,
            StaffDirectory staff,
            ReportCardRepository reportCards,
            ClientStandings standings,
            BookingPolicy policy,
            MessageSource messages,
            Clock clock) {
        this.services = services;
        this.branches = branches;
        this.staff = staff;
        this.reportCards = reportCards;
        this.standings = standings;
        this.policy = policy;
        this.messages = messages;
        this.clock = clock;
    }

    AppointmentView view(Appointment appointment, Caller caller, Locale locale) {
        return views(List.of(appointment), caller, locale).getFirst();
    }

    /** Looks each service, branch and staff member up once for the whole list. */
    List<AppointmentView> views(List<Appointment> appointments, Caller caller, Locale locale) {
        Map<UUID, String> serviceNames = names(
                appointments.stream().map(Appointment::serviceId).collect(Collectors.toSet()),
                id -> services.find(id).map(service -> service.name(locale)).orElse(null));
        Map<UUID, String> branchNames = names(
                appointments.stream().map(Appointment::branchId).collect(Collectors.toSet()),
                id -> branches.find(id).map(BranchSchedule::name).orElse(null));
        Map<UUID, String> staffNames =
                staff.findAll(appointments.stream().map(Appointment::staffId).collect(Collectors.toSet())).stream()
                        .collect(Collectors.toMap(StaffProfile::id, StaffProfile::name));
        Map<UUID, Appointment> byId =
                appointments.stream().collect(Collectors.toMap(Appointment::id, Function.identity()));
        Map<UUID, List<ReportCardView>> cards = reportCards.findByAppointmentIdIn(byId.keySet()).stream()
                .filter(card -> caller.isStaff() || card.shared())
                .map(card -> reportCard(card, byId.get(card.appointmentId())))
                .collect(Collectors.groupingBy(ReportCardView::appointmentId));
        boolean clientMayBook = caller.isStaff()
                || appointments.stream().map(Appointment::clientId).distinct().allMatch(this::mayBook);
        return appointments.stream()
                .map(appointment -> {
                    boolean canCancel = mayChange(appointment, caller);
                    return new AppointmentView(
                            appointment.id(),
                            appointment.number(),
                            appointment.clientId(),
                            appointment.clientName(),
                            appointment.serviceId(),
                            serviceNames.get(appointment.serviceId()),
                            appointment.place(),
                            appointment.branchId(),
                            branchNames.get(appointment.branchId()),
                            appointment.staffId(),
                            staffNames.get(appointment.staffId()),
                            appointment.startsAt(),
                            appointment.endsAt(),
                            appointment.petIds(),
                            appointment.petNames(),
                            lines(appointment),
                            appointment.status(),
                            messages.getMessage(appointment.status().messageKey(), null, locale),
                            appointment.orderId(),
                            appointment.orderNumber(),
                            appointment.orderStatus(),
                            Location.fromJson(appointment.locationJson()),
                            appointment.notes(),
                            appointment.seriesId(),
                            appointment.cancelledAt(),
                            appointment.cancelledBy(),
                            appointment.cancelledByRole(),
                            appointment.cancelReason(),
                            canCancel,
                            canCancel && clientMayBook,
                            cards.getOrDefault(appointment.id(), List.of()),
                            appointment.version());
                })
                .toList();
    }

    /** Staff: any live appointment. A client: their own live one, up to the cancellation notice before its start. */
    boolean mayChange(Appointment appointment, Caller caller) {
        if (!appointment.status().isLive()) {
            return false;
        }
        return caller.isStaff() || appointment.noticeAt(clock.instant()).compareTo(policy.cancelNotice()) >= 0;
    }

    static ReportCardView reportCard(ReportCard card, Appointment appointment) {
        int index = appointment.petIds().indexOf(card.petId());
        List<String> names = appointment.petNames();
        return new ReportCardView(
                card.id(),
                card.appointmentId(),
                appointment.startsAt(),
                card.petId(),
                index >= 0 && index < names.size() ? names.get(index) : null,
                card.done(),
                card.nails(),
                card.behaviour(),
                card.notesForNextTime(),
                card.photoDocumentIds(),
                card.shared(),
                card.sharedAt(),
                card.updatedAt(),
                card.version());
    }

    private boolean mayBook(UUID clientId) {
        return standings.of(clientId).mayBook();
    }

    private static List<Line> lines(Appointment appointment) {
        return JSON.readValue(appointment.linesJson(), LINES);
    }

    private static Map<UUID, String> names(Collection<UUID> ids, Function<UUID, String> name) {
        Map<UUID, String> names = new HashMap<>();
        for (UUID id : Set.copyOf(ids)) {
            names.put(id, name.apply(id));
        }
        return names;
    }
}
