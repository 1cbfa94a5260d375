package ca.clientele.adminportal.clients;

import ca.clientele.adminportal.web.ServicePage;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import org.springframework.web.service.annotation.PutExchange;

/**
 * The client-registry calls of the staff portal (docs/api/client-registry.md), made as the staff
 * member. Bodies are the portal's own records; a form whose inputs are exactly the contract's
 * body is sent as it is, the others through a request record.
 */
@HttpExchange("/api/clients")
interface RegistryClient {

    /** Staff search: null parameters are left out of the query. */
    @GetExchange
    ServicePage<ClientSummary> search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) ClientStatus status,
            @RequestParam(required = false) UUID branch,
            @RequestParam int page,
            @RequestParam int size);

    @GetExchange("/{id}")
    ClientDetails client(@PathVariable UUID id);

    /** A client from a phone call: the registry creates their Keycloak account (no password) first. */
    @PostExchange
    ClientDetails create(@RequestBody NewClientForm client);

    @PutExchange("/{id}/profile")
    ClientDetails updateProfile(@PathVariable UUID id, @RequestBody ProfileForm profile);

    @PutExchange("/{id}/email")
    ClientDetails updateEmail(@PathVariable UUID id, @RequestBody EmailForm email);

    @PutExchange("/{id}/status")
    ClientDetails changeStatus(@PathVariable UUID id, @RequestBody StatusForm.StatusChange change);

    @PutExchange("/{id}/general")
    ClientDetails updateGeneral(@PathVariable UUID id, @RequestBody GeneralForm general);

    @PutExchange("/{id}/addresses")
    ClientDetails updateAddresses(@PathVariable UUID id, @RequestBody AddressesForm.AddressesChange addresses);

    @PutExchange("/{id}/options")
    ClientDetails updateOptions(@PathVariable UUID id, @RequestBody OptionsForm.OptionsChange options);

    @PostExchange("/{id}/invitation")
    Invitation invite(@PathVariable UUID id);

    @GetExchange("/{id}/consents")
    List<Consent> consents(@PathVariable UUID id);

    /** Staff see archived pets too, read-only ({@code includeArchived=true}). */
    @GetExchange("/{id}/pets")
    List<Pet> pets(@PathVariable UUID id, @RequestParam boolean includeArchived);

    @PostExchange("/{id}/pets")
    Pet addPet(@PathVariable UUID id, @RequestBody PetForm pet);

    @PutExchange("/{id}/pets/{petId}")
    Pet updatePet(@PathVariable UUID id, @PathVariable UUID petId, @RequestBody PetForm pet);

    @PostExchange("/{id}/pets/{petId}/archive")
    Pet archivePet(@PathVariable UUID id, @PathVariable UUID petId, @RequestBody PetArchive archive);

    /** The body of an archive: the version the pet was shown with. */
    record PetArchive(Long version) {}
}
