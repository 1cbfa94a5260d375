package ca.clientele.registry.pet;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface VaccinationRepository extends JpaRepository<Vaccination, UUID> {

    /** Newest first: the last dose is the one that counts. */
    List<Vaccination> findByPetIdOrderByGivenOnDescCreatedAtDesc(UUID petId);

    /** A record only through its pet: another pet's record id is simply not found. */
    Optional<Vaccination> findByIdAndPetId(UUID id, UUID petId);
}
