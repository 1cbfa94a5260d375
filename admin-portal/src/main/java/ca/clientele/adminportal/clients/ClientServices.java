package ca.clientele.adminportal.clients;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.service.registry.ImportHttpServices;

/**
 * The services the client pages call, each a group of Boot's HTTP service clients: its base URL
 * is {@code spring.http.serviceclient.<group>.base-url}; the token, language and error mapping are
 * the portal kit's, for every group.
 */
@Configuration(proxyBeanMethods = false)
@ImportHttpServices(
        group = "registry",
        types = {RegistryClient.class, VaccinationClient.class})
class ClientServices {}
