package ca.clientele.platform.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.clientele.platform.security.ResourceNotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Every failure a controller raises becomes the problem the platform promises, in fr or en. */
class ProblemDetailsAdviceTest {

    private final MockMvc mvc = mockMvc();

    @Test
    void invalidFieldsAnswer400WithOneErrorPerField() throws Exception {
        mvc.perform(post("/things")
                        .header("Accept-Language", "fr-CA")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Certains champs sont invalides."))
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
    }

    @Test
    void unreadableJsonAnswers400() throws Exception {
        mvc.perform(post("/things")
                        .header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Unreadable request"));
    }

    @Test
    void anUnknownResourceAnswers404() throws Exception {
        mvc.perform(get("/missing").header("Accept-Language", "fr"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("La ressource demandée n'existe pas."));
    }

    @Test
    void aStaleVersionAnswers409() throws Exception {
        mvc.perform(get("/stale").header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Conflicting change"));
    }

    @Test
    void aDomainRuleAnswers422InTheCallersLanguage() throws Exception {
        mvc.perform(get("/rule").header("Accept-Language", "fr-CA"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("Pas plus de 3 animaux par client."));
        mvc.perform(get("/rule").header("Accept-Language", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("No more than 3 pets per client."));
    }

    @Test
    void anythingElseAnswers500WithoutWhatWentWrongInside() throws Exception {
        mvc.perform(get("/boom").header("Accept-Language", "en"))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.detail").value("An unexpected error occurred. Please try again later."))
                .andExpect(content()
                        .string(allOf(
                                not(containsString("elodie@exemple.ca")),
                                not(containsString("IllegalStateException")),
                                not(containsString("trace")),
                                not(containsString("ca.clientele")))));
    }

    private static MockMvc mockMvc() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("test-i18n/messages", "i18n/platform");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
        validator.setValidationMessageSource(messages);
        validator.afterPropertiesSet();
        return MockMvcBuilders.standaloneSetup(new Things())
                .setControllerAdvice(new ProblemDetailsAdvice(messages))
                .setValidator(validator)
                .build();
    }

    record Thing(@NotBlank String name) {}

    @RestController
    static class Things {

        @PostMapping("/things")
        Thing create(@Valid @RequestBody Thing thing) {
            return thing;
        }

        @GetMapping("/missing")
        Thing missing() {
            throw new ResourceNotFoundException();
        }

        @GetMapping("/stale")
        Thing stale() {
            throw new OptimisticLockingFailureException("version 3 expected");
        }

        @GetMapping("/rule")
        Thing rule() {
            throw new DomainRuleException("rule.pet-limit", 3);
        }

        @GetMapping("/boom")
        Thing boom() {
            throw new IllegalStateException("no row for elodie@exemple.ca");
        }
    }
}
