package ca.clientele.adminportal.sales;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.service.registry.ImportHttpServices;

/** The report's calls, in billing-service's group ({@code spring.http.serviceclient.billing.base-url}). */
@Configuration(proxyBeanMethods = false)
@ImportHttpServices(group = "billing", types = SalesClient.class)
class SalesServices {}
