package ca.clientele.booking.catalogue;

/**
 * In-process event: a service, branch (hours, closures) or staff profile (hours, services, area, time off, extra
 * hours) changed in this instance. Slot search forgets its recent copy of the catalogue when the change commits; other instances' copies
 * age out within {@code clientele.booking.catalogue-cache}.
 */
public record CatalogueChanged() {

    public static final CatalogueChanged INSTANCE = new CatalogueChanged();
}
