package ca.clientele.document.file;

import java.util.EnumSet;
import java.util.Set;

/** Why a file is kept: it decides who sees it where, and which rules its upload follows. */
public enum Purpose {
    /** A file shared between staff and the client (care instructions, a receipt…). */
    SHARED_FILE,
    /** The PDF of a form the client submitted (made by the service, never uploaded). */
    FORM_SUBMISSION,
    /** The client's profile photo. */
    PROFILE_PHOTO,
    /** A photo of one of the client's pets. */
    PET_PHOTO,
    /** A pet's vaccination proof. */
    VACCINATION_PROOF,
    /** A file attached to a ticket message. */
    ATTACHMENT,
    /** A photo of a visit report card, shown with the appointment (not among the client's documents). */
    REPORT_CARD_PHOTO;

    /** What a person calls "documents": the list shows these when no purpose is asked for. */
    static final Set<Purpose> DOCUMENTS = EnumSet.of(SHARED_FILE, FORM_SUBMISSION, VACCINATION_PROOF);

    /** Key of the label in {@code messages*.properties}. */
    String messageKey() {
        return "document.purpose." + name();
    }

    boolean needsPet() {
        return this == PET_PHOTO || this == VACCINATION_PROOF;
    }

    boolean mustBeImage() {
        return this == PROFILE_PHOTO || this == PET_PHOTO || this == REPORT_CARD_PHOTO;
    }
}
