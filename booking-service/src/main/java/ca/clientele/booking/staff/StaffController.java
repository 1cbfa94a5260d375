package ca.clientele.booking.staff;

import ca.clientele.platform.security.Caller;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff members (staff read, administrators write). Time off and extra hours are written by an administrator or by
 * the staff member themself.
 */
@RestController
@RequestMapping("/api/staff")
@PreAuthorize("hasRole('staff')")
class StaffController {

    private final Staff staff;

    StaffController(Staff staff) {
        this.staff = staff;
    }

    /** Active staff members by name, optionally those giving one service; inactive ones too on request. */
    @GetMapping
    List<StaffView> list(
            @RequestParam(defaultValue = "false") boolean includeInactive,
            @RequestParam(required = false) UUID serviceId) {
        return staff.list(includeInactive, serviceId);
    }

    @GetMapping("/{id}")
    StaffView one(@PathVariable UUID id) {
        return staff.one(id);
    }

    @PostMapping
    @ApiResponse(responseCode = "201", description = "Created, with its Location")
    @PreAuthorize("hasRole('admin')")
    ResponseEntity<StaffView> register(@Valid @RequestBody NewStaffMember request) {
        StaffView member = staff.register(request);
        return ResponseEntity.created(URI.create("/api/staff/" + member.id())).body(member);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('admin')")
    StaffView change(@PathVariable UUID id, @Valid @RequestBody StaffChanges changes) {
        return staff.change(id, changes);
    }

    @GetMapping("/{id}/time-off")
    List<TimeOffView> timeOff(@PathVariable UUID id) {
        return staff.timeOff(id);
    }

    @PostMapping("/{id}/time-off")
    @ResponseStatus(HttpStatus.CREATED)
    TimeOffView addTimeOff(
            @PathVariable UUID id, @Valid @RequestBody NewTimeOff request, @Parameter(hidden = true) Caller caller) {
        requireAdminOrSelf(id, caller);
        return staff.addTimeOff(id, request);
    }

    @DeleteMapping("/{id}/time-off/{timeOffId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeTimeOff(@PathVariable UUID id, @PathVariable UUID timeOffId, @Parameter(hidden = true) Caller caller) {
        requireAdminOrSelf(id, caller);
        staff.removeTimeOff(id, timeOffId);
    }

    @GetMapping("/{id}/extra-hours")
    List<ExtraHours> extraHours(@PathVariable UUID id) {
        return staff.extraHours(id);
    }

    @PostMapping("/{id}/extra-hours")
    @ResponseStatus(HttpStatus.CREATED)
    ExtraHours addExtraHours(
            @PathVariable UUID id, @Valid @RequestBody NewExtraHours request, @Parameter(hidden = true) Caller caller) {
        requireAdminOrSelf(id, caller);
        return staff.addExtraHours(id, request);
    }

    @DeleteMapping("/{id}/extra-hours/{extraHoursId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeExtraHours(
            @PathVariable UUID id, @PathVariable UUID extraHoursId, @Parameter(hidden = true) Caller caller) {
        requireAdminOrSelf(id, caller);
        staff.removeExtraHours(id, extraHoursId);
    }

    /** Staff members keep their own exceptions; someone else's are the administrators'. */
    private static void requireAdminOrSelf(UUID staffId, Caller caller) {
        if (!caller.isAdmin() && !caller.id().equals(staffId)) {
            throw new AccessDeniedException("Only an administrator or the staff member");
        }
    }
}
