package ca.clientele.webportal.registry;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Loads the signed-in client once per page of the account area (see {@link ClientArea}). */
@ControllerAdvice(annotations = ClientArea.class)
class ClientAreaAdvice {

    private final CurrentClient currentClient;

    ClientAreaAdvice(CurrentClient currentClient) {
        this.currentClient = currentClient;
    }

    @ModelAttribute("client")
    ClientRecord client() {
        return currentClient.load();
    }
}
