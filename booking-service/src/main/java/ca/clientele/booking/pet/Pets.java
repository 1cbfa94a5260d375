package ca.clientele.booking.pet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Booking's copy of the registry's pets (owner, archived) and of their vaccinations, fed by the registry's events
 * ({@link PetEventsListener}). A pet this copy does not know is, for booking, not the client's (ADR 0019).
 */
@Component
public class Pets {

    private final JdbcClient jdbc;

    Pets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Those of {@code petIds} that are not an active pet of this client (unknown, someone else's, archived). */
    public List<UUID> notTheClients(UUID clientId, Collection<UUID> petIds) {
        Set<UUID> owned =
                new HashSet<>(jdbc.sql("select id from pet where client_id = ? and not archived and id = any(?)")
                        .params(clientId, petIds.toArray(UUID[]::new))
                        .query(UUID.class)
                        .list());
        return petIds.stream().filter(id -> !owned.contains(id)).toList();
    }

    /**
     * For each pet and each required vaccine, in that order, the gap: no record valid on {@code on} (the day of the
     * appointment). {@code lastValidUntil} says until when the latest record was valid, null when there is none.
     */
    public List<VaccineGap> gaps(List<UUID> petIds, Collection<String> requiredVaccines, LocalDate on) {
        List<VaccineGap> gaps = new ArrayList<>();
        if (requiredVaccines.isEmpty()) {
            return gaps;
        }
        for (UUID petId : petIds) {
            for (String vaccine : requiredVaccines) {
                LocalDate latest = jdbc.sql(
                                "select max(valid_until) from pet_vaccination where pet_id = ? and vaccine = ?")
                        .params(petId, vaccine)
                        .query(LocalDate.class)
                        .optional()
                        .orElse(null);
                if (latest == null || latest.isBefore(on)) {
                    gaps.add(new VaccineGap(petId, vaccine, latest));
                }
            }
        }
        return gaps;
    }

    /** A pet lacks a current vaccine. */
    public record VaccineGap(UUID petId, String vaccine, LocalDate lastValidUntil) {}
}
