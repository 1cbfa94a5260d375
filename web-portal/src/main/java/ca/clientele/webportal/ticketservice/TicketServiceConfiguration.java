package ca.clientele.webportal.ticketservice;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.service.registry.ImportHttpServices;

/**
 * The ticket-service's client, located by {@code spring.http.serviceclient.tickets.base-url}
 * (application.yml maps it from {@code clientele.services.tickets}, which deployments set).
 */
@Configuration(proxyBeanMethods = false)
@ImportHttpServices(group = "tickets", types = TicketClient.class)
class TicketServiceConfiguration {}
