package ca.clientele.ticket.ticket;

import ca.clientele.platform.testing.ServiceIntegrationTest;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;

/**
 * The ticket tests' one context: the service on real PostgreSQL and Kafka ({@link ServiceIntegrationTest}) with a
 * clock tests can move and a record of the in-process {@link TicketOpened} notices.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ServiceIntegrationTest
@Import(TicketTestConfiguration.class)
@interface TicketIntegrationTest {}
