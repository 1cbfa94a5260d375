package ca.clientele.adminportal.bookingservice;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.service.registry.ImportHttpServices;

/** booking-service's catalogue and appointments in its client group ({@code spring.http.serviceclient.booking}). */
@Configuration(proxyBeanMethods = false)
@ImportHttpServices(
        group = "booking",
        types = {CatalogClient.class, AppointmentClient.class})
class BookingServices {}
