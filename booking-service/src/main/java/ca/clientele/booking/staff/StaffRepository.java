package ca.clientele.booking.staff;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StaffRepository extends JpaRepository<StaffMember, UUID> {

    List<StaffMember> findAllByOrderByName();

    List<StaffMember> findByActiveTrueOrderByName();

    /** Which of these ids are branches (read here so that staff do not depend on the branch feature's code). */
    @Query(value = "select id from branch where id in (:ids)", nativeQuery = true)
    List<UUID> knownBranches(Collection<UUID> ids);

    /** Which of these ids are services (the catalogue reads staff ids the same way: no cycle between the two). */
    @Query(value = "select id from service where id in (:ids)", nativeQuery = true)
    List<UUID> knownServices(Collection<UUID> ids);
}
