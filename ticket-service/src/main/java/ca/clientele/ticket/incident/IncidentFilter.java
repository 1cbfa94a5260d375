package ca.clientele.ticket.incident;

import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.domain.Specification;

/**
 * The register's filters, shared by the list and the exports: {@code from}/{@code to} bound the day
 * the business learned of the incident (inclusive); the others are exact. Only clear columns are
 * filtered: the texts are encrypted.
 */
record IncidentFilter(LocalDate from, LocalDate to, Boolean seriousRisk, Boolean overdue, UUID clientId) {

    Specification<Incident> specification() {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (from != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("learnedFrom"), from));
            }
            if (to != null) {
                where.add(cb.lessThanOrEqualTo(root.get("learnedFrom"), to));
            }
            if (seriousRisk != null) {
                where.add(cb.equal(root.get("seriousRisk"), seriousRisk));
            }
            if (clientId != null) {
                where.add(cb.equal(root.get("clientId"), clientId));
            }
            if (overdue != null) {
                // Same rule as Incident.overdue(), in SQL so that paging counts it.
                Predicate late = cb.and(
                        cb.isTrue(root.get("seriousRisk")),
                        cb.or(
                                cb.isNull(root.get("commissionNotifiedOn")),
                                cb.and(
                                        cb.isNull(root.get("personsNotifiedOn")),
                                        cb.isFalse(root.get("publicNotice")))));
                where.add(overdue ? late : cb.not(late));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
