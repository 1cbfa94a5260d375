package ca.clientele.adminportal.timesheet;

import ca.clientele.adminportal.bookingservice.Appointment;
import ca.clientele.adminportal.bookingservice.AppointmentClient;
import ca.clientele.adminportal.bookingservice.BranchDetails;
import ca.clientele.adminportal.bookingservice.CatalogClient;
import ca.clientele.adminportal.bookingservice.StaffMember;
import ca.clientele.platform.portal.ServiceNotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the timesheet page and its answers show: the branches to choose from, the staff members of
 * the chosen branch, and the grid of the day or week with its appointments. Branch, staff and
 * appointments are required (without them there is no timesheet: the error page says the service
 * is unavailable).
 */
@Component
class Timesheet {

    /** More than a branch's week ever holds; booking-service caps a page at 100. */
    static final int PAGE_SIZE = 100;

    private final CatalogClient catalog;
    private final AppointmentClient appointments;
    private final Clock clock;

    Timesheet(CatalogClient catalog, AppointmentClient appointments, Clock clock) {
        this.catalog = catalog;
        this.appointments = appointments;
        this.clock = clock;
    }

    /**
     * Fills in what the query left out (the first open branch, today in its zone, the first staff
     * member for a week) and puts {@code query}, {@code branches}, {@code branch}, {@code staff},
     * {@code grid} in the model. Returns the query as completed.
     */
    TimesheetQuery fill(Model model, TimesheetQuery asked) {
        List<BranchDetails> branches = catalog.branches(false).stream()
                .filter(Objects::nonNull)
                .filter(BranchDetails::isActive)
                .toList();
        if (branches.isEmpty()) {
            throw new ServiceNotFoundException("booking-service has no open branch");
        }
        BranchDetails branch = branches.stream()
                .filter(candidate -> candidate.id().equals(asked.branch()))
                .findFirst()
                .orElse(branches.getFirst());
        LocalDate day = asked.day() != null ? asked.day() : LocalDate.now(clock.withZone(branch.zone()));
        List<StaffMember> staff = staffOf(branch);
        StaffMember chosen = staff.stream()
                .filter(member -> member.id().equals(asked.staff()))
                .findFirst()
                .orElse(null);
        TimesheetQuery query = new TimesheetQuery(
                asked.view(),
                day,
                branch.id(),
                chosen != null
                        ? chosen.id()
                        : asked.isWeek() && !staff.isEmpty() ? staff.getFirst().id() : null);
        List<StaffMember> shown = query.staff() == null
                ? staff
                : staff.stream()
                        .filter(member -> member.id().equals(query.staff()))
                        .toList();
        model.addAttribute("query", query);
        model.addAttribute("branches", branches);
        model.addAttribute("branch", branch);
        model.addAttribute("staff", staff);
        if (shown.isEmpty()) {
            model.addAttribute("noStaff", true);
            return query;
        }
        List<Appointment> found = appointments
                .search(null, query.staff(), branch.id(), query.first(), query.last(), null, 0, PAGE_SIZE)
                .content();
        model.addAttribute("grid", TimesheetGrid.of(branch, TimesheetGrid.columns(query, shown), found));
        return query;
    }

    /** The active staff members working at the branch (all active ones when none has hours there yet). */
    List<StaffMember> staffOf(BranchDetails branch) {
        List<StaffMember> active = catalog.staff(false).stream()
                .filter(Objects::nonNull)
                .filter(StaffMember::isActive)
                .sorted(Comparator.comparing(StaffMember::name, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER)))
                .toList();
        List<StaffMember> there =
                active.stream().filter(member -> member.worksAt(branch.id())).toList();
        return there.isEmpty() ? active : there;
    }

    BranchDetails branch(java.util.UUID id) {
        return catalog.branch(id);
    }
}
