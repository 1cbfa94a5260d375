package ca.clientele.adminportal.web;

import java.util.List;

/** A page of results in the shape every Clientèle list API answers. */
public record ServicePage<T>(List<T> content, PageMeta page) {

    public ServicePage {
        content = content == null ? List.of() : List.copyOf(content);
        page = page == null ? new PageMeta(0, content.size(), content.size(), 1) : page;
    }

    public record PageMeta(int number, int size, long totalElements, int totalPages) {

        public boolean hasPrevious() {
            return number > 0;
        }

        public boolean hasNext() {
            return number + 1 < totalPages;
        }
    }
}
