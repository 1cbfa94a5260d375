package ca.clientele.adminportal.bookingservice;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.DeleteExchange;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import org.springframework.web.service.annotation.PutExchange;

/**
 * booking-service's catalogue as staff edit it (ISSUE10 plan, "Catalogue API"): branches with their
 * opening hours and closures, the services offered, the vaccines a service may require, the staff
 * members with their weekly hours, services, home area, time off and extra hours. Reads are
 * staff's; writes of services are staff's, of branches and staff members administrators'
 * (booking-service says 403).
 */
@HttpExchange("/api")
public interface CatalogClient {

    @GetExchange("/branches")
    List<BranchDetails> branches(@RequestParam boolean includeInactive);

    @GetExchange("/branches/{id}")
    BranchDetails branch(@PathVariable UUID id);

    @PutExchange("/branches/{id}/hours")
    BranchDetails changeHours(@PathVariable UUID id, @RequestBody HoursChange change);

    @GetExchange("/branches/{id}/closures")
    List<Closure> closures(@PathVariable UUID id);

    @PostExchange("/branches/{id}/closures")
    Closure close(@PathVariable UUID id, @RequestBody NewClosure closure);

    @DeleteExchange("/branches/{id}/closures/{closureId}")
    void reopen(@PathVariable UUID id, @PathVariable UUID closureId);

    @GetExchange("/services")
    List<OfferedService> services(@RequestParam boolean includeInactive);

    @GetExchange("/services/{id}")
    OfferedService service(@PathVariable UUID id);

    @PostExchange("/services")
    OfferedService create(@RequestBody ServiceBody service);

    /** With the version it was shown with (409 when stale). */
    @PutExchange("/services/{id}")
    OfferedService update(@PathVariable UUID id, @RequestBody ServiceBody service);

    @GetExchange("/services/vaccines")
    List<Vaccine> vaccines();

    @GetExchange("/staff")
    List<StaffMember> staff(@RequestParam boolean includeInactive);

    @GetExchange("/staff/{id}")
    StaffMember staffMember(@PathVariable UUID id);

    @PostExchange("/staff")
    StaffMember addStaff(@RequestBody NewStaff staff);

    @PutExchange("/staff/{id}")
    StaffMember updateStaff(@PathVariable UUID id, @RequestBody StaffChange change);

    @GetExchange("/staff/{id}/time-off")
    List<TimeOff> timeOff(@PathVariable UUID id);

    @PostExchange("/staff/{id}/time-off")
    TimeOff addTimeOff(@PathVariable UUID id, @RequestBody NewTimeOff timeOff);

    @DeleteExchange("/staff/{id}/time-off/{timeOffId}")
    void removeTimeOff(@PathVariable UUID id, @PathVariable UUID timeOffId);

    @GetExchange("/staff/{id}/extra-hours")
    List<ExtraHours> extraHours(@PathVariable UUID id);

    @PostExchange("/staff/{id}/extra-hours")
    ExtraHours addExtraHours(@PathVariable UUID id, @RequestBody NewExtraHours extraHours);

    @DeleteExchange("/staff/{id}/extra-hours/{extraHoursId}")
    void removeExtraHours(@PathVariable UUID id, @PathVariable UUID extraHoursId);

    record HoursChange(List<OpeningHours> hours, long version) {}

    record NewClosure(LocalDate date, String reason) {}

    /** A service as staff write it (new or changed): the view's fields without its id and localized labels. */
    record ServiceBody(
            String code,
            String nameFr,
            String nameEn,
            String descriptionFr,
            String descriptionEn,
            Integer durationMinutes,
            BigDecimal price,
            boolean taxable,
            String place,
            String pricing,
            Integer bufferBeforeMinutes,
            Integer bufferAfterMinutes,
            List<UUID> branchIds,
            List<UUID> staffIds,
            List<String> requiredVaccines,
            boolean active,
            long version) {}

    /** A staff member linked to their Keycloak account ({@code id} = its user id). */
    record NewStaff(UUID id, String name, String email) {}

    record StaffChange(
            String name,
            String email,
            List<WorkingHours> hours,
            List<UUID> serviceIds,
            HomeArea homeArea,
            boolean active,
            long version) {}

    record NewTimeOff(Instant starts, Instant ends, String reason) {}

    /** Extra working hours on one date at a branch, in the branch's time ("10:00" to "14:00"). */
    record NewExtraHours(
            UUID branchId,
            LocalDate date,
            @JsonFormat(pattern = "HH:mm") LocalTime starts,
            @JsonFormat(pattern = "HH:mm") LocalTime ends) {}
}
