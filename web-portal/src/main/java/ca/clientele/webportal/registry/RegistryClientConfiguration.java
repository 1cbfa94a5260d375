package ca.clientele.webportal.registry;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.service.registry.ImportHttpServices;

/**
 * The registry's client, located by {@code spring.http.serviceclient.registry.base-url}
 * (application.yml maps it from {@code clientele.services.registry}, which deployments set).
 */
@Configuration(proxyBeanMethods = false)
@ImportHttpServices(
        group = "registry",
        types = {RegistryClient.class, VaccinationClient.class})
class RegistryClientConfiguration {}
