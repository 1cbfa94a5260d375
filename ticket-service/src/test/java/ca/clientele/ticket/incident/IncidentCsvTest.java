package ca.clientele.ticket.incident;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IncidentCsvTest {

    @Test
    void cellsAreQuotedOnlyWhenRfc4180AsksAndFormulaStartsAreDefused() {
        assertThat(IncidentCsv.cell("Courriel égaré")).isEqualTo("Courriel égaré");
        assertThat(IncidentCsv.cell("")).isEmpty();
        assertThat(IncidentCsv.cell("a, b")).isEqualTo("\"a, b\"");
        assertThat(IncidentCsv.cell("dit \"oups\"")).isEqualTo("\"dit \"\"oups\"\"\"");
        assertThat(IncidentCsv.cell("ligne 1\r\nligne 2")).isEqualTo("\"ligne 1\r\nligne 2\"");
        assertThat(IncidentCsv.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(IncidentCsv.cell("+33 1 23")).isEqualTo("'+33 1 23");
        assertThat(IncidentCsv.cell("-5")).isEqualTo("'-5");
        assertThat(IncidentCsv.cell("@cmd")).isEqualTo("'@cmd");
        assertThat(IncidentCsv.cell("\t=cmd")).isEqualTo("'\t=cmd");
        assertThat(IncidentCsv.cell("\r=cmd")).isEqualTo("\"'\r=cmd\"");
        assertThat(IncidentCsv.cell("=HYPERLINK(\"x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
        assertThat(IncidentCsv.cell("2026-04-02")).isEqualTo("2026-04-02");
    }
}
