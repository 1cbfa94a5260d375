package ca.clientele.booking.branch;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface BranchRepository extends JpaRepository<Branch, UUID> {

    List<Branch> findByActiveTrueOrderByName();

    List<Branch> findAllByOrderByName();

    boolean existsByCode(String code);
}
