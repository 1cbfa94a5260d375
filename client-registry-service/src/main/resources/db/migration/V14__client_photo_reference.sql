-- The profile photo: the id of its document in the document-service, set when that service
-- announces a new photo (profile-photo-changed). An id, not personal data: kept in clear.
alter table client add column photo_reference uuid;
