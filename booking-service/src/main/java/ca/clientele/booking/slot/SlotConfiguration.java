package ca.clientele.booking.slot;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The booking rules ({@link BookingPolicy}) as a bean appointments may read too. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BookingPolicy.class)
class SlotConfiguration {}
