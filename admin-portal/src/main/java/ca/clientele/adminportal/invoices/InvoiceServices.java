package ca.clientele.adminportal.invoices;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.service.registry.ImportHttpServices;

/** The invoice calls, in billing-service's group ({@code spring.http.serviceclient.billing.base-url}). */
@Configuration(proxyBeanMethods = false)
@ImportHttpServices(group = "billing", types = InvoiceClient.class)
class InvoiceServices {}
