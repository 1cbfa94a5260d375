package ca.clientele.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class ProblemsTest {

    @Test
    void writesAnRfc9457DocumentWithEscapedText() {
        assertThat(Problems.json(HttpStatus.UNAUTHORIZED, "Accès \"refusé\"", "ligne 1\nligne 2 \\ fin"))
                .isEqualTo("{\"type\":\"about:blank\",\"title\":\"Accès \\\"refusé\\\"\",\"status\":401,"
                        + "\"detail\":\"ligne 1\\nligne 2 \\\\ fin\"}");
    }
}
