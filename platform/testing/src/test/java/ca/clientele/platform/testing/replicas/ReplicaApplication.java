package ca.clientele.platform.testing.replicas;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * A minimal service for the replica tests (ADR 0033): the platform's real outbox (DomainEvents, Modulith's JDBC
 * registry, Kafka externalization, the resubmission job), ShedLock and Kafka consumer defaults, nothing else. Run
 * several times at once, in this JVM or as separate processes ({@link #main}).
 */
@SpringBootApplication
public class ReplicaApplication {

    /** What a replica process prints once it is ready; the test waits for this line. */
    static final String READY = "REPLICA-READY";

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(ReplicaApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.run(args);
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        System.out.println(READY);
    }
}
