-- Each observation keeps the edition it came from: importing a newer edition relabels only the
-- observations that the file carried. Existing observations take their series' current edition.
ALTER TABLE observation ADD COLUMN edition VARCHAR(300);
UPDATE observation SET edition = (SELECT i.edition FROM indicator i WHERE i.code = observation.indicator_code);
ALTER TABLE observation ALTER COLUMN edition SET NOT NULL;

-- A series whose licence restricts reuse says so beside its figures. restricted_through is empty
-- when the whole series is restricted, or the last restricted period (e.g. '1988') when only its
-- earlier part is.
ALTER TABLE indicator ADD COLUMN restriction VARCHAR(300) DEFAULT '' NOT NULL;
ALTER TABLE indicator ADD COLUMN restricted_through VARCHAR(7) DEFAULT '' NOT NULL;
