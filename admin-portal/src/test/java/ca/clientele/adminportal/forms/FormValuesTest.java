package ca.clientele.adminportal.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FormValuesTest {

    record Address(String city, String line2) {}

    record Pet(String name, BigDecimal weightKg, LocalDate birthDate, Boolean neutered, Address vet, long version) {}

    @Test
    void aRecordFillsTheInputsNamedByItsJsonPaths() {
        Pet pet =
                new Pet("Moka", new BigDecimal("4.20"), LocalDate.of(2021, 4, 2), false, new Address("Laval", null), 3);

        assertThat(FormValues.of(pet).map())
                .containsEntry("name", "Moka")
                .containsEntry("weightKg", "4.20")
                .containsEntry("birthDate", "2021-04-02")
                .containsEntry("neutered", "false")
                .containsEntry("vet.city", "Laval")
                .containsEntry("version", "3")
                .doesNotContainKey("vet.line2")
                .doesNotContainKey("vet");
    }

    @Test
    void decimalsAreWrittenPlainAndDefaultsOnlyFillWhatIsMissing() {
        FormValues values = FormValues.none()
                .put("percent", new BigDecimal("1E+1"))
                .put("none", null)
                .put("province", "ON")
                .orElse("province", "QC")
                .orElse("other", "QC");

        assertThat(values.map())
                .containsEntry("percent", "10")
                .containsEntry("none", null)
                .containsEntry("province", "ON")
                .containsEntry("other", "QC");
    }
}
