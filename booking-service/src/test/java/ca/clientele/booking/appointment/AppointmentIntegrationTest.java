package ca.clientele.booking.appointment;

import ca.clientele.platform.testing.ServiceIntegrationTest;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;

/**
 * The appointment tests' one context: the service on real PostgreSQL and Kafka ({@link ServiceIntegrationTest}) with
 * a clock each test sets, so that notice and advance rules are tested at their edges.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ServiceIntegrationTest
@Import(AppointmentTestConfiguration.class)
@interface AppointmentIntegrationTest {}
