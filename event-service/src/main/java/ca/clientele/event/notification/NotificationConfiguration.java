package ca.clientele.event.notification;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.web.client.RestClient;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableMethodSecurity
@EnableConfigurationProperties({NotificationProperties.class, BusinessIdentity.class})
class NotificationConfiguration {

    /** {@code log} (default) or {@code twilio}. */
    @Bean
    SmsSender smsSender(NotificationProperties properties) {
        return switch (properties.sms().provider()) {
            case "twilio" ->
                new TwilioSmsSender(RestClient.builder(), properties.sms().twilio());
            case "log" -> new LoggingSmsSender();
            default ->
                throw new IllegalStateException("clientele.notifications.sms.provider: log or twilio, not "
                        + properties.sms().provider());
        };
    }
}
