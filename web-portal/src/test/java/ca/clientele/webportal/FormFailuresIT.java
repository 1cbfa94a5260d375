package ca.clientele.webportal;

import static ca.clientele.webportal.AccountFixtures.BISCUIT;
import static ca.clientele.webportal.AccountFixtures.BISCUIT_ID;
import static ca.clientele.webportal.AccountFixtures.RECORD;
import static ca.clientele.webportal.AccountFixtures.accountPage;
import static ca.clientele.webportal.Pages.FRANCIS_ID;
import static ca.clientele.webportal.Pages.testId;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpStatus;

/**
 * Every form of the account area, when its save fails for a reason that is not the client's input:
 * someone saved in between (409), or the registry or Keycloak behind it does not answer (503). The
 * form stays, says so in the client's language, and keeps what was typed.
 */
class FormFailuresIT extends PortalIntegration {

    @BeforeEach
    void reset() {
        accountPage(backend, RECORD, "[" + BISCUIT + "]");
    }

    /** Portal form, registry call, and one input with a typed value. */
    private static final List<List<String>> FORMS = List.of(
            List.of("/adresses", "PUT", "/addresses", "billingAddress.line1", "5 rue Ontario"),
            List.of("/compte/profil", "PUT", "/profile", "lastName", "Marceau-Tremblay"),
            List.of("/compte/courriel", "PUT", "/email", "email", "francis@nouveau.ca"),
            List.of("/compte/options", "PUT", "/options", "sms", "true"),
            List.of("/compte/animaux", "POST", "/pets", "name", "Pistache"),
            List.of("/compte/animaux/{pet}", "PUT", "/pets/{pet}", "name", "Biscotte"),
            List.of("/compte/animaux/{pet}/archiver", "POST", "/pets/{pet}/archive", "version", "2"));

    /** Each form with each failure, in French or English in turn. */
    static Stream<Arguments> failures() {
        return Stream.of(409, 503)
                .flatMap(failure -> IntStream.range(0, FORMS.size()).mapToObj(i -> {
                    List<String> form = FORMS.get(i);
                    String lang = (i + failure) % 2 == 0 ? "fr" : "en";
                    return Arguments.of(form.get(0), form.get(1), form.get(2), form.get(3), form.get(4), failure, lang);
                }));
    }

    @ParameterizedTest(name = "{0} {5} {6}")
    @MethodSource("failures")
    void theFormSaysWhatHappenedAndKeepsWhatWasTyped(
            String form, String method, String call, String field, String typed, int failure, String lang)
            throws Exception {
        backend.reply(method, "/api/clients/" + FRANCIS_ID + call.replace("{pet}", BISCUIT_ID), failure, """
                {"title":"Échec","status":%d,"detail":"Quelqu'un d'autre a modifié cette fiche entre-temps."}
                """.formatted(
                        failure));

        Document answer = page(
                htmxPost(form.replace("{pet}", BISCUIT_ID))
                        .param("lang", lang)
                        .param(field, typed)
                        .param("version", "2"),
                HttpStatus.valueOf(failure));

        Element notice = testId(answer, failure == 409 ? "conflict-message" : "unavailable-message");
        assertThat(notice.attr("role")).isEqualTo("alert");
        assertThat(notice.text())
                .startsWith(
                        switch (failure + lang) {
                            case "409fr" -> "Ces informations ont été modifiées ailleurs pendant que vous les éditiez";
                            case "409en" -> "This information was changed elsewhere while you were editing it";
                            case "503fr" -> "Le service ne répond pas pour le moment : rien n'a été enregistré.";
                            default -> "The service is not answering right now: nothing was saved.";
                        });
        Element failed = notice.closest("form");
        assertThat(failed).isNotNull();
        if (!field.equals("version")) {
            Element input = failed.selectFirst("[name=" + field + "]");
            assertThat(input.attr("type").equals("checkbox") ? String.valueOf(input.hasAttr("checked")) : input.val())
                    .isEqualTo(typed);
        }
        // The answer replaces the form (or the pets section), not the page.
        assertThat(answer.select("[data-testid=sidebar]")).isEmpty();
    }
}
