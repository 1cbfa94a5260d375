package ca.clientele.adminportal.events;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.service.registry.ImportHttpServices;

/** The event service as an HTTP service client group ({@code spring.http.serviceclient.events.base-url}). */
@Configuration(proxyBeanMethods = false)
@ImportHttpServices(group = "events", types = EventClient.class)
class EventServices {}
