package ca.clientele.booking.branch;

/** Where a branch is. Postal code already normalised ({@link PostalCode}). */
record BranchAddress(String street, String city, String province, String postalCode) {}
