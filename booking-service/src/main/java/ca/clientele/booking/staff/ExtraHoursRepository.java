package ca.clientele.booking.staff;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ExtraHoursRepository extends JpaRepository<ExtraHoursEntry, UUID> {

    @Query("select e from ExtraHoursEntry e where e.staffId = :staffId order by e.date, e.starts")
    List<ExtraHoursEntry> findByStaff(UUID staffId);

    @Query("select e from ExtraHoursEntry e where e.staffId = :staffId and e.date between :from and :to")
    List<ExtraHoursEntry> between(UUID staffId, LocalDate from, LocalDate to);

    @Query("select e from ExtraHoursEntry e where e.id = :id and e.staffId = :staffId")
    Optional<ExtraHoursEntry> findOne(UUID id, UUID staffId);
}
