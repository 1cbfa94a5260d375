package ca.clientele.event.notification;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/** The Twilio adapter against WireMock answering as Twilio's Messages API does (no provider is reachable here). */
class TwilioSmsSenderTest {

    private static final String PATH = "/2010-04-01/Accounts/AC0123456789/Messages.json";

    private final WireMockServer twilio = new WireMockServer(options().dynamicPort());
    private TwilioSmsSender sender;

    @BeforeEach
    void start() {
        twilio.start();
        sender = new TwilioSmsSender(
                RestClient.builder(),
                new NotificationProperties.Twilio(twilio.baseUrl(), "AC0123456789", "secret-token", "+15145550000"));
    }

    @AfterEach
    void stop() {
        twilio.stop();
    }

    @Test
    void postsTheMessageFormEncodedWithBasicAuth() {
        twilio.stubFor(post(urlPathEqualTo(PATH))
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"sid\":\"SM123\",\"status\":\"queued\"}")));

        sender.send("+15145550199", "Rappel : votre rendez-vous du mardi 8 décembre 2026 à 16 h 30.");

        var request = twilio.findAll(postRequestedFor(urlPathEqualTo(PATH))).getFirst();
        assertThat(request.getHeader("Authorization")).startsWith("Basic ");
        assertThat(request.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(request.getBodyAsString()).contains("To=%2B15145550199", "From=%2B15145550000", "Body=Rappel");
        twilio.verify(postRequestedFor(urlPathEqualTo(PATH))
                .withBasicAuth(
                        new com.github.tomakehurst.wiremock.client.BasicCredentials("AC0123456789", "secret-token"))
                .withFormParam("To", equalTo("+15145550199")));
    }

    @Test
    void aRefusalIsAnException() {
        twilio.stubFor(post(urlPathEqualTo(PATH))
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"code\":21211,\"message\":\"Invalid 'To' Phone Number\",\"status\":400}")));

        assertThatThrownBy(() -> sender.send("+15145550199", "x")).isInstanceOf(RestClientException.class);
    }

    @Test
    void aMissingSettingStopsTheStart() {
        assertThatThrownBy(() -> new TwilioSmsSender(
                        RestClient.builder(),
                        new NotificationProperties.Twilio("https://api.twilio.com", null, null, null)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theLogShowsAMaskedNumber() {
        assertThat(SmsSender.mask("+15145550199")).isEqualTo("+1514•••••99");
        assertThat(SmsSender.mask(null)).isEqualTo("•••");
    }
}
