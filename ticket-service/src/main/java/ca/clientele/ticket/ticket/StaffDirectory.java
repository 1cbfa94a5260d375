package ca.clientele.ticket.ticket;

import ca.clientele.platform.security.Caller;
import java.text.Collator;
import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The staff members tickets can be assigned to. Keycloak is not asked: a staff member becomes known here the first
 * time they call this service, with the name of their token (given and family name), kept up to date when it changes.
 */
@Component
class StaffDirectory {

    private final StaffMemberRepository members;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    // What this replica already wrote: most requests then cost no database write.
    private final Map<UUID, String> recorded = new ConcurrentHashMap<>();

    StaffDirectory(StaffMemberRepository members, PlatformTransactionManager transactions, Clock clock) {
        this.members = members;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Remembers a staff caller; anyone else is ignored. */
    void saw(Caller caller) {
        if (!caller.isStaff()) {
            return;
        }
        String name = nameOf(caller);
        if (Objects.equals(recorded.get(caller.id()), name == null ? "" : name)) {
            return;
        }
        try {
            ownTransaction.executeWithoutResult(status -> members.findById(caller.id())
                    .ifPresentOrElse(
                            member -> member.seen(name, clock.instant()),
                            () -> members.save(new StaffMember(caller.id(), name, clock.instant()))));
            recorded.put(caller.id(), name == null ? "" : name);
        } catch (DataIntegrityViolationException sameMemberAtTheSameTime) {
            // Another request of the same person recorded them first: nothing left to do.
        }
    }

    boolean exists(UUID id) {
        return members.existsById(id);
    }

    Map<UUID, String> names(Collection<UUID> ids) {
        List<UUID> wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return Map.of();
        }
        return members.findAllById(wanted).stream()
                .filter(member -> member.name() != null)
                .collect(Collectors.toMap(StaffMember::id, StaffMember::name));
    }

    List<Assignee> all(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        collator.setStrength(Collator.PRIMARY);
        return members.findAll().stream()
                .map(member -> new Assignee(member.id(), member.name() == null ? "" : member.name()))
                .sorted(Comparator.comparing(Assignee::name, collator))
                .toList();
    }

    /** "Cynthia Lemay" from the token; null when it carries no name. */
    static String nameOf(Caller caller) {
        String name = java.util.stream.Stream.of(caller.givenName(), caller.familyName())
                .filter(part -> part != null && !part.isBlank())
                .map(String::strip)
                .collect(Collectors.joining(" "));
        return name.isEmpty() ? null : name;
    }
}
