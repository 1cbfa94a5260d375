package ca.clientele.ticket.ticket;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Closes tickets left waiting on the client for {@code after-days} (event reason AUTO_CLOSED), after one
 * {@code ticket-auto-close-warning} per wait {@code warn-days-before} that. "Now" is the {@link Clock} bean, so tests
 * move time. Each ticket is one short transaction on its locked row: a client answering at that very moment wins or
 * waits. One replica runs the job at a time (the lease {@value #LOCK}, ADR 0033); should two runs ever overlap, the
 * locked row makes the second find the ticket no longer due.
 */
@Component
class AutoClose {

    static final String LOCK = "ticket-auto-close";
    private static final Logger log = LoggerFactory.getLogger(AutoClose.class);
    private static final int BATCH = 200;

    private final TicketRepository tickets;
    private final TicketEvents events;
    private final TransactionTemplate transactions;
    private final Settings settings;
    private final Clock clock;

    AutoClose(
            TicketRepository tickets,
            TicketEvents events,
            TransactionTemplate transactions,
            Settings settings,
            Clock clock) {
        this.tickets = tickets;
        this.events = events;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
    }

    @ConfigurationProperties("clientele.tickets.auto-close")
    record Settings(
            @DefaultValue("14") int afterDays,
            @DefaultValue("3") int warnDaysBefore,
            @DefaultValue("PT15M") Duration interval) {

        Duration closeAfter() {
            return Duration.ofDays(afterDays);
        }

        Duration warnAfter() {
            return Duration.ofDays(Math.max(0, afterDays - warnDaysBefore));
        }
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "${clientele.tickets.auto-close.interval:PT15M}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT10M")
    void run() {
        Result result = runOnce();
        if (result.closed() + result.warned() > 0) {
            log.info("Auto-close: {} tickets closed, {} warned", result.closed(), result.warned());
        }
    }

    record Result(int warned, int closed) {}

    Result runOnce() {
        Instant now = clock.instant();
        int closed = 0;
        for (List<UUID> due = dueToClose(now); !due.isEmpty(); due = dueToClose(now)) {
            int before = closed;
            for (UUID id : due) {
                closed += Boolean.TRUE.equals(transactions.execute(status -> close(id, now))) ? 1 : 0;
            }
            if (closed == before) {
                break;
            }
        }
        int warned = 0;
        for (List<UUID> due = dueToWarn(now); !due.isEmpty(); due = dueToWarn(now)) {
            int before = warned;
            for (UUID id : due) {
                warned += Boolean.TRUE.equals(transactions.execute(status -> warn(id, now))) ? 1 : 0;
            }
            if (warned == before) {
                break;
            }
        }
        return new Result(warned, closed);
    }

    private List<UUID> dueToClose(Instant now) {
        return tickets.waitingSince(now.minus(settings.closeAfter()), Limit.of(BATCH));
    }

    private List<UUID> dueToWarn(Instant now) {
        return tickets.toWarn(now.minus(settings.warnAfter()), Limit.of(BATCH));
    }

    private boolean close(UUID id, Instant now) {
        return tickets.findLocked(id)
                .filter(ticket -> ticket.status() == TicketStatus.WAITING_ON_CLIENT)
                .filter(ticket -> !ticket.waitingSince().isAfter(now.minus(settings.closeAfter())))
                .map(ticket -> {
                    events.statusChanged(ticket, ticket.autoClose(now), null);
                    return true;
                })
                .orElse(false);
    }

    private boolean warn(UUID id, Instant now) {
        return tickets.findLocked(id)
                .filter(ticket -> ticket.status() == TicketStatus.WAITING_ON_CLIENT && !ticket.isCloseWarned())
                .map(ticket -> {
                    ticket.closeWarned();
                    Instant closesAt = ticket.waitingSince().plus(settings.closeAfter());
                    events.autoCloseWarning(
                            ticket, closesAt.atZone(TicketInbox.MONTREAL).toLocalDate());
                    return true;
                })
                .orElse(false);
    }
}
