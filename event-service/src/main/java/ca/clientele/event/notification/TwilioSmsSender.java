package ca.clientele.event.notification;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * Twilio's Messages API: {@code POST /2010-04-01/Accounts/{sid}/Messages.json}, form-encoded {@code To}, {@code From},
 * {@code Body}, HTTP basic auth with the account SID and auth token. Turned on by
 * {@code clientele.notifications.sms.provider=twilio}; nothing here reaches Twilio (tests use WireMock).
 */
class TwilioSmsSender implements SmsSender {

    private final RestClient twilio;
    private final NotificationProperties.Twilio settings;

    TwilioSmsSender(RestClient.Builder builder, NotificationProperties.Twilio settings) {
        if (isBlank(settings.accountSid()) || isBlank(settings.authToken()) || isBlank(settings.from())) {
            throw new IllegalStateException("clientele.notifications.sms.provider=twilio needs"
                    + " clientele.notifications.sms.twilio.account-sid, auth-token and from");
        }
        this.settings = settings;
        this.twilio = builder.clone()
                .baseUrl(settings.baseUrl())
                .defaultHeaders(headers -> headers.setBasicAuth(settings.accountSid(), settings.authToken()))
                .build();
    }

    @Override
    public void send(String phoneE164, String text) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("To", phoneE164);
        form.add("From", settings.from());
        form.add("Body", text);
        twilio.post()
                .uri("/2010-04-01/Accounts/{sid}/Messages.json", settings.accountSid())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .header(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
                .body(form)
                .retrieve()
                .toBodilessEntity();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
