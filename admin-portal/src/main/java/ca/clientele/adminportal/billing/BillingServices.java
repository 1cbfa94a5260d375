package ca.clientele.adminportal.billing;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.service.registry.ImportHttpServices;

/** billing-service in its client group ({@code spring.http.serviceclient.billing}). */
@Configuration(proxyBeanMethods = false)
@ImportHttpServices(group = "billing", types = BillingClient.class)
class BillingServices {}
