package ca.clientele.webportal.dashboard;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Loads the dashboard's cards concurrently, each on its own virtual thread, each bounded by
 * {@code clientele.dashboard.card-timeout} (2 s by default): a card whose call fails (service down, 5xx, refused,
 * any error) or has not answered in time completes as {@link Card#unavailable()}; the page never waits longer than
 * the slowest bounded card. The call runs AS the signed-in user: the request thread's security context (the relayed
 * token) and locale go with it. A call still running at the timeout is interrupted. ADR 0028.
 */
@Component
class CardLoader implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(CardLoader.class);

    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Duration timeout;

    CardLoader(@Value("${clientele.dashboard.card-timeout:2s}") Duration timeout) {
        this.timeout = timeout;
    }

    /** Starts {@code call} now; {@code name} only names the card in the log (no personal data). */
    <T> CompletableFuture<Card<T>> load(String name, Supplier<T> call) {
        SecurityContext security = SecurityContextHolder.getContext();
        LocaleContext locale = LocaleContextHolder.getLocaleContext();
        CompletableFuture<Card<T>> card = new CompletableFuture<>();
        Future<?> task = executor.submit(() -> {
            SecurityContextHolder.setContext(security);
            LocaleContextHolder.setLocaleContext(locale);
            try {
                card.complete(Card.of(call.get()));
            } catch (RuntimeException e) {
                log.warn("Dashboard card {} unavailable: {}", name, e.getClass().getSimpleName());
                card.complete(Card.unavailable());
            } finally {
                SecurityContextHolder.clearContext();
                LocaleContextHolder.resetLocaleContext();
            }
        });
        return card.completeOnTimeout(null, timeout.toMillis(), TimeUnit.MILLISECONDS)
                .thenApply(loaded -> {
                    if (loaded == null) {
                        task.cancel(true);
                        log.warn("Dashboard card {} unavailable: no answer within {}", name, timeout);
                        return Card.<T>unavailable();
                    }
                    return loaded;
                });
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
