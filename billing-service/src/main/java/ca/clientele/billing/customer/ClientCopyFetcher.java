package ca.clientele.billing.customer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the registry's contact for the clients that billing holds no copy of (ADR 0036), in the background: no
 * consumer, request or order waits on the registry. Each due request is tried once per pass, outside any
 * transaction (no database connection held while the registry answers); a copy or a 404 resolves it. When the
 * registry does not answer, the pass stops there (one probe per pass, not one failed call per waiting client): that
 * client is tried again after a backoff that doubles up to {@code max-backoff}, the others at the next pass (so one
 * client the registry keeps refusing delays no one else).
 */
@Component
class ClientCopyFetcher {

    private static final Logger log = LoggerFactory.getLogger(ClientCopyFetcher.class);

    private final ClientCopyRequests requests;
    private final RegistryContacts registry;
    private final Customers customers;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int batch;
    private final Duration backoff;
    private final Duration maxBackoff;

    ClientCopyFetcher(
            ClientCopyRequests requests,
            RegistryContacts registry,
            Customers customers,
            TransactionTemplate transaction,
            Clock clock,
            @Value("${clientele.billing.client-copy.batch:20}") int batch,
            @Value("${clientele.billing.client-copy.backoff:PT1S}") Duration backoff,
            @Value("${clientele.billing.client-copy.max-backoff:PT5M}") Duration maxBackoff) {
        this.requests = requests;
        this.registry = registry;
        this.customers = customers;
        this.transaction = transaction;
        this.clock = clock;
        this.batch = batch;
        this.backoff = backoff;
        this.maxBackoff = maxBackoff;
    }

    @Scheduled(
            fixedDelayString = "${clientele.billing.client-copy.poll-interval:PT1S}",
            initialDelayString = "${clientele.billing.client-copy.poll-interval:PT1S}")
    void fetchDue() {
        Instant now = clock.instant();
        // The lease outlasts a pass: at most one slow read (the pass stops at the first failure) plus quick ones.
        List<ClientCopyRequests.Claimed> due =
                transaction.execute(status -> requests.claimDue(now, batch, now.plus(Duration.ofMinutes(1))));
        for (int index = 0; due != null && index < due.size(); index++) {
            ClientCopyRequests.Claimed claimed = due.get(index);
            Optional<RegistryContact> contact;
            try {
                contact = registry.contactOnce(claimed.clientId());
            } catch (RegistryContacts.RegistryUnavailableException unavailable) {
                Instant failedAt = clock.instant();
                Instant next = failedAt.plus(backoffAfter(claimed.attempts() + 1));
                List<java.util.UUID> untried = due.subList(index + 1, due.size()).stream()
                        .map(ClientCopyRequests.Claimed::clientId)
                        .toList();
                transaction.executeWithoutResult(status -> {
                    requests.failed(claimed.clientId(), next);
                    requests.postpone(untried, failedAt.plus(backoff));
                });
                log.warn(
                        "Registry unavailable ({}) reading a client copy (attempt {}); next try of that one at {}",
                        unavailable.getCause().getClass().getSimpleName(),
                        claimed.attempts() + 1,
                        next);
                return;
            }
            transaction.executeWithoutResult(status -> customers.resolve(claimed.clientId(), contact));
        }
    }

    /** 1 s, 2 s, 4 s… up to the maximum. */
    Duration backoffAfter(int failures) {
        Duration wait = backoff;
        for (int i = 1; i < failures && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
