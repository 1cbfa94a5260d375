package ca.clientele.webportal.account;

import static ca.clientele.webportal.account.FormState.blankToNull;

import ca.clientele.webportal.account.Field.Kind;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The forms of Détails du compte that change the client's record: each sends its own part with the
 * record's version and gets the whole record back. Input names are the contract's JSON names, so a
 * problem's {@code field} lands next to its input.
 */
enum RecordForm {
    PROFILE(
            "profil",
            List.of(
                    Field.of("bio", Kind.TEXTAREA).max(2000),
                    Field.mandatory("firstName", Kind.TEXT),
                    Field.mandatory("lastName", Kind.TEXT),
                    Field.mandatory("displayName", Kind.TEXT),
                    Field.of("mobilePhone", Kind.TEL),
                    Field.of("homePhone", Kind.TEL),
                    Field.select("preferredLanguage", List.of("fr", "en"), "language."))) {

        @Override
        Map<String, String> values(ClientRecord client) {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("bio", client.bio());
            values.put("firstName", client.firstName());
            values.put("lastName", client.lastName());
            values.put("displayName", client.displayName());
            values.put("mobilePhone", client.mobilePhone());
            values.put("homePhone", client.homePhone());
            // French first, as everything else, until the client says otherwise.
            values.put("preferredLanguage", client.preferredLanguage() == null ? "fr" : client.preferredLanguage());
            return withVersion(values, client);
        }

        /** {@code {firstName, lastName, displayName, mobilePhone, homePhone, preferredLanguage, bio, version}}. */
        @Override
        Map<String, Object> body(Map<String, String> typed) {
            Map<String, Object> body = new LinkedHashMap<>();
            for (String field :
                    List.of("firstName", "lastName", "displayName", "mobilePhone", "homePhone", "preferredLanguage")) {
                body.put(field, blankToNull(typed.get(field)));
            }
            // The bio keeps its inner line breaks; only a blank one means "none".
            String bio = typed.get("bio");
            body.put("bio", bio == null || bio.isBlank() ? null : bio.strip());
            body.put("version", Forms.version(typed));
            return body;
        }

        @Override
        ClientRecord save(RegistryClient registry, UUID clientId, Map<String, Object> body) {
            return registry.saveProfile(clientId, body);
        }
    },

    EMAIL("courriel", List.of(Field.mandatory("email", Kind.EMAIL))) {

        @Override
        Map<String, String> values(ClientRecord client) {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("email", client.email());
            return withVersion(values, client);
        }

        /** {@code {email, version}}. */
        @Override
        Map<String, Object> body(Map<String, String> typed) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("email", blankToNull(typed.get("email")));
            body.put("version", Forms.version(typed));
            return body;
        }

        @Override
        ClientRecord save(RegistryClient registry, UUID clientId, Map<String, Object> body) {
            return registry.saveEmail(clientId, body);
        }
    },

    OPTIONS(
            "options",
            List.of(
                    Field.of("newsletter", Kind.CHECKBOX),
                    Field.of("sms", Kind.CHECKBOX),
                    Field.of("twoFactor", Kind.CHECKBOX))) {

        @Override
        Map<String, String> values(ClientRecord client) {
            ClientRecord.Options options = client.optionsOrDefault();
            Map<String, String> values = new LinkedHashMap<>();
            values.put("newsletter", Boolean.toString(options.newsletter()));
            values.put("sms", Boolean.toString(options.sms()));
            values.put("twoFactor", Boolean.toString(options.twoFactor()));
            return withVersion(values, client);
        }

        /**
         * {@code {newsletter, sms, twoFactor, version}}. An unchecked box is not posted, so absent
         * means off; but two-factor is null (unchanged) when its state was unknown and the box was
         * shown disabled: sending false then would remove the client's authenticator unseen.
         */
        @Override
        Map<String, Object> body(Map<String, String> typed) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("newsletter", "true".equals(typed.get("newsletter")));
            body.put("sms", "true".equals(typed.get("sms")));
            body.put(
                    "twoFactor",
                    "true".equals(typed.get(TWO_FACTOR_SHOWN)) ? "true".equals(typed.get("twoFactor")) : null);
            body.put("version", Forms.version(typed));
            return body;
        }

        @Override
        ClientRecord save(RegistryClient registry, UUID clientId, Map<String, Object> body) {
            return registry.saveOptions(clientId, body);
        }
    };

    /** The hidden input that says the two-factor box was shown enabled, so its state is meant. */
    static final String TWO_FACTOR_SHOWN = "twoFactorShown";

    private final String path;
    private final List<Field> fields;

    RecordForm(String path, List<Field> fields) {
        this.path = path;
        this.fields = fields;
    }

    /** The form posted to {@code /compte/<path>}. */
    static Optional<RecordForm> at(String path) {
        return Arrays.stream(values()).filter(form -> form.path.equals(path)).findFirst();
    }

    /** {@code profileForm}: the model attribute holding this form's {@link FormState}. */
    String attribute() {
        return key() + "Form";
    }

    /** {@code profile-form}: the fragment of {@code account.html} an htmx save answers with. */
    String fragment() {
        return key() + "-form";
    }

    /** {@code profileFields}: the model attribute listing the inputs the page renders. */
    String fieldsAttribute() {
        return key() + "Fields";
    }

    List<Field> fields() {
        return fields;
    }

    List<String> fieldNames() {
        return Field.names(fields);
    }

    private String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** What the form shows for the stored record. */
    abstract Map<String, String> values(ClientRecord client);

    /** The JSON body of the contract, from what was typed. */
    abstract Map<String, Object> body(Map<String, String> typed);

    abstract ClientRecord save(RegistryClient registry, UUID clientId, Map<String, Object> body);

    private static Map<String, String> withVersion(Map<String, String> values, ClientRecord client) {
        values.put("version", client.version() == null ? "" : client.version().toString());
        return values;
    }
}
