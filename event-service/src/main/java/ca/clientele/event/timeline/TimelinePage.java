package ca.clientele.event.timeline;

import java.util.List;

/** A page of results in the shape every Clientèle list API uses. */
record TimelinePage(List<TimelineEntryView> content, PageMeta page) {

    record PageMeta(int number, int size, long totalElements, int totalPages) {}
}
