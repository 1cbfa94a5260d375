package ca.clientele.registry.pet;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PetRepository extends JpaRepository<Pet, UUID> {

    /** The order the pets were added in: stable, and the names are encrypted anyway. */
    List<Pet> findByClientIdOrderByCreatedAtAscIdAsc(UUID clientId);

    List<Pet> findByClientIdAndArchivedFalseOrderByCreatedAtAscIdAsc(UUID clientId);

    /** A pet only through its owner: another client's pet id is simply not found. */
    Optional<Pet> findByIdAndClientId(UUID id, UUID clientId);
}
