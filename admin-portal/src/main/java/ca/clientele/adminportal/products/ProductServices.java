package ca.clientele.adminportal.products;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.service.registry.ImportHttpServices;

/**
 * The billing-service's shop client ({@code spring.http.serviceclient.billing.base-url}) and the registry's
 * ({@code registry} group) for the buyer's name.
 */
@Configuration(proxyBeanMethods = false)
@ImportHttpServices(group = "billing", types = ProductClient.class)
@ImportHttpServices(group = "registry", types = ClientDirectory.class)
class ProductServices {}
