-- What each published fact is about (e.g. 'agreement/DEMO-EU-TUR-2016'), so that the page of a
-- public record can show its entries in the log. The subject is an index for finding entries, not
-- part of what was signed: the leaf's own payload names the record as well.
ALTER TABLE register_pending ADD COLUMN subject VARCHAR(200);
ALTER TABLE register_entry ADD COLUMN subject VARCHAR(200);

CREATE INDEX register_entry_by_subject ON register_entry (subject, leaf_index);
CREATE INDEX register_pending_by_subject ON register_pending (subject);
