package ca.clientele.booking.branch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PostalCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"H2J 2L3", "h2j2l3", " H2J-2L3 ", "h2j  2l3"})
    void anyReasonableTypingIsNormalisedToCanadaPostsForm(String typed) {
        assertThat(new PostalCode(typed).value()).isEqualTo("H2J 2L3");
        assertThat(PostalCode.isValid(typed)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "H2J 2L", "12345", "H2J 2L3X", "D2J 2L3", "W1A 1A1", "H2O 2L3", "H2J 2U3", "90210"})
    void codesCanadaPostNeverIssuesAreRefused(String typed) {
        assertThat(PostalCode.isValid(typed)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> new PostalCode(typed));
    }
}
