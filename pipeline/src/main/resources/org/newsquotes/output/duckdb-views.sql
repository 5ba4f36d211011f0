-- Views of newsquotes.duckdb (TableExport); documented in docs/research-examples.md.
-- outlet: documents.outlet (the URL's registered domain), else the first directory of the path in the corpus.
CREATE VIEW documents_with_outlet AS
SELECT d.* EXCLUDE (outlet),
       coalesce(d.outlet, CASE WHEN contains(d.path, '/') THEN split_part(d.path, '/', 1) END) AS outlet
FROM documents d;
-- One row per quote with its document's outlet, date and title, the speaker's entity and the kind of words used.
CREATE VIEW quote_speakers AS
SELECT q.doc_id, q.quote_id, q.kind, q.text, q.speaker, q.speaker_entity_id, e.type AS speaker_type,
       m.mention_kind AS speaker_mention_kind, q.speaker_mention, q.cue, q.method, q.confidence, q.review_status,
       d.outlet, d.date, d.title, d.url
FROM quotes q
JOIN documents_with_outlet d USING (doc_id)
LEFT JOIN entities e ON e.entity_id = q.speaker_entity_id
LEFT JOIN mentions m ON m.doc_id = q.doc_id AND m.mention_id = q.speaker_mention_id;
-- Quotes (direct, fragment, indirect: not titles or scare quotes) per speaker entity and outlet.
CREATE VIEW quotes_per_speaker_outlet AS
SELECT speaker_entity_id, any_value(speaker) AS speaker, any_value(speaker_type) AS speaker_type, outlet,
       count(*) AS quotes
FROM quote_speakers
WHERE speaker_entity_id IS NOT NULL AND kind <> 'other'
GROUP BY speaker_entity_id, outlet;
