package ca.clientele.adminportal.catalog;

import ca.clientele.adminportal.bookingservice.CatalogClient;
import ca.clientele.adminportal.bookingservice.OfferedService;
import ca.clientele.adminportal.bookingservice.StaffMember;
import ca.clientele.adminportal.web.AdminRole;
import ca.clientele.adminportal.web.Fallback;
import ca.clientele.adminportal.web.SeeOther;
import ca.clientele.platform.portal.ServiceForms;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The staff members of the timesheet: the list, linking a Keycloak staff account as a new member,
 * and one page per member with weekly hours per branch, services, home area, time off and extra
 * hours. Staff read; administrators write (others get the 403 page, which booking-service would answer too).
 */
@Controller
class StaffController {

    private final CatalogClient catalog;
    private final StaffAccountClient accounts;
    private final CatalogChoices choices;

    StaffController(CatalogClient catalog, StaffAccountClient accounts, CatalogChoices choices) {
        this.catalog = catalog;
        this.accounts = accounts;
        this.choices = choices;
    }

    /** The account chosen to become a staff member. */
    record NewStaffForm(@NotNull UUID userId) {}

    @GetMapping("/timesheet/staff")
    String staff(@RequestParam(required = false) String done, Model model) {
        model.addAttribute("done", done);
        if (!model.containsAttribute("newStaffForm")) {
            model.addAttribute("newStaffForm", new NewStaffForm(null));
        }
        List<StaffMember> members = catalog.staff(true).stream()
                .sorted(Comparator.comparing(StaffMember::name, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER)))
                .toList();
        model.addAttribute("members", members);
        choices.fill(model);
        if (AdminRole.isAdmin()) {
            Set<UUID> linked = members.stream().map(StaffMember::id).collect(Collectors.toSet());
            Fallback.optional("staff accounts", accounts::staffAccounts)
                    .map(all -> all.stream()
                            .filter(account -> !linked.contains(account.userId()))
                            .toList())
                    .ifPresentOrElse(
                            free -> model.addAttribute("accounts", free),
                            () -> model.addAttribute("accountsUnavailable", true));
        }
        return "catalog/staff";
    }

    @PostMapping("/timesheet/staff")
    ModelAndView add(@Valid @ModelAttribute NewStaffForm newStaffForm, BindingResult binding, Model model) {
        AdminRole.require();
        var account = accounts.staffAccounts().stream()
                .filter(candidate -> candidate.userId().equals(newStaffForm.userId()))
                .findFirst();
        if (newStaffForm.userId() != null && account.isEmpty()) {
            binding.rejectValue("userId", "staff.account.unknown");
        }
        return ServiceForms.submit(
                        binding,
                        () -> catalog.addStaff(new CatalogClient.NewStaff(
                                account.get().userId(),
                                account.get().name(),
                                account.get().email())))
                .map(added -> SeeOther.to("/timesheet/staff/" + added.id() + "?done=added"))
                .orElseGet(() -> new ModelAndView(staff(null, model), model.asMap()));
    }

    @GetMapping("/timesheet/staff/{id}")
    String member(@PathVariable UUID id, @RequestParam(required = false) String done, Model model) {
        model.addAttribute("done", done);
        return page(id, model);
    }

    @PostMapping("/timesheet/staff/{id}")
    ModelAndView save(
            @PathVariable UUID id, @Valid @ModelAttribute StaffForm staffForm, BindingResult binding, Model model) {
        AdminRole.require();
        return ServiceForms.submit(binding, () -> catalog.updateStaff(id, staffForm.toChange()))
                .map(saved -> SeeOther.to("/timesheet/staff/" + id + "?done=saved"))
                .orElseGet(() -> new ModelAndView(page(id, model), model.asMap()));
    }

    @PostMapping("/timesheet/staff/{id}/time-off")
    ModelAndView addTimeOff(
            @PathVariable UUID id, @Valid @ModelAttribute TimeOffForm timeOffForm, BindingResult binding, Model model) {
        AdminRole.require();
        return ServiceForms.submit(binding, () -> catalog.addTimeOff(id, timeOffForm.toTimeOff()))
                .map(added -> SeeOther.to("/timesheet/staff/" + id + "?done=time-off-added#time-off"))
                .orElseGet(() -> new ModelAndView(page(id, model), model.asMap()));
    }

    @PostMapping("/timesheet/staff/{id}/time-off/{timeOffId}/delete")
    ModelAndView removeTimeOff(@PathVariable UUID id, @PathVariable UUID timeOffId) {
        AdminRole.require();
        catalog.removeTimeOff(id, timeOffId);
        return SeeOther.to("/timesheet/staff/" + id + "?done=time-off-removed#time-off");
    }

    @PostMapping("/timesheet/staff/{id}/extra-hours")
    ModelAndView addExtraHours(
            @PathVariable UUID id,
            @Valid @ModelAttribute ExtraHoursForm extraHoursForm,
            BindingResult binding,
            Model model) {
        AdminRole.require();
        return ServiceForms.submit(binding, () -> catalog.addExtraHours(id, extraHoursForm.toExtraHours()))
                .map(added -> SeeOther.to("/timesheet/staff/" + id + "?done=extra-hours-added#extra-hours"))
                .orElseGet(() -> new ModelAndView(page(id, model), model.asMap()));
    }

    @PostMapping("/timesheet/staff/{id}/extra-hours/{extraHoursId}/delete")
    ModelAndView removeExtraHours(@PathVariable UUID id, @PathVariable UUID extraHoursId) {
        AdminRole.require();
        catalog.removeExtraHours(id, extraHoursId);
        return SeeOther.to("/timesheet/staff/" + id + "?done=extra-hours-removed#extra-hours");
    }

    private String page(UUID id, Model model) {
        StaffMember member = catalog.staffMember(id);
        model.addAttribute("member", member);
        if (!model.containsAttribute("staffForm")) {
            model.addAttribute("staffForm", StaffForm.of(member));
        }
        if (!model.containsAttribute("timeOffForm")) {
            model.addAttribute("timeOffForm", TimeOffForm.blank());
        }
        if (!model.containsAttribute("extraHoursForm")) {
            model.addAttribute("extraHoursForm", ExtraHoursForm.blank());
        }
        model.addAttribute("days", List.of(DayOfWeek.values()));
        Fallback.intoModel(model, "timeOff", () -> catalog.timeOff(id));
        Fallback.intoModel(model, "extraHours", () -> catalog.extraHours(id));
        List<OfferedService> services =
                Fallback.optional("services", () -> catalog.services(true)).orElse(List.of());
        model.addAttribute("serviceChoices", services);
        choices.fill(model);
        return "catalog/staff-member";
    }
}
