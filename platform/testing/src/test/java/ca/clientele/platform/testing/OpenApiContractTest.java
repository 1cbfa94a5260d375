package ca.clientele.platform.testing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import org.springframework.web.service.annotation.PutExchange;
import tools.jackson.databind.JsonNode;

class OpenApiContractTest {

    private final OpenApiContract contract =
            OpenApiContract.of(java.nio.file.Path.of("src/test/resources/openapi/fixture.openapi.json"));

    enum Language {
        fr,
        en
    }

    enum Status {
        ACTIVE,
        INACTIVE,
        SUSPENDED,
        BANNED
    }

    enum StatusWithoutBanned {
        ACTIVE,
        INACTIVE,
        SUSPENDED
    }

    enum LanguageWithGerman {
        fr,
        en,
        de
    }

    record Profile(String firstName, String lastName, String displayName, Language preferredLanguage, long version) {}

    record MinimalProfile(String firstName, String lastName, Long version) {}

    record Names(String firstName, String lastName) {}

    /** Jackson writes the names' components beside the version, not a "names" object. */
    record UnwrappedProfile(
            @com.fasterxml.jackson.annotation.JsonUnwrapped Names names, long version) {}

    record RenamedProfile(
            @JsonProperty("firstName") String given,
            String lastName,
            long version,
            @JsonIgnore String localOnly) {}

    record ProfileWithoutLastName(String firstName, long version) {}

    record ProfileWithExtra(String firstName, String lastName, long version, String nickname) {}

    record ProfileWithTextVersion(String firstName, String lastName, String version) {}

    record ProfileWithGerman(String firstName, String lastName, LanguageWithGerman preferredLanguage, long version) {}

    record Address(String line1, String city, String province, String postalCode) {}

    record AddressWithZip(String line1, String city, String zip) {}

    record Pet(UUID id, String name, BigDecimal weightKg, LocalDate birthDate) {}

    record PetWithIntegerWeight(UUID id, String name, int weightKg) {}

    record ClientView(
            UUID id,
            String firstName,
            Status status,
            Address billingAddress,
            Address shippingAddress,
            BigDecimal discountPercent,
            Instant createdAt,
            long version,
            List<Pet> pets,
            Map<String, String> labels,
            JsonNode data) {}

    record ClientSummary(UUID id, String firstName) {}

    record ClientWithNarrowVersion(UUID id, int version) {}

    record ClientWithOldStatus(UUID id, StatusWithoutBanned status) {}

    record ClientWithZip(UUID id, AddressWithZip billingAddress) {}

    record ClientWithZipShipping(UUID id, AddressWithZip shippingAddress) {}

    record ClientWithDateCreatedAt(UUID id, LocalDate createdAt) {}

    record ClientWithIntegerWeights(List<PetWithIntegerWeight> pets) {}

    record ClientWithNumberLabels(Map<String, Integer> labels) {}

    record ClientWithUnknown(UUID id, String loyaltyLevel) {}

    @HttpExchange("/api/clients")
    interface GoodClient {

        @GetExchange("/{clientId}")
        ClientView one(@PathVariable UUID clientId);

        @PutExchange("/{clientId}/profile")
        ResponseEntity<ClientSummary> changeProfile(@PathVariable UUID clientId, @RequestBody Profile body);

        @GetExchange("/{clientId}/pets")
        List<Pet> pets(@PathVariable UUID clientId, @RequestParam("includeArchived") boolean archivedToo);

        @PostExchange("/{clientId}/invitation")
        void invite(@PathVariable UUID clientId);

        default String notAnExchange() {
            return "ignored";
        }
    }

    interface DocumentsClient {

        @GetExchange("/api/documents?clientId={clientId}")
        List<Pet> documents(@PathVariable UUID clientId, @RequestParam int page);
    }

    interface BadClient {

        @GetExchange("/api/clients/{id}/pet")
        Pet typo(@PathVariable UUID id);

        @PutExchange("/api/clients/{id}/profile")
        ClientView withoutBody(@PathVariable UUID id);

