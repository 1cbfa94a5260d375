package ca.clientele.adminportal.backend;

import ca.clientele.platform.portal.ServiceClients;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** The backend services this portal calls, each as the signed-in user (see {@link ServiceClients}). */
@Component
public class Backends {

    private final ServiceClients clients;
    private final ServiceProperties services;

    Backends(ServiceClients clients, ServiceProperties services) {
        this.clients = clients;
        this.services = services;
    }

    public RestClient registry() {
        return clients.forService("client-registry", services.registry());
    }

    public RestClient booking() {
        return clients.forService("booking-service", services.booking());
    }

    public RestClient events() {
        return clients.forService("event-service", services.events());
    }
}
