package ca.clientele.platform.events;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * A CloudEvents 1.0 envelope in JSON structured mode. {@code subject} is what the event is about;
 * it is also the Kafka record key, so that one subject's events stay in order.
 */
public record CloudEvent(
        String specversion,
        String id,
        String source,
        String type,
        String subject,
        OffsetDateTime time,
        String datacontenttype,
        Map<String, Object> data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String JSON = "application/json";
}
