package ca.clientele.adminportal.tickets;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.service.registry.ImportHttpServices;

/** ticket-service as an HTTP service client group ({@code spring.http.serviceclient.tickets.base-url}). */
@Configuration(proxyBeanMethods = false)
@ImportHttpServices(group = "tickets", types = TicketClient.class)
class TicketServices {}
