package ca.clientele.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

class LanguageTest {

    @Test
    void frenchUnlessEnglishIsChosenOrPreferred() {
        assertThat(Language.of(MockServerHttpRequest.get("/").build())).isEqualTo(Language.FR);
        assertThat(Language.of(MockServerHttpRequest.get("/?lang=en").build())).isEqualTo(Language.EN);
        assertThat(Language.of(MockServerHttpRequest.get("/")
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en-CA")
                        .build()))
                .isEqualTo(Language.EN);
        assertThat(Language.of(MockServerHttpRequest.get("/")
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "es-MX,fr;q=0.8,en;q=0.5")
                        .build()))
                .isEqualTo(Language.FR);
    }

    @Test
    void anExplicitChoiceBeatsTheBrowser() {
        assertThat(Language.of(MockServerHttpRequest.get("/")
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en-US")
                        .cookie(new HttpCookie(Language.PORTAL_COOKIE, "fr-CA"))
                        .build()))
                .isEqualTo(Language.FR);
        assertThat(Language.of(MockServerHttpRequest.get("/?lang=en")
                        .cookie(new HttpCookie(Language.PORTAL_COOKIE, "fr-CA"))
                        .build()))
                .isEqualTo(Language.EN);
    }

    @Test
    void anythingUnknownOrMalformedIsFrench() {
        assertThat(Language.of(MockServerHttpRequest.get("/?lang=<script>").build()))
                .isEqualTo(Language.FR);
        assertThat(Language.of(MockServerHttpRequest.get("/")
                        .header(HttpHeaders.ACCEPT_LANGUAGE, ";;q=abc,,")
                        .build()))
                .isEqualTo(Language.FR);
    }
}
