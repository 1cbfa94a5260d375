package ca.clientele.adminportal.documents;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.service.registry.ImportHttpServices;

/** The document-service as an HTTP service client group ({@code spring.http.serviceclient.documents.base-url}). */
@Configuration(proxyBeanMethods = false)
@ImportHttpServices(
        group = "documents",
        types = {DocumentClient.class, FormClient.class})
class DocumentServices {}
