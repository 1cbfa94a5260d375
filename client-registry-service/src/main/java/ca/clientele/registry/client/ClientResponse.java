package ca.clientele.registry.client;

/** A client record in the shape the caller may see: {@link StaffClientView} for staff, else {@link ClientView}. */
sealed interface ClientResponse permits ClientView, StaffClientView {

    static ClientResponse of(Client client, boolean staff) {
        return staff ? StaffClientView.of(client) : ClientView.of(client);
    }
}
