package ca.clientele.booking.service;

import java.util.Optional;
import java.util.UUID;

/** The catalogue of services offered, read by slot search and appointments (in-process port). */
public interface ServiceCatalog {

    /** The service, active or not; empty when the id is unknown. */
    Optional<OfferedService> find(UUID id);
}
