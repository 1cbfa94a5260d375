package ca.clientele.webportal.bookingservice;

import java.util.UUID;

/** A branch ("succursale") where in-store services are given, and whose staff go on home visits. */
public record Branch(UUID id, String code, String name, Address address, String timezone, boolean active) {

    /** Where the branch is; the postal code already normalised by the service. */
    public record Address(String street, String city, String province, String postalCode) {}
}
