package ca.clientele.adminportal.incidents;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.service.registry.ImportHttpServices;

/** The register's calls, in ticket-service's group ({@code spring.http.serviceclient.tickets.base-url}). */
@Configuration(proxyBeanMethods = false)
@ImportHttpServices(group = "tickets", types = IncidentClient.class)
class IncidentServices {}
