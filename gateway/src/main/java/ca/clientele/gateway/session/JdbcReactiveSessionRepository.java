package ca.clientele.gateway.session;

import org.springframework.session.ReactiveSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Spring Session has no reactive JDBC repository; this one runs the blocking JDBC one on
 * Reactor's bounded elastic threads, so the event loop never waits for PostgreSQL. A session is
 * read once and written once per request (only its changed attributes), which is a small cost next
 * to the proxied call itself.
 */
final class JdbcReactiveSessionRepository implements ReactiveSessionRepository<Session> {

    private final SessionRepository<Session> sessions;

    JdbcReactiveSessionRepository(SessionRepository<Session> sessions) {
        this.sessions = sessions;
    }

    @Override
    public Mono<Session> createSession() {
        // No I/O: a new session is only written when saved.
        return Mono.fromSupplier(sessions::createSession);
    }

    @Override
    public Mono<Void> save(Session session) {
        return Mono.<Void>fromRunnable(() -> sessions.save(session)).subscribeOn(Schedulers.boundedElastic());
    }

    @Override
    public Mono<Session> findById(String id) {
        return Mono.fromCallable(() -> sessions.findById(id)).subscribeOn(Schedulers.boundedElastic());
    }

    @Override
    public Mono<Void> deleteById(String id) {
        return Mono.<Void>fromRunnable(() -> sessions.deleteById(id)).subscribeOn(Schedulers.boundedElastic());
    }
}
