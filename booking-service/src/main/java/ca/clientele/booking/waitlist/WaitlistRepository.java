package ca.clientele.booking.waitlist;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface WaitlistRepository extends JpaRepository<WaitlistEntry, UUID> {

    List<WaitlistEntry> findByClientIdOrderByLine(UUID clientId);

    List<WaitlistEntry> findAllByOrderByLine();

    /** The first in line for this freed time: waiting, same service, the branch or any, the date in range. */
    default Optional<WaitlistEntry> firstInLine(UUID serviceId, UUID branchId, LocalDate date, UUID freedBy) {
        return firstInLine(WaitlistEntry.Status.WAITING, serviceId, branchId, date, freedBy);
    }

    @Query("select e from WaitlistEntry e where e.status = :status and e.serviceId = :serviceId"
            + " and (e.branchId is null or e.branchId = :branchId) and e.earliest <= :date and e.latest >= :date"
            + " and e.clientId <> :freedBy order by e.line limit 1")
    Optional<WaitlistEntry> firstInLine(
            WaitlistEntry.Status status, UUID serviceId, UUID branchId, LocalDate date, UUID freedBy);

    /** Place in the line of the entry's service: waiting entries that joined before it, plus one. */
    default long position(WaitlistEntry entry) {
        return position(WaitlistEntry.Status.WAITING, entry.serviceId(), entry.line()) + 1;
    }

    @Query("select count(e) from WaitlistEntry e where e.status = :status and e.serviceId = :serviceId"
            + " and e.line < :line")
    long position(WaitlistEntry.Status status, UUID serviceId, long line);
}
