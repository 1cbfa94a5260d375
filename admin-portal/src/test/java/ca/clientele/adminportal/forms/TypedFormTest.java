package ca.clientele.adminportal.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TypedFormTest {

    @Test
    void decimalsAreReadTheFrenchWayAndTheEnglishWay() {
        TypedForm typed = new TypedForm(Map.of("a", "45,5017", "b", " -73.5673 ", "c", "1 234,5", "d", ""));

        assertThat(typed.decimal("a")).isEqualByComparingTo(new BigDecimal("45.5017"));
        assertThat(typed.decimal("b")).isEqualByComparingTo(new BigDecimal("-73.5673"));
        assertThat(typed.decimal("c")).isEqualByComparingTo(new BigDecimal("1234.5"));
        assertThat(typed.decimal("d")).isNull();
        assertThat(typed.problems()).isEmpty();
    }

    @Test
    void whatIsNoNumberOrNoDateBecomesAProblemOfItsField() {
        TypedForm typed = new TypedForm(Map.of("weightKg", "lourd", "birthDate", "2021-02-30", "ok", "2021-02-28"));

        assertThat(typed.decimal("weightKg")).isNull();
        assertThat(typed.date("birthDate")).isNull();
        assertThat(typed.date("ok")).isEqualTo("2021-02-28");
        assertThat(typed.problems())
                .containsExactly(Map.entry("weightKg", "form.error.number"), Map.entry("birthDate", "form.error.date"));
    }

    @Test
    void blankTextIsNoValueAndAnUnreadableVersionIsAConflictToBe() {
        TypedForm typed = new TypedForm(Map.of("name", "  Moka ", "breed", "   ", "version", "trois"));

        assertThat(typed.texts("name", "breed", "missing"))
                .containsExactly(entry("name", "Moka"), entry("breed", null), entry("missing", null));
        assertThat(typed.version()).isEqualTo(-1);
        assertThat(new TypedForm(Map.of("version", " 7 ")).version()).isEqualTo(7);
    }

    @Test
    void checkboxesAndYesNoSelects() {
        TypedForm typed = new TypedForm(Map.of("sms", "true", "neutered", "false", "other", "peut-être"));

        assertThat(typed.checked("sms")).isTrue();
        assertThat(typed.checked("newsletter")).isFalse();
        assertThat(typed.yesNo("neutered")).isFalse();
        assertThat(typed.yesNo("other")).isNull();
        assertThat(typed.yesNo("missing")).isNull();
    }
}
