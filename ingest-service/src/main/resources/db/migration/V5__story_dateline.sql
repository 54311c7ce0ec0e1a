-- The dateline that opens the story ("KYIV, Aug 6 (Reuters) -"), as ingest-engine's PublicationDating read it: the
-- place as written and its date, each with its offsets (UTF-16 chars of clean_text, [start, end)); all null when
-- the story has none (and for articles stored before: extraction reads theirs from the text, by the same code).
ALTER TABLE article
    ADD COLUMN story_dateline_place       text,
    ADD COLUMN story_dateline_place_start integer,
    ADD COLUMN story_dateline_place_end   integer,
    ADD COLUMN story_dateline_date        date,
    ADD COLUMN story_dateline_date_start  integer,
    ADD COLUMN story_dateline_date_end    integer;
