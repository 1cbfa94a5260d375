package ca.clientele.webportal.documentservice;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.service.registry.ImportHttpServices;

/**
 * The document-service's clients, located by {@code spring.http.serviceclient.documents.base-url}
 * (application.yml maps it from {@code clientele.services.documents}, which deployments set).
 */
@Configuration(proxyBeanMethods = false)
@ImportHttpServices(
        group = "documents",
        types = {DocumentClient.class, FormClient.class})
class DocumentServiceConfiguration {}
