package ca.clientele.adminportal.notifications;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.service.registry.ImportHttpServices;

/** event-service's notifications in the {@code events} service client group. */
@Configuration(proxyBeanMethods = false)
@ImportHttpServices(group = "events", types = NotificationClient.class)
class NotificationServices {}