        @GetExchange("/api/clients/{id}/pets")
        List<PetWithIntegerWeight> pets(@PathVariable UUID id, @RequestParam("archived") boolean archived);

        @GetExchange("/api/documents")
        List<Pet> documents();

        @PostExchange("/api/clients/{id}/invitation")
        ClientSummary invite(@PathVariable UUID id);
    }

    @Test
    void anHttpInterfaceWhoseCallsAllExistWithMatchingBodiesPasses() {
        assertThatCode(() -> contract.assertHttpInterface(DocumentsClient.class))
                .doesNotThrowAnyException();
    }

    @Test
    void anHttpInterfaceNamesEachCallThatDoesNotMatch() {
        assertThatThrownBy(() -> contract.assertHttpInterface(BadClient.class))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("BadClient.typo (GET /api/clients/{id}/pet): no such operation")
                .hasMessageContaining("BadClient.withoutBody (PUT /api/clients/{id}/profile): sends no body but the"
                        + " operation requires one")
                .hasMessageContaining("BadClient.pets (GET /api/clients/{id}/pets): query parameter 'archived' is not"
                        + " one of [includeArchived]")
                .hasMessageContaining("BadClient.pets (GET /api/clients/{id}/pets): List[].weightKg: Java int (integer)"
                        + " but the schema says number")
                .hasMessageContaining("BadClient.documents (GET /api/documents): required query parameter 'clientId'"
                        + " is never sent")
                .hasMessageContaining(
                        "BadClient.invite (POST /api/clients/{id}/invitation): reads ClientSummary but the"
                                + " operation answers no body");
    }

    @Test
    void aRequestRecordWithEveryRequiredPropertyAndCompatibleTypesPasses() {
        assertThatCode(() -> contract.assertRequestRecord(Profile.class, "ProfileUpdate"))
                .doesNotThrowAnyException();
        assertThatCode(() -> contract.assertRequestRecord(MinimalProfile.class, "ProfileUpdate"))
                .doesNotThrowAnyException();
        assertThatCode(() -> contract.assertRequestBody(Profile.class, "PUT", "/api/clients/{id}/profile"))
                .doesNotThrowAnyException();
    }

    @Test
    void anUnwrappedRecordContributesItsComponents() {
        assertThatCode(() -> contract.assertRequestRecord(UnwrappedProfile.class, "ProfileUpdate"))
                .doesNotThrowAnyException();
    }

    @Test
    void jsonPropertyNamesCountAndIgnoredComponentsDoNot() {
        assertThatCode(() -> contract.assertRequestRecord(RenamedProfile.class, "ProfileUpdate"))
                .doesNotThrowAnyException();
    }

