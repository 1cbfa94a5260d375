package ca.clientele.adminportal.backend;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Base URLs of the backend services this portal calls (direct, not through the gateway). */
@ConfigurationProperties("clientele.services")
record ServiceProperties(URI registry, URI events, URI booking) {}
