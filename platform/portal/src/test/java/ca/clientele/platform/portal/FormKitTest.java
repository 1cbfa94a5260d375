package ca.clientele.platform.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The kit's way of doing a form, end to end in MVC: a record bound with {@code @Valid
 * @ModelAttribute}, {@link ServiceForms} putting a service's refusal into its BindingResult, and
 * the {@code kit/form} fragments showing values, errors and outcome in the user's language.
 */
@SpringBootTest(classes = FormKitTest.KitApplication.class, properties = "clientele.portal.required-roles=ROLE_client")
@AutoConfigureMockMvc
class FormKitTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aStoredFormIsShownAsQuebecWritesIt() throws Exception {
        Document page = page(get("/pet"), 200);

        assertThat(input(page, "weightKg").val()).isEqualTo("4,5");
        assertThat(input(page, "weightKg").attr("inputmode")).isEqualTo("decimal");
        assertThat(input(page, "birthDate").val()).isEqualTo("2020-05-31");
        assertThat(input(page, "neutered").hasAttr("checked")).isTrue();
        assertThat(page.selectFirst("select[name=address.province] option[selected]")
                        .text())
                .isEqualTo("Québec");
        assertThat(page.getElementById("phone").text()).isEqualTo("514 555-0123");
        // A no-break space: the price never wraps.
        assertThat(page.getElementById("money").wholeText()).isEqualTo("35,00\u00A0$");
    }

    @Test
    void aRichTextFieldIsItsTextareaInsideTheEditorsWrapperWithToolbarLabelsInTheUsersLanguage() throws Exception {
        Document french = page(get("/pet"), 200);
        Element wrapper = french.selectFirst("[data-rich-editor]");

        assertThat(wrapper.attr("data-label-bold")).isEqualTo("Gras");
        assertThat(wrapper.attr("data-label-numbers")).isEqualTo("Liste numérotée");
        // The textarea is the field: without JavaScript the form still sends the message.
        Element textarea = wrapper.selectFirst("textarea[name=notes]");
        assertThat(textarea.val()).isEqualTo("<p>Gentil <b>chat</b></p>");
        assertThat(textarea.attr("aria-describedby")).isEqualTo("notes-hint");
        assertThat(wrapper.selectFirst("label[for=notes]").text()).isEqualTo("Notes");

        Document english = page(get("/pet").param("lang", "en"), 200);
        assertThat(english.selectFirst("[data-rich-editor]").attr("data-label-underline"))
                .isEqualTo("Underline");
    }

    @Test
    void aSavedFormSaysSoAndTextIsBoundWithoutItsOuterSpaces() throws Exception {
        Document page = page(post("/pet").param("answer", "ok").params(typed("  Biscuit II \n", "4.5")), 200);

        assertThat(input(page, "name").val()).isEqualTo("Biscuit II");

        assertThat(page.select("[data-testid=saved-message]").text())
                .isEqualTo("Vos modifications ont été enregistrées.");
        assertThat(page.select("[data-testid=field-error]")).isEmpty();
    }

    @Test
    void whatThePortalCannotReadStaysTypedWithItsMessageNextToItAndTheServiceIsNotCalled() throws Exception {
        Document page = page(post("/pet").param("answer", "down").params(typed("quatre")), 400);

        assertThat(input(page, "weightKg").val()).isEqualTo("quatre");
        assertThat(error(page, "weightKg")).isEqualTo("Entrez un nombre, par exemple 4,5.");
        assertThat(input(page, "weightKg").attr("aria-describedby")).isEqualTo("weightKg-error");
        assertThat(input(page, "name").val()).isEqualTo("Biscuit II");
        assertThat(page.select("[data-testid=form-errors]")).hasSize(1);
        assertThat(page.select("[data-testid=unavailable-message]")).isEmpty();
    }

    @Test
    void beanValidationMessagesAreShownNextToTheirField() throws Exception {
        Document page = page(post("/pet").param("answer", "down").params(typed(" ", "4,5")), 400);

        assertThat(error(page, "name")).isEqualTo("Ce champ est obligatoire.");
        assertThat(page.select("[data-testid=unavailable-message]")).isEmpty();
    }

    @Test
    void bindingMessagesFollowTheLanguage() throws Exception {
        Document page =
                page(post("/pet").param("lang", "en").param("answer", "ok").params(typed("four")), 400);

        assertThat(error(page, "weightKg")).isEqualTo("Enter a number, for example 4.5.");
    }

    @Test
    void aServiceFieldMessageLandsOnItsFieldAndAnUnknownFieldBecomesAFormMessage() throws Exception {
        Document page = page(post("/pet").param("answer", "invalid").params(typed("4,5")), 400);

        assertThat(error(page, "address.postalCode")).isEqualTo("Code postal invalide");
        assertThat(input(page, "address.postalCode").val()).isEqualTo("H2X 1K4");
        assertThat(page.select("[data-testid=form-errors] li[data-testid=field-error]")
                        .text())
                .isEqualTo("Message sans champ");
        assertThat(input(page, "weightKg").val()).isEqualTo("4,5");
    }

    @Test
    void aConflictIsAFormNoticeAndKeepsWhatWasTyped() throws Exception {
        Document page = page(post("/pet").param("answer", "conflict").params(typed("4,5")), 409);

        assertThat(page.select("[data-testid=conflict-message]").text())
                .startsWith("Ces informations ont été modifiées ailleurs");
        assertThat(page.select("[data-testid=form-errors]")).isEmpty();
        assertThat(input(page, "name").val()).isEqualTo("Biscuit II");
    }

    @Test
    void aConflictNamingAFieldIsShownNextToIt() throws Exception {
        Document page = page(post("/pet").param("answer", "taken").params(typed("4,5")), 409);

        assertThat(error(page, "name")).isEqualTo("Ce nom est déjà pris.");
        assertThat(page.select("[data-testid=conflict-message]")).isEmpty();
    }

    @Test
    void anUnavailableServiceIsAFormNoticeAndKeepsWhatWasTyped() throws Exception {
        Document page = page(post("/pet").param("answer", "down").params(typed("4,5")), 503);

        assertThat(page.select("[data-testid=unavailable-message]").text())
                .startsWith("Le service ne répond pas pour le moment");
        assertThat(input(page, "name").val()).isEqualTo("Biscuit II");
    }

    @Test
    void anUncheckedBoxBindsAsFalse() throws Exception {
        MultiValueMap<String, String> unchecked = typed("4,5");
        unchecked.remove("neutered");

        Document page = page(post("/pet").param("answer", "ok").params(unchecked), 200);

        assertThat(input(page, "neutered").hasAttr("checked")).isFalse();
    }

    @Test
    void aRecordThatIsNotTheUsersIsTheNotFoundPage() throws Exception {
        Document page = page(post("/pet").param("answer", "gone").params(typed("4,5")), 404);

        assertThat(page.selectFirst("[data-testid=error]").attr("data-status")).isEqualTo("404");
    }

    private Document page(MockHttpServletRequestBuilder request, int status) throws Exception {
        String html = mvc.perform(request.with(jwt().authorities(new SimpleGrantedAuthority("ROLE_client"))))
                .andExpect(status().is(status))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html);
    }

    private static MultiValueMap<String, String> typed(String weight) {
        return typed("Biscuit II", weight);
    }

    /** The form as a browser posts it; {@code _neutered} is th:field's marker for the checkbox. */
    private static MultiValueMap<String, String> typed(String name, String weight) {
        MultiValueMap<String, String> typed = new LinkedMultiValueMap<>();
        typed.add("name", name);
        typed.add("weightKg", weight);
        typed.add("birthDate", "2020-05-31");
        typed.add("neutered", "true");
        typed.add("_neutered", "on");
        typed.add("address.province", "QC");
        typed.add("address.postalCode", "H2X 1K4");
        return typed;
    }

    private static Element input(Document page, String name) {
        Element input = page.selectFirst("[name=" + name + "]");
        assertThat(input).as("input %s", name).isNotNull();
        return input;
    }

    private static String error(Document page, String name) {
        Element error = page.getElementById(name.replace('.', '-') + "-error");
        assertThat(error).as("error of %s", name).isNotNull();
        return error.text();
    }

    record Address(String province, String postalCode) {}

    record PetForm(
            @NotBlank String name,
            BigDecimal weightKg,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate,
            boolean neutered,
            Address address,
            String notes) {}

    @Controller
    static class PetController {

        @GetMapping("/pet")
        String show(Model model) {
            model.addAttribute(
                    "petForm",
                    new PetForm(
                            "Biscuit",
                            new BigDecimal("4.50"),
                            LocalDate.of(2020, 5, 31),
                            true,
                            new Address("QC", "H2X 1K4"),
                            "<p>Gentil <b>chat</b></p>"));
            return "kit-test";
        }

        @PostMapping("/pet")
        String save(
                @Valid @ModelAttribute("petForm") PetForm form,
                BindingResult result,
                @RequestParam String answer,
                Model model) {
            Optional<PetForm> saved = ServiceForms.submit(result, () -> service(answer, form));
            model.addAttribute("saved", saved.isPresent());
            return "kit-test";
        }

        /** What a registry answers, by the test's choice. */
        private static PetForm service(String answer, PetForm form) {
            return switch (answer) {
                case "ok" -> form;
                case "invalid" ->
                    throw new ServiceRejectedException(
                            "registry",
                            400,
                            "Données invalides",
                            List.of(
                                    new FieldMessage("address.postalCode", "Code postal invalide"),
                                    new FieldMessage("color", "Message sans champ")));
                case "conflict" -> throw new ServiceConflictException("registry", "Version périmée", List.of());
                case "taken" ->
                    throw new ServiceConflictException(
                            "registry", "Nom pris", List.of(new FieldMessage("name", "Ce nom est déjà pris.")));
                case "down" -> throw new ServiceUnavailableException("registry answered 503");
                case "gone" -> throw new ServiceNotFoundException("registry");
                default -> throw new IllegalArgumentException(answer);
            };
        }
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(PetController.class)
    static class KitApplication {}
}