    @Test
    void aRequestRecordMissingARequiredPropertyFails() {
        assertThatThrownBy(() -> contract.assertRequestRecord(ProfileWithoutLastName.class, "ProfileUpdate"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ProfileWithoutLastName.lastName: required by the schema");
    }

    @Test
    void aComponentTheSchemaDoesNotKnowFailsBothWays() {
        assertThatThrownBy(() -> contract.assertRequestRecord(ProfileWithExtra.class, "ProfileUpdate"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ProfileWithExtra.nickname: not a property of the schema");
        assertThatThrownBy(() -> contract.assertResponseRecord(ClientWithUnknown.class, "Client"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ClientWithUnknown.loyaltyLevel: not a property of the schema");
    }

    @Test
    void anIncompatibleJsonTypeFails() {
        assertThatThrownBy(() -> contract.assertRequestRecord(ProfileWithTextVersion.class, "ProfileUpdate"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(
                        "ProfileWithTextVersion.version: Java String (string) but the schema says integer");
    }

    @Test
    void aRequestEnumMayNotSendAValueTheServiceRejects() {
        assertThatThrownBy(() -> contract.assertRequestRecord(ProfileWithGerman.class, "ProfileUpdate"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("preferredLanguage: the service does not accept [de]");
    }

    @Test
    void aResponseRecordMayLeaveOutPropertiesAndReadsNestedRecordsListsMapsAndNullableRefs() {
        assertThatCode(() -> contract.assertResponseRecord(ClientView.class, "Client"))
                .doesNotThrowAnyException();
        assertThatCode(() -> contract.assertResponseRecord(ClientSummary.class, "Client"))
                .doesNotThrowAnyException();
        assertThatCode(() -> contract.assertResponseBody(ClientView.class, "GET", "/api/clients/{id}"))
                .doesNotThrowAnyException();
    }

    @Test
    void aResponseEnumMustKnowEveryValueTheServiceMaySend() {
        assertThatThrownBy(() -> contract.assertResponseRecord(ClientWithOldStatus.class, "Client"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ClientWithOldStatus.status: StatusWithoutBanned cannot read [BANNED]");
    }

    @Test
    void aResponseIntMayNotReadAnInt64() {
        assertThatThrownBy(() -> contract.assertResponseRecord(ClientWithNarrowVersion.class, "Client"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ClientWithNarrowVersion.version: Java int cannot hold the schema's int64");
    }

    @Test
    void nestedRecordsAreCheckedWithTheirPath() {
        assertThatThrownBy(() -> contract.assertResponseRecord(ClientWithZip.class, "Client"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ClientWithZip.billingAddress.zip: not a property of the schema");
    }

    @Test
    void aOneOfThatNothingFitsNamesTheClosestAlternative() {
        assertThatThrownBy(() -> contract.assertResponseRecord(ClientWithZipShipping.class, "Client"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ClientWithZipShipping.shippingAddress: fits none of the schema's 1 alternatives")
                .hasMessageContaining("ClientWithZipShipping.shippingAddress.zip: not a property of the schema");
    }

    @Test
    void aDateIsNotADateTime() {
        assertThatThrownBy(() -> contract.assertResponseRecord(ClientWithDateCreatedAt.class, "Client"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("createdAt: Java LocalDate (format date) but the schema's format is date-time");
    }

    @Test
    void listItemsAndMapValuesAreChecked() {
        assertThatThrownBy(() -> contract.assertResponseRecord(ClientWithIntegerWeights.class, "Client"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(
                        "ClientWithIntegerWeights.pets[].weightKg: Java int (integer) but the schema says number");
        assertThatThrownBy(() -> contract.assertResponseRecord(ClientWithNumberLabels.class, "Client"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(
                        "ClientWithNumberLabels.labels{}: Java Integer (integer) but the schema says string");
    }

    @Test
    void anArrayAnswerIsCheckedAgainstItsItemsWithAllOfMerged() {
        assertThatCode(() -> contract.assertResponseBody(Pet.class, "GET", "/api/clients/{id}/pets"))
                .doesNotThrowAnyException();
        assertThatThrownBy(
                        () -> contract.assertResponseBody(PetWithIntegerWeight.class, "GET", "/api/clients/{id}/pets"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("PetWithIntegerWeight.weightKg");
    }

    @Test
    void everyMismatchIsReportedAtOnce() {
        record Everything(String firstName, String version, String nickname) {}
        assertThatThrownBy(() -> contract.assertRequestRecord(Everything.class, "ProfileUpdate"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContainingAll("Everything.version", "Everything.nickname", "Everything.lastName");
    }

    @Test
    void unknownSchemasOperationsAndBodilessAnswersSayWhatExists() {
        assertThatThrownBy(() -> contract.assertRequestRecord(Profile.class, "ProfileChange"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("No schema 'ProfileChange'")
                .hasMessageContaining("ProfileUpdate");
        assertThatThrownBy(() -> contract.assertRequestBody(Profile.class, "POST", "/api/clients/{id}/profile"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("No operation POST /api/clients/{id}/profile");
        assertThatThrownBy(() -> contract.assertResponseBody(Profile.class, "POST", "/api/clients/{id}/invitation"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("no 2xx response with a body");
    }

    @Test
    void aServiceWithoutACommittedDocumentIsNamed() {
        assertThatThrownBy(() -> OpenApiContract.load("no-such-service"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("docs/api/no-such-service.openapi.json");
    }
}
