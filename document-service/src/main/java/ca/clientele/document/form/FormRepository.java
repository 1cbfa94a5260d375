package ca.clientele.document.form;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface FormRepository extends JpaRepository<Form, UUID> {

    List<Form> findAllByOrderByUpdatedAtDesc();

    /** Published forms available to everyone or assigned to the client. */
    @Query("""
            select f from Form f
            where f.publishedVersion is not null
              and (f.availableToAll = true
                   or exists (select a from FormAssignment a where a.formId = f.id and a.clientId = :clientId))
            order by f.updatedAt desc
            """)
    List<Form> findPublishedFor(@Param("clientId") UUID clientId);
}
