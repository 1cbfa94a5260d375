package ca.clientele.document.file;

import java.util.List;

/** A page of results in the shape every Clientèle list API uses. */
record DocumentPage(List<DocumentView> content, PageMeta page) {

    record PageMeta(int number, int size, long totalElements, int totalPages) {

        static PageMeta of(int number, int size, long total) {
            return new PageMeta(number, size, total, (int) ((total + size - 1) / size));
        }
    }
}
