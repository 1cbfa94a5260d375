package ca.clientele.booking.appointment;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where a home visit happens. Personal: stored encrypted as one JSON value, shown only to the client and staff, never
 * in an event. The coordinates, when known, give the travel time between visits.
 */
record Location(
        @NotBlank @Size(max = 120) String street,
        @NotBlank @Size(max = 80) String city,
        @NotBlank @Size(max = 10) String postalCode,
        @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
        @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    String toJson() {
        return JSON.writeValueAsString(this);
    }

    static Location fromJson(String json) {
        return json == null ? null : JSON.readValue(json, Location.class);
    }
}
