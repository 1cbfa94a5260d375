package ca.clientele.webportal.bookingservice;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.service.registry.ImportHttpServices;

/**
 * The booking-service's clients, located by {@code spring.http.serviceclient.bookings.base-url}
 * (application.yml maps it from {@code clientele.services.bookings}, which deployments set).
 */
@Configuration(proxyBeanMethods = false)
@ImportHttpServices(
        group = "bookings",
        types = {CatalogueClient.class, BookingClient.class})
class BookingServiceConfiguration {}
