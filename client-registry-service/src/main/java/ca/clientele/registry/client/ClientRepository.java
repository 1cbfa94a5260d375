package ca.clientele.registry.client;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClientRepository extends JpaRepository<Client, UUID> {

    boolean existsByEmailHash(String emailHash);
}
