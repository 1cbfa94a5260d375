package ca.clientele.registry.pet;

import ca.clientele.platform.events.DomainEvents;
import ca.clientele.platform.security.Caller;
import ca.clientele.platform.security.ResourceNotFoundException;
import ca.clientele.platform.web.DomainRuleException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A pet's vaccination records, for the pet's owner or staff, reached through the pet (itself
 * reached through its owner: anything of another client answers 404). An archived pet's records
 * are read-only. Each change and its {@code pet-vaccinations-changed} event (the pet's records as
 * they now are) commit together (outbox) or not at all.
 */
@Service
class Vaccinations {

    static final String CHANGED = "pet-vaccinations-changed";

    private final Pets pets;
    private final VaccinationRepository vaccinations;
    private final DomainEvents events;
    private final Clock clock;

    Vaccinations(Pets pets, VaccinationRepository vaccinations, DomainEvents events, Clock clock) {
        this.pets = pets;
        this.vaccinations = vaccinations;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<Vaccination> list(UUID clientId, UUID petId, Caller caller) {
        pets.one(clientId, petId, caller);
        return vaccinations.findByPetIdOrderByGivenOnDescCreatedAtDesc(petId);
    }

    @Transactional
    Vaccination add(UUID clientId, UUID petId, VaccinationDetails details, Caller caller) {
        writablePet(clientId, petId, caller);
        Vaccination added = vaccinations.saveAndFlush(Vaccination.add(clientId, petId, details, clock.instant()));
        published(clientId, petId, caller);
        return added;
    }

    @Transactional
    Vaccination change(UUID clientId, UUID petId, UUID id, VaccinationDetails details, long version, Caller caller) {
        Vaccination vaccination = current(clientId, petId, id, version, caller);
        vaccination.change(details, caller.isStaff(), clock.instant());
        Vaccination saved = vaccinations.saveAndFlush(vaccination);
        published(clientId, petId, caller);
        return saved;
    }

    @Transactional
    void delete(UUID clientId, UUID petId, UUID id, long version, Caller caller) {
        vaccinations.delete(current(clientId, petId, id, version, caller));
        vaccinations.flush();
        published(clientId, petId, caller);
    }

    /** Staff only (the controller checks the role). */
    @Transactional
    Vaccination verify(UUID clientId, UUID petId, UUID id, long version, Caller caller) {
        Vaccination vaccination = current(clientId, petId, id, version, caller);
        vaccination.verify(caller.id(), clock.instant());
        Vaccination saved = vaccinations.saveAndFlush(vaccination);
        published(clientId, petId, caller);
        return saved;
    }

    /** Today in Quebec: a record is current through its last valid day there. */
    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Pet.BUSINESS_ZONE);
    }

    /** The record as it is, if the caller decided on the version they send; a stale one changes nothing. */
    private Vaccination current(UUID clientId, UUID petId, UUID id, long version, Caller caller) {
        writablePet(clientId, petId, caller);
        Vaccination vaccination = vaccinations.findByIdAndPetId(id, petId).orElseThrow(ResourceNotFoundException::new);
        if (vaccination.version() != version) {
            throw new OptimisticLockingFailureException("stale vaccination version");
        }
        return vaccination;
    }

    private void writablePet(UUID clientId, UUID petId, Caller caller) {
        if (pets.one(clientId, petId, caller).archived()) {
            throw new DomainRuleException("pet.archived.read-only");
        }
    }

    private void published(UUID clientId, UUID petId, Caller caller) {
        List<PetVaccinationsChanged.Fact> facts =
                vaccinations.findByPetIdOrderByGivenOnDescCreatedAtDesc(petId).stream()
                        .map(v -> new PetVaccinationsChanged.Fact(v.vaccine(), v.validUntil(), v.verified()))
                        .toList();
        events.publish(CHANGED, clientId, new PetVaccinationsChanged(clientId, petId, facts, caller.id()));
    }
}
