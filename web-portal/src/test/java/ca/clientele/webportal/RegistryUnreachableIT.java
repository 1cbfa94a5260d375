package ca.clientele.webportal;

import static ca.clientele.webportal.Pages.client;
import static ca.clientele.webportal.Pages.html;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Nothing listens where the registry should be: the client sees "temporarily unavailable". */
@SpringBootTest(properties = "clientele.services.registry=http://127.0.0.1:1")
@AutoConfigureMockMvc
class RegistryUnreachableIT {

    @Autowired
    MockMvc mvc;

    @Test
    void anUnreachableRegistryShowsTheUnavailablePage() throws Exception {
        Document page = html(mvc.perform(get("/").with(client()))
                .andExpect(status().isServiceUnavailable())
                .andReturn());

        assertThat(page.selectFirst("h1").text()).isEqualTo("Service temporairement indisponible");
        assertThat(page.body().text()).doesNotContain("Exception", "127.0.0.1");
    }
}
