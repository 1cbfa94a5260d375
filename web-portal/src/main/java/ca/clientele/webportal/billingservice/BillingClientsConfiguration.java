package ca.clientele.webportal.billingservice;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.service.registry.ImportHttpServices;

/**
 * The billing-service's clients ("Rendez-vous confirmés", "Facture", "Modes de paiement", card payment, "Boutique"), located by
 * {@code spring.http.serviceclient.billing.base-url} (application.yml maps it from {@code clientele.services.billing},
 * which deployments set).
 */
@Configuration(proxyBeanMethods = false)
@ImportHttpServices(
        group = "billing",
        types = {
            OrderClient.class,
            InvoiceClient.class,
            PaymentMethodClient.class,
            CardPaymentClient.class,
            ShopClient.class
        })
class BillingClientsConfiguration {}
