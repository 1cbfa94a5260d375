package ca.clientele.booking.branch;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface BranchClosureRepository extends JpaRepository<BranchClosure, UUID> {

    List<BranchClosure> findByBranchIdOrderByDate(UUID branchId);

    boolean existsByBranchIdAndDate(UUID branchId, LocalDate date);

    Optional<BranchClosure> findByIdAndBranchId(UUID id, UUID branchId);
}
