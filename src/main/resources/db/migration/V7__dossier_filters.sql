-- The dossier list filters on a contact type by asking the contacts module for the ids of the
-- contacts of that type (docs/decisions.md, 31): that lookup reads this index, not the table.
create index contact_of_type on contacts.contact (organisation_id, contact_type_id, id) where contact_type_id is not null;
