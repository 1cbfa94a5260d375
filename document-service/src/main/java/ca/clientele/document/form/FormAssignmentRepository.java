package ca.clientele.document.form;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface FormAssignmentRepository extends JpaRepository<FormAssignment, UUID> {

    Optional<FormAssignment> findByFormIdAndClientId(UUID formId, UUID clientId);

    boolean existsByFormIdAndClientId(UUID formId, UUID clientId);

    List<FormAssignment> findByClientId(UUID clientId);
}
