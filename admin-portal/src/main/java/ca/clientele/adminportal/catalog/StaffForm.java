package ca.clientele.adminportal.catalog;

import ca.clientele.adminportal.bookingservice.CatalogClient;
import ca.clientele.adminportal.bookingservice.HomeArea;
import ca.clientele.adminportal.bookingservice.StaffMember;
import ca.clientele.adminportal.bookingservice.WorkingHours;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A staff member's schedule and skills (administrators): name and e-mail, active, the services they give, their
 * weekly hours per branch (one row a range; a row left blank is dropped; a few blank rows are
 * offered for new ranges) and their home-visit area (base point and radius, postal prefixes).
 */
record StaffForm(
        @NotBlank @Size(max = 100) String name,
        @Email @Size(max = 200) String email,
        boolean active,
        List<UUID> serviceIds,
        @Valid List<HoursRow> hours,
        @DecimalMin("-90") @DecimalMax("90") BigDecimal baseLatitude,
        @DecimalMin("-180") @DecimalMax("180") BigDecimal baseLongitude,
        @DecimalMin("0") @DecimalMax("500") BigDecimal radiusKm,

        @Pattern(regexp = "^\\s*([A-Za-z]\\d[A-Za-z]\\s*(,\\s*[A-Za-z]\\d[A-Za-z]\\s*)*)?$") @Size(max = 500)
        String postalPrefixes,

        long version) {

    /** Blank rows offered under the existing ranges. */
    static final int BLANK_ROWS = 3;

    StaffForm {
        serviceIds = serviceIds == null ? new ArrayList<>() : serviceIds;
        hours = hours == null ? new ArrayList<>() : hours;
    }

    record HoursRow(
            UUID branchId,
            DayOfWeek dayOfWeek,

            @DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "HH:mm:ss")
            LocalTime starts,

            @DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "HH:mm:ss")
            LocalTime ends) {

        boolean isBlank() {
            return branchId == null && dayOfWeek == null && starts == null && ends == null;
        }
    }

    static StaffForm of(StaffMember member) {
        List<HoursRow> rows = new ArrayList<>();
        member.hours()
                .forEach(range ->
                        rows.add(new HoursRow(range.branchId(), range.dayOfWeek(), range.starts(), range.ends())));
        for (int i = 0; i < BLANK_ROWS; i++) {
            rows.add(new HoursRow(null, null, null, null));
        }
        HomeArea area = member.homeArea();
        return new StaffForm(
                member.name(),
                member.email(),
                member.isActive(),
                new ArrayList<>(member.serviceIds()),
                rows,
                area == null ? null : area.baseLatitude(),
                area == null ? null : area.baseLongitude(),
                area == null ? null : area.radiusKm(),
                area == null ? null : String.join(", ", area.postalPrefixes()),
                member.version());
    }

    CatalogClient.StaffChange toChange() {
        List<WorkingHours> ranges = hours.stream()
                .filter(row -> !row.isBlank())
                .map(row -> new WorkingHours(row.branchId(), row.dayOfWeek(), row.starts(), row.ends()))
                .toList();
        List<String> prefixes = postalPrefixes == null
                ? List.of()
                : Arrays.stream(postalPrefixes.split(","))
                        .map(prefix -> prefix.strip().toUpperCase(Locale.ROOT))
                        .filter(prefix -> !prefix.isEmpty())
                        .toList();
        HomeArea area = baseLatitude == null && baseLongitude == null && radiusKm == null && prefixes.isEmpty()
                ? null
                : new HomeArea(baseLatitude, baseLongitude, radiusKm, prefixes);
        return new CatalogClient.StaffChange(name, email, ranges, List.copyOf(serviceIds), area, active, version);
    }
}
