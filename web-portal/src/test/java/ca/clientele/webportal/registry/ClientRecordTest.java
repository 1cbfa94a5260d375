package ca.clientele.webportal.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ClientRecordTest {

    @Test
    void greetsByFirstNameAndFallsBackToTheDisplayName() {
        assertThat(record("Francis", "Marceau", "Francis Marceau").greetingName())
                .isEqualTo("Francis");
        assertThat(record(" ", "", "Pattes en santé").greetingName()).isEqualTo("Pattes en santé");
    }

    @Test
    void initialsAreTheFirstLettersOfTheNames() {
        assertThat(record("élise", "Béliveau", "Élise Béliveau").initials()).isEqualTo("ÉB");
        assertThat(record(null, null, "cynthia").initials()).isEqualTo("C");
    }

    @Test
    void theRecordHasNoPlaceForWhatOnlyStaffMaySee() {
        // Structural: whatever a (buggy) registry sends, these cannot be bound, so cannot be shown.
        assertThat(Arrays.stream(ClientRecord.class.getRecordComponents()).map(RecordComponent::getName))
                .doesNotContain("notes", "statusReason", "statusChangedBy", "statusChangedByName", "discount");
        assertThat(Arrays.stream(Pet.class.getRecordComponents()).map(RecordComponent::getName))
                .doesNotContain("notes", "staffNotes");
    }

    @Test
    void onlyAKnownTwoFactorStateMayBeChanged() {
        assertThat(new ClientRecord.Options(false, false, true, "PENDING").twoFactorKnown())
                .isTrue();
        assertThat(new ClientRecord.Options(false, false, false, "UNKNOWN").twoFactorKnown())
                .isFalse();
        // A registry that does not send the state yet: read from the flag.
        assertThat(new ClientRecord.Options(false, false, true, null).twoFactorStateOrDefault())
                .isEqualTo("ON");
    }

    private static ClientRecord record(String first, String last, String display) {
        return new ClientRecord(UUID.randomUUID(), first, last, display, "x@exemple.ca", "ACTIVE", Instant.now());
    }
}
