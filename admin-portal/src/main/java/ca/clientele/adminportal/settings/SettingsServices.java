package ca.clientele.adminportal.settings;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.service.registry.ImportHttpServices;

/** ticket-service's configuration calls, in the {@code tickets} group ({@code spring.http.serviceclient.tickets.base-url}). */
@Configuration(proxyBeanMethods = false)
@ImportHttpServices(group = "tickets", types = SettingsClient.class)
class SettingsServices {}
