package ca.clientele.ticket.choice;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.NoRepositoryBean;

/** The queries every list of choices needs; each feature declares its own repository on it. */
@NoRepositoryBean
public interface ChoiceRepository<C extends Choice> extends JpaRepository<C, UUID> {

    List<C> findByActiveTrue();

    boolean existsByCode(String code);
}
