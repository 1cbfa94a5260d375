package ca.clientele.adminportal.catalog;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.service.registry.ImportHttpServices;

/** The registry's staff-account list in the registry's client group ({@code spring.http.serviceclient.registry}). */
@Configuration(proxyBeanMethods = false)
@ImportHttpServices(group = "registry", types = StaffAccountClient.class)
class CatalogServices {}
