package ca.clientele.document.form;

/** What a form field asks for, and so which answer it accepts. */
enum FieldType {
    /** One line of text. */
    SHORT_TEXT,
    /** Several lines of text. */
    LONG_TEXT,
    /** A decimal number ("4,5" or "4.5" as text is read too). */
    NUMBER,
    /** A calendar date, ISO {@code yyyy-MM-dd}. */
    DATE,
    /** One of the field's options. */
    SINGLE_CHOICE,
    /** Any of the field's options. */
    MULTIPLE_CHOICE,
    /** A box to tick (consent); when required, it must be ticked. */
    CHECKBOX,
    /** The signer's typed name; the time is the submission's. */
    SIGNATURE;

    boolean hasOptions() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }
}
