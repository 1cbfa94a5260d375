package ca.clientele.document.form;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface FormSubmissionRepository extends JpaRepository<FormSubmission, UUID> {

    Optional<FormSubmission> findByFormIdAndClientIdAndStatus(UUID formId, UUID clientId, FormSubmission.Status status);

    boolean existsByClientIdAndFormIdAndFormVersion(UUID clientId, UUID formId, int formVersion);

    List<FormSubmission> findByClientIdOrderByUpdatedAtDesc(UUID clientId);
}
