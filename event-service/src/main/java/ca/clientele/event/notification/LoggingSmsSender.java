package ca.clientele.event.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default SMS adapter: no provider is configured, so the message is only logged, the number masked and the text
 * reduced to its length (it may name a date, never a person, but the log is no place for it).
 */
class LoggingSmsSender implements SmsSender {

    private static final Logger log = LoggerFactory.getLogger(LoggingSmsSender.class);

    @Override
    public void send(String phoneE164, String text) {
        log.info("SMS (no provider configured) to {}: {} characters", SmsSender.mask(phoneE164), text.length());
    }
}
