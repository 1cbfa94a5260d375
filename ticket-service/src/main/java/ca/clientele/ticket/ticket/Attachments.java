package ca.clientele.ticket.ticket;

import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A message's attachments as the one JSON value stored (encrypted) with it. */
@Component
class Attachments {

    private static final TypeReference<List<Attachment>> LIST = new TypeReference<>() {};

    private final JsonMapper json;

    Attachments(JsonMapper json) {
        this.json = json;
    }

    String write(List<Attachment> attachments) {
        return attachments == null || attachments.isEmpty() ? null : json.writeValueAsString(attachments);
    }

    List<Attachment> read(String stored) {
        return stored == null ? List.of() : json.readValue(stored, LIST);
    }
}
