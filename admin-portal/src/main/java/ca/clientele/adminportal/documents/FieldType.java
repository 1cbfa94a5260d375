package ca.clientele.adminportal.documents;

/** What a form field asks for, as the client fills it. */
public enum FieldType {
    SHORT_TEXT,
    LONG_TEXT,
    NUMBER,
    DATE,
    SINGLE_CHOICE,
    MULTIPLE_CHOICE,
    CHECKBOX,
    SIGNATURE;

    /** Choice fields list their options. */
    public boolean hasOptions() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }
}
