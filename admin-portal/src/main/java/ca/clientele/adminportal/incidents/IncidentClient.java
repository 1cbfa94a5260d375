package ca.clientele.adminportal.incidents;

import ca.clientele.adminportal.web.ServicePage;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PutExchange;

/**
 * ticket-service's confidentiality-incident register (ISSUE9 plan, "Incidents API"), administrators
 * only: staff without the admin role get a 403 from the service too. The CSV and PDF exports are
 * plain links through the gateway, not calls of the portal.
 */
@HttpExchange("/api/incidents")
interface IncidentClient {

    @GetExchange
    ServicePage<IncidentView> list(
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) Boolean seriousRisk,
            @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) UUID clientId,
            @RequestParam int page,
            @RequestParam int size);

    @GetExchange("/{id}")
    IncidentView incident(@PathVariable UUID id);

    /**
     * Every editable field, as the form holds them, and the version the page showed (stale: 409; rule
     * breaks: 400 by field).
     */
    @PutExchange("/{id}")
    IncidentView update(@PathVariable UUID id, @RequestBody IncidentForm change);
}
