package ca.clientele.booking.pet;

import ca.clientele.platform.events.ProcessedEvents;
import ca.clientele.platform.events.ReceivedEvent;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps {@code pet} and {@code pet_vaccination} from the registry's pet-added, pet-archived, pet-restored and
 * pet-vaccinations-changed events (ids and facts; names never travel in events). Every one of them names the owner,
 * so a pet added before booking listened is learned from its next event. Idempotent on the CloudEvent id; the
 * registry keys a client's events by client id, so they arrive in order.
 */
@Component
class PetEventsListener {

    static final String PREFIX = "ca.clientele.client.";
    private static final Logger log = LoggerFactory.getLogger(PetEventsListener.class);

    private final JdbcClient jdbc;
    private final ProcessedEvents processed;
    private final Clock clock;

    PetEventsListener(JdbcClient jdbc, ProcessedEvents processed, Clock clock) {
        this.jdbc = jdbc;
        this.processed = processed;
        this.clock = clock;
    }

    @KafkaListener(id = "booking-pets", topics = "clientele.client.v1")
    @Transactional
    void on(ConsumerRecord<String, byte[]> record) {
        ReceivedEvent event = ReceivedEvent.parse(record.value());
        String type = event.type().startsWith(PREFIX) ? event.type().substring(PREFIX.length()) : "";
        if (!List.of("pet-added", "pet-archived", "pet-restored", "pet-vaccinations-changed")
                        .contains(type)
                || !processed.firstDelivery("pets", event.id())) {
            return;
        }
        PetEvent pet = event.dataAs(PetEvent.class);
        if (pet.clientId() == null || pet.petId() == null) {
            log.warn("Skipped {} event {} without clientId or petId", type, event.id());
            return;
        }
        Instant at = event.time() == null ? clock.instant() : event.time().toInstant();
        switch (type) {
            case "pet-archived" -> upsert(pet, true, at, true);
            case "pet-restored" -> upsert(pet, false, at, true);
            case "pet-added" -> upsert(pet, false, at, true);
            default -> {
                // Vaccinations say nothing of the archive flag: a new pet is active, a known one keeps its flag.
                upsert(pet, false, at, false);
                replaceVaccinations(pet);
            }
        }
    }

    private void upsert(PetEvent pet, boolean archived, Instant at, boolean setsArchived) {
        jdbc.sql("insert into pet (id, client_id, archived, changed_at) values (?, ?, ?, ?)"
                        + " on conflict (id) do update set client_id = excluded.client_id, changed_at = excluded.changed_at"
                        + (setsArchived ? ", archived = excluded.archived" : ""))
                .params(pet.petId(), pet.clientId(), archived, Timestamp.from(at))
                .update();
    }

    /** The event lists all the pet's current records: what it does not list is gone. */
    private void replaceVaccinations(PetEvent pet) {
        jdbc.sql("delete from pet_vaccination where pet_id = ?")
                .param(pet.petId())
                .update();
        if (pet.vaccinations() == null) {
            return;
        }
        for (Vaccination vaccination : pet.vaccinations()) {
            if (vaccination.vaccine() == null || vaccination.validUntil() == null) {
                continue;
            }
            jdbc.sql("insert into pet_vaccination (pet_id, vaccine, valid_until, verified) values (?, ?, ?, ?)"
                            + " on conflict do nothing")
                    .params(pet.petId(), vaccination.vaccine(), vaccination.validUntil(), vaccination.verified())
                    .update();
        }
    }

    /** What this service reads of the registry's pet events. */
    record PetEvent(UUID clientId, UUID petId, List<Vaccination> vaccinations) {}

    record Vaccination(String vaccine, LocalDate validUntil, boolean verified) {}
}
