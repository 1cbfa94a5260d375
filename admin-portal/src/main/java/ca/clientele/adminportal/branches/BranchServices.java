package ca.clientele.adminportal.branches;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.service.registry.ImportHttpServices;

/** booking-service as an HTTP service client group ({@code spring.http.serviceclient.booking.base-url}). */
@Configuration(proxyBeanMethods = false)
@ImportHttpServices(group = "booking", types = BookingClient.class)
class BranchServices {}
