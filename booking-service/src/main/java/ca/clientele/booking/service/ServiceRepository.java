package ca.clientele.booking.service;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ServiceRepository extends JpaRepository<ServiceOffering, UUID> {

    @Query("select s from ServiceOffering s order by s.nameFr")
    List<ServiceOffering> findAllOrdered();

    @Query("select s from ServiceOffering s where s.active = true order by s.nameFr")
    List<ServiceOffering> findActiveOrdered();

    boolean existsByCode(String code);

    boolean existsByCodeAndIdNot(String code, UUID id);

    /** Which of these ids are branches (read here so the catalogue does not depend on the branch feature's code). */
    @Query(value = "select id from branch where id in (:ids)", nativeQuery = true)
    List<UUID> knownBranches(Collection<UUID> ids);

    /** Which of these ids are staff members (the staff feature reads service ids the same way: no cycle). */
    @Query(value = "select id from staff_member where id in (:ids)", nativeQuery = true)
    List<UUID> knownStaff(Collection<UUID> ids);
}
