package ca.clientele.booking.staff;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TimeOffRepository extends JpaRepository<TimeOff, UUID> {

    @Query("select t from TimeOff t where t.staffId = :staffId order by t.starts")
    List<TimeOff> findByStaff(UUID staffId);

    @Query("select t from TimeOff t where t.staffId = :staffId and t.starts < :to and t.ends > :from order by t.starts")
    List<TimeOff> overlapping(UUID staffId, Instant from, Instant to);

    @Query("select t from TimeOff t where t.id = :id and t.staffId = :staffId")
    Optional<TimeOff> findOne(UUID id, UUID staffId);
}
