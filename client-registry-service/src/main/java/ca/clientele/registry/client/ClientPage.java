package ca.clientele.registry.client;

import java.util.List;

/** A page of results in the shape every Clientèle list API uses. */
record ClientPage(List<ClientSummary> content, PageMeta page) {

    static ClientPage of(List<ClientSummary> content, int number, int size, long total) {
        return new ClientPage(content, PageMeta.of(number, size, total));
    }

    record PageMeta(int number, int size, long totalElements, int totalPages) {

        static PageMeta of(int number, int size, long total) {
            return new PageMeta(number, size, total, (int) ((total + size - 1) / size));
        }
    }
}
