package ca.clientele.adminportal.clients;

import ca.clientele.adminportal.forms.FormSpec;
import ca.clientele.adminportal.forms.FormValues;
import ca.clientele.adminportal.forms.Notice;
import ca.clientele.adminportal.forms.TypedForm;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The edit forms of the client page, one per write of the registry contract
 * ({@code PUT /api/clients/{id}/<path>}); each sends the record {@code version} it was shown with.
 * The constant's lower-case name is the path, the template fragment and the data-testid prefix.
 * Inputs show the record's own JSON paths; a form adds only the values read under another name.
 */
enum ClientForm implements FormSpec<ClientDetails> {
    PROFILE(List.of("firstName", "lastName", "displayName", "mobilePhone", "homePhone", "preferredLanguage", "bio")) {
        @Override
        Map<String, Object> fields(TypedForm typed) {
            return typed.texts(fields().toArray(String[]::new));
        }
    },

    /** Keycloak's e-mail changes too, unverified, and Keycloak asks the client to verify it. */
    EMAIL(List.of("email")) {
        @Override
        Map<String, Object> fields(TypedForm typed) {
            return typed.texts("email");
        }

        @Override
        public String conflictField() {
            return "email";
        }

        @Override
        public Notice saved(TypedForm typed, ClientDetails result) {
            return new Notice("form.saved.email", result.email());
        }
    },

    /** A reason is required for suspended and banned; banning asks for a confirmation first. */
    STATUS(List.of("status", "reason", "confirmBan")) {
        @Override
        Map<String, Object> fields(TypedForm typed) {
            Optional<ClientStatus> status = ClientStatus.parse(typed.text("status"));
            if (status.isEmpty()) {
                typed.problem("status", "form.error.choice");
            }
            if (status.filter(ClientStatus::needsReason).isPresent() && typed.text("reason") == null) {
                typed.problem("reason", "form.status.reason-required");
            }
            if (status.orElse(null) == ClientStatus.BANNED && !wasBanned(typed) && !typed.checked("confirmBan")) {
                typed.problem("confirmBan", "form.status.confirm-ban-required");
            }
            return typed.texts("status", "reason");
        }

        @Override
        void extras(FormValues values, ClientDetails c) {
            // The reason is typed afresh for each change; the current one is shown beside the form.
            values.put("reason", null).put("currentStatus", c.status());
        }

        @Override
        public Notice saved(TypedForm typed, ClientDetails result) {
            if (result.isBanned() && !wasBanned(typed)) {
                return new Notice("form.saved.status.banned");
            }
            return wasBanned(typed) && !result.isBanned() ? new Notice("form.saved.status.unbanned") : Notice.SAVED;
        }
    },

    /** Staff-only part of the record: coordinates, preferred branch, discount, notes. */
    GENERAL(List.of("latitude", "longitude", "preferredBranchId", "discountPercent", "discountEndsOn", "notes")) {
        @Override
        Map<String, Object> fields(TypedForm typed) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("latitude", typed.decimal("latitude"));
            body.put("longitude", typed.decimal("longitude"));
            body.put("preferredBranchId", typed.text("preferredBranchId"));
            body.put("discountPercent", typed.decimal("discountPercent"));
            body.put("discountEndsOn", typed.date("discountEndsOn"));
            body.put("notes", typed.text("notes"));
            return body;
        }

        @Override
        void extras(FormValues values, ClientDetails c) {
            // Read as "discount": {percent, endsOn}, written as two fields.
            values.put(
                            "discountPercent",
                            c.discount() == null ? null : c.discount().percent())
                    .put(
                            "discountEndsOn",
                            c.discount() == null ? null : c.discount().endsOn());
        }
    },

    /** Both addresses in one write, as the registry takes them. */
    ADDRESSES(CanadianAddresses.inputs()) {
        @Override
        Map<String, Object> fields(TypedForm typed) {
            return CanadianAddresses.body(typed);
        }

        @Override
        void extras(FormValues values, ClientDetails c) {
            CanadianAddresses.defaults(values);
        }
    },

    /**
     * Newsletter and SMS, and two-factor sign-in sent only when staff changed it (null =
     * unchanged), so that saving the newsletter never touches Keycloak, even when its state
     * could not be read.
     */
    OPTIONS(List.of("newsletter", "sms", "twoFactor")) {
        @Override
        Map<String, Object> fields(TypedForm typed) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("newsletter", typed.checked("newsletter"));
            body.put("sms", typed.checked("sms"));
            body.put("twoFactor", twoFactorChange(typed).orElse(null));
            return body;
        }

        @Override
        void extras(FormValues values, ClientDetails c) {
            ClientDetails.Options options = c.options();
            values.put("newsletter", options.newsletter())
                    .put("sms", options.sms())
                    .put("twoFactor", options.twoFactor())
                    .put("twoFactorShown", options.twoFactor())
                    // Shown only (a hidden input), so that a refused form still says it.
                    .put("twoFactorState", options.twoFactorState());
        }

        @Override
        public Notice saved(TypedForm typed, ClientDetails result) {
            return twoFactorChange(typed)
                    .map(on ->
                            new Notice(on ? "form.saved.options.two-factor-on" : "form.saved.options.two-factor-off"))
                    .orElse(Notice.SAVED);
        }
    };

    private final List<String> fields;

    ClientForm(List<String> fields) {
        this.fields = List.copyOf(fields);
    }

    /** The body's fields without the version, which every form adds. */
    abstract Map<String, Object> fields(TypedForm typed);

    /** Values read under another name than the form writes them; none by default. */
    void extras(FormValues values, ClientDetails client) {}

    /** The registry path, the fragment name and the data-testid prefix. */
    public String path() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<ClientForm> of(String path) {
        return Arrays.stream(values()).filter(form -> form.path().equals(path)).findFirst();
    }

    @Override
    public List<String> fields() {
        return fields;
    }

    @Override
    public Map<String, Object> body(TypedForm typed) {
        Map<String, Object> body = fields(typed);
        body.put("version", typed.version());
        return body;
    }

    @Override
    public Map<String, String> values(ClientDetails client) {
        FormValues values = FormValues.of(client);
        extras(values, client);
        return values.map();
    }

    private static boolean wasBanned(TypedForm typed) {
        return "BANNED".equals(typed.text("currentStatus"));
    }

    /** Empty when the box is as it was shown; else the new value. */
    private static Optional<Boolean> twoFactorChange(TypedForm typed) {
        boolean shown = "true".equals(typed.text("twoFactorShown"));
        boolean wanted = typed.checked("twoFactor");
        return wanted == shown ? Optional.empty() : Optional.of(wanted);
    }
}
