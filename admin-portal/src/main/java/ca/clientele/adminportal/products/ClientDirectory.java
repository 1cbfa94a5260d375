package ca.clientele.adminportal.products;

import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/** The registry, for what an in-store sale shows of the client: the name and status. */
@HttpExchange("/api/clients")
public interface ClientDirectory {

    @GetExchange("/{id}")
    Buyer client(@PathVariable UUID id);

    record Buyer(UUID id, String displayName, String status) {}
}
