package ca.clientele.adminportal.clients;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The staff-only part of the record: coordinates, preferred branch, discount, notes; also the body
 * of {@code PUT /api/clients/{id}/general}. Ranges and the discount's end are the registry's rules.
 */
record GeneralForm(
        BigDecimal latitude,
        BigDecimal longitude,
        UUID preferredBranchId,
        BigDecimal discountPercent,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate discountEndsOn,
        @Size(max = 4000) String notes,
        Long version) {

    static GeneralForm of(ClientDetails client) {
        ClientDetails.Discount discount = client.discount();
        return new GeneralForm(
                client.latitude(),
                client.longitude(),
                client.preferredBranchId(),
                discount == null ? null : discount.percent(),
                discount == null ? null : discount.endsOn(),
                client.notes(),
                client.version());
    }
}
