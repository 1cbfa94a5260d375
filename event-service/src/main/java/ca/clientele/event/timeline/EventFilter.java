package ca.clientele.event.timeline;

import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.domain.Specification;

/**
 * The filters of a timeline or of the Events application. Dates are days in Montreal, both
 * inclusive. {@code withSecurity} is false for anyone but an administrator: security events
 * (the audit trail) are left out by the query itself, whatever the screen asks.
 */
record EventFilter(
        UUID clientId,
        List<Category> categories,
        String type,
        ActorKind actorKind,
        UUID actorId,
        LocalDate from,
        LocalDate to,
        boolean withSecurity) {

    Specification<TimelineEntry> specification() {
        return (root, query, builder) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (clientId != null) {
                predicates.add(builder.equal(root.get("clientId"), clientId));
            }
            if (categories != null && !categories.isEmpty()) {
                predicates.add(root.get("category")
                        .in(categories.stream().map(Category::code).toList()));
            }
            if (!withSecurity) {
                predicates.add(builder.notEqual(root.get("category"), Category.SECURITY.code()));
            }
            if (type != null && !type.isBlank()) {
                predicates.add(builder.equal(root.get("type"), type.strip()));
            }
            if (actorKind != null) {
                predicates.add(builder.equal(root.get("actorKind"), actorKind.name()));
            }
            if (actorId != null) {
                predicates.add(builder.equal(root.get("actorId"), actorId));
            }
            if (from != null) {
                predicates.add(builder.greaterThanOrEqualTo(
                        root.get("occurredAt"),
                        from.atStartOfDay(EventDescriptions.MONTREAL).toInstant()));
            }
            if (to != null) {
                predicates.add(builder.lessThan(
                        root.get("occurredAt"),
                        to.plusDays(1).atStartOfDay(EventDescriptions.MONTREAL).toInstant()));
            }
            return builder.and(predicates.toArray(Predicate[]::new));
        };
    }
}
