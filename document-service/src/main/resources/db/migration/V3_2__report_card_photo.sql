-- Numbered after V3_1 (forms): databases that already ran V3_1 would refuse a lower, unapplied version.
-- Photos of a visit report card (booking-service shows them on the appointment): the client's files, but not
-- "documents" shared with them, so they stay out of "Mes documents" and publish no document-shared event.
alter table document drop constraint document_purpose_check;
alter table document add constraint document_purpose_check
    check (purpose in ('SHARED_FILE', 'FORM_SUBMISSION', 'PROFILE_PHOTO', 'PET_PHOTO', 'VACCINATION_PROOF',
                       'ATTACHMENT', 'REPORT_CARD_PHOTO'));
