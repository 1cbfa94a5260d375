package ca.clientele.webportal.account;

import java.util.List;
import java.util.Locale;

/**
 * One input of an account form, as {@code fragments/form :: fields} renders it. The form's list of
 * fields is written once, here in Java, and serves both the page and the controller (which names
 * the fields a problem's messages may belong to). Labels and hints come from the messages
 * {@code <prefix><name>} and {@code <prefix><name>.hint}.
 */
public record Field(
        String name, Kind kind, boolean required, List<String> codes, String codePrefix, Integer maxLength) {

    public enum Kind {
        TEXT,
        TEL,
        EMAIL,
        DATE,
        NUMBER,
        TEXTAREA,
        SELECT,
        CHECKBOX
    }

    static Field of(String name, Kind kind) {
        return new Field(name, kind, false, List.of(), null, null);
    }

    /** A select whose options are {@code codes}, labelled by the messages {@code <codePrefix><code>}. */
    static Field select(String name, List<String> codes, String codePrefix) {
        return new Field(name, Kind.SELECT, true, codes, codePrefix, null);
    }

    /** A field marked * that the registry requires. */
    static Field mandatory(String name, Kind kind) {
        return new Field(name, kind, true, List.of(), null, null);
    }

    Field max(int length) {
        return new Field(name, kind, required, codes, codePrefix, length);
    }

    /** The {@code type} of an input element. */
    public String type() {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    static List<String> names(List<Field> fields) {
        return fields.stream().map(Field::name).toList();
    }
}
