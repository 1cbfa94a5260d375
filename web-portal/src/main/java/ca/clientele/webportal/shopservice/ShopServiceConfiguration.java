package ca.clientele.webportal.shopservice;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.service.registry.ImportHttpServices;

/**
 * The billing-service's shop client, located by {@code spring.http.serviceclient.shop.base-url} (application.yml maps
 * it from {@code clientele.services.billing}, which deployments set).
 */
@Configuration(proxyBeanMethods = false)
@ImportHttpServices(group = "shop", types = ShopClient.class)
class ShopServiceConfiguration {}
