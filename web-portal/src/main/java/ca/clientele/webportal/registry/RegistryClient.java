package ca.clientele.webportal.registry;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import org.springframework.web.service.annotation.PutExchange;

/**
 * The client-registry calls of the portal, made as the signed-in client (the kit relays their
 * token and language and turns failures into the exceptions the pages show). Bodies are the
 * records of this package, shaped as the registry's contract.
 */
@HttpExchange("/api/clients")
public interface RegistryClient {

    /** The caller's record; {@code ServiceNotFoundException} before their first visit created it. */
    @GetExchange("/me")
    ClientRecord me();

    /** Creates the caller's record from their token. */
    @PostExchange("/me")
    ClientRecord registerMe();

    @PutExchange("/{id}/addresses")
    ClientRecord saveAddresses(@PathVariable UUID id, @RequestBody AddressesUpdate addresses);

    @PutExchange("/{id}/profile")
    ClientRecord saveProfile(@PathVariable UUID id, @RequestBody ProfileUpdate profile);

    /** Keycloak sends a verification e-mail to the new address. */
    @PutExchange("/{id}/email")
    ClientRecord saveEmail(@PathVariable UUID id, @RequestBody EmailUpdate email);

    @PutExchange("/{id}/options")
    ClientRecord saveOptions(@PathVariable UUID id, @RequestBody OptionsUpdate options);

    /** Newsletter, SMS and two-factor changes, newest first. */
    @GetExchange("/{id}/consents")
    List<Consent> consents(@PathVariable UUID id);

    /** The pets that are not archived. */
    @GetExchange("/{id}/pets")
    List<Pet> pets(@PathVariable UUID id);

    @PostExchange("/{id}/pets")
    Pet addPet(@PathVariable UUID id, @RequestBody PetDetails pet);

    @PutExchange("/{id}/pets/{petId}")
    Pet updatePet(@PathVariable UUID id, @PathVariable UUID petId, @RequestBody PetUpdate pet);

    @PostExchange("/{id}/pets/{petId}/archive")
    Pet archivePet(@PathVariable UUID id, @PathVariable UUID petId, @RequestBody Version version);

    /** {@code PUT …/addresses}: both addresses (each null when none) and the record's version. */
    record AddressesUpdate(ClientRecord.Address billingAddress, ClientRecord.Address shippingAddress, long version) {}

    record ProfileUpdate(
            String firstName,
            String lastName,
            String displayName,
            String mobilePhone,
            String homePhone,
            String preferredLanguage,
            String bio,
            long version) {}

    record EmailUpdate(String email, long version) {}

    /** {@code twoFactor} null = unchanged (its state was unknown, the box was shown disabled). */
    record OptionsUpdate(boolean newsletter, boolean sms, Boolean twoFactor, long version) {}

    /** A pet as sent; {@code photoReference} is the documents service's, only carried back. */
    record PetDetails(
            String name,
            String species,
            String breed,
            String sex,
            LocalDate birthDate,
            BigDecimal weightKg,
            boolean neutered,
            String veterinarianName,
            String veterinarianPhone,
            String behaviourNotes,
            String medicalNotes,
            String photoReference) {}

    /** {@code PUT …/pets/{petId}}: the whole pet (same fields as a new one) and the version it was read at. */
    record PetUpdate(@JsonUnwrapped PetDetails pet, long version) {}

    record Version(long version) {}
}
