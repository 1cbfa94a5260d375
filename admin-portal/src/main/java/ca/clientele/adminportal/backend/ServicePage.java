package ca.clientele.adminportal.backend;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** A page of results in the shape every Clientèle list API answers. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ServicePage<T>(List<T> content, PageMeta page) {

    public ServicePage {
        content = content == null ? List.of() : List.copyOf(content);
        page = page == null ? new PageMeta(0, content.size(), content.size(), 1) : page;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PageMeta(int number, int size, long totalElements, int totalPages) {

        public boolean hasPrevious() {
            return number > 0;
        }

        public boolean hasNext() {
            return number + 1 < totalPages;
        }
    }
}
