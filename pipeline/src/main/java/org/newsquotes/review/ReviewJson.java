package org.newsquotes.review;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.Block;
import org.newsquotes.record.LocalEntity;
import org.newsquotes.record.Quote;

/**
 * The JSON the review server answers with, apart from its HTTP plumbing ({@link ReviewServer}): one quote as the page
 * lists it ({@link #itemJson}), with the other outlets' reports of its statement, and one document as the page shows it
 * ({@link #docJson}). Article text goes out as JSON strings only; the page renders it as text.
 */
final class ReviewJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReviewJson() {}

    /** One quote as the page shows it; {@code byStatement}: reports of statements in more than one document. */
    static ObjectNode itemJson(ReviewSession.Item it, Map<String, List<ReviewSession.Item>> byStatement) {
        Quote q = it.quote();
        ObjectNode n = JSON.createObjectNode();
        n.put("doc", it.doc().docId());
        n.put("id", q.id());
        n.put("version", it.version());
        n.put("kind", q.kind().label());
        n.put("text", q.text());
        n.put("start", q.start());
        n.put("end", q.end());
        n.put("speaker", q.attribution().speaker());
        n.put("speaker_entity_id", q.attribution().speakerEntityId());
        n.put("speaker_local_id", q.attribution().speakerLocalId());
        n.put("mention", q.attribution().mention());
        if (q.attribution().mentionSpan() != null) {
            n.put("mention_start", q.attribution().mentionSpan().start());
            n.put("mention_end", q.attribution().mentionSpan().end());
        }
        n.put("cue", q.attribution().cue());
        n.put("method", q.attribution().method());
        n.put("confidence", q.attribution().confidence());
        n.set("state", JournalCodec.stateToJson(it.state()));
        ObjectNode by = n.putObject("by");
        it.byAnnotator().forEach((who, st) -> by.put(who, st.label()));
        n.put("unsure", it.unsure());
        n.put("disagreement", it.disagreement());
        n.put("adjudicated", it.adjudicated());
        ObjectNode remarks = n.putObject("remarks");
        it.remarks().forEach((who, r) -> {
            ObjectNode m = remarks.putObject(who);
            if (r.reason() != null) m.put("reason", r.reason().label());
            if (r.note() != null) m.put("note", r.note());
            m.put("unsure", r.unsure());
        });
        putStatement(n, it, byStatement);
        return n;
    }

    /** Most reports of one statement listed beside a quote (the count says how many there are in all). */
    static final int MAX_OTHER_REPORTS = 20;

    /** The items of every statement with reports in more than one document. */
    static Map<String, List<ReviewSession.Item>> reportsByStatement(List<ReviewSession.Item> items) {
        Map<String, List<ReviewSession.Item>> out = new LinkedHashMap<>();
        for (ReviewSession.Item it : items) {
            if (it.quote().statement() != null) {
                out.computeIfAbsent(it.quote().statement().statementId(), k -> new java.util.ArrayList<>()).add(it);
            }
        }
        out.values().removeIf(list -> list.stream().map(i -> i.doc().docId()).distinct().count() < 2);
        return out;
    }

    /** The quote's statement is reported in another document with another (machine) speaker. */
    static boolean conflict(ReviewSession.Item it, Map<String, List<ReviewSession.Item>> byStatement) {
        for (ReviewSession.Item o : otherReports(it, byStatement)) if (differ(it, o)) return true;
        return false;
    }

    /** The reports of the quote's statement in other documents (none when its statement is in one document only). */
    private static List<ReviewSession.Item> otherReports(ReviewSession.Item it,
                                                         Map<String, List<ReviewSession.Item>> byStatement) {
        var link = it.quote().statement();
        List<ReviewSession.Item> reports = link == null ? null : byStatement.get(link.statementId());
        if (reports == null) return List.of();
        return reports.stream().filter(o -> !o.doc().docId().equals(it.doc().docId())).toList();
    }

    /** Two reports name different speakers (entities), by the machine's attribution. */
    private static boolean differ(ReviewSession.Item a, ReviewSession.Item b) {
        String mine = a.quote().attribution().speakerEntityId();
        String theirs = b.quote().attribution().speakerEntityId();
        return mine != null && theirs != null && !mine.equals(theirs);
    }

    /**
     * Adds the quote's statement: its id, whether reports in other documents name another speaker ({@code conflict},
     * as statements.csv's attribution_conflict, by the machine's speakers), and those reports with their speakers.
     */
    private static void putStatement(ObjectNode n, ReviewSession.Item it, Map<String, List<ReviewSession.Item>> byStatement) {
        var link = it.quote().statement();
        n.put("statement_id", link == null ? null : link.statementId());
        List<ReviewSession.Item> others = otherReports(it, byStatement);
        ArrayNode listed = n.putArray("other_reports");
        for (ReviewSession.Item o : others.subList(0, Math.min(MAX_OTHER_REPORTS, others.size()))) {
            listed.addObject().put("doc", o.doc().docId()).put("id", o.quote().id())
                    .put("speaker", o.quote().attribution().speaker())
                    .put("speaker_entity_id", o.quote().attribution().speakerEntityId()).put("differs", differ(it, o));
        }
        n.put("other_report_count", others.size());
        n.put("conflict", conflict(it, byStatement));
    }

    static ObjectNode docJson(AnnotatedDocument d) {
        ObjectNode n = JSON.createObjectNode();
        n.put("doc_id", d.docId());
        n.put("title", d.document().title());
        n.put("url", d.document().url());
        // what the annotator needs to place the article: its outlet and date as documents.csv gives them
        org.newsquotes.output.DocumentRow row = org.newsquotes.output.DocumentRow.ok(d);
        n.put("outlet", row.outlet());
        n.put("date", row.date());
        n.put("text", d.text());
        ArrayNode quotes = n.putArray("quotes");
        for (org.newsquotes.record.Quote q : d.quotes()) {
            ObjectNode qn = quotes.addObject().put("id", q.id()).put("start", q.start()).put("end", q.end())
                    .put("added", q.reviewStatus() == org.newsquotes.record.ReviewStatus.ADDED);
            if (q.attribution().mentionSpan() != null) {
                qn.put("mention_start", q.attribution().mentionSpan().start());
                qn.put("mention_end", q.attribution().mentionSpan().end());
            }
        }
        ArrayNode blocks = n.putArray("blocks");
        for (Block b : d.document().blocks()) {
            blocks.addObject().put("start", b.span().start()).put("end", b.span().end()).put("kind", b.kind().name().toLowerCase(Locale.ROOT));
        }
        ArrayNode ents = n.putArray("entities");
        Map<String, org.newsquotes.record.Mention> mentions = new java.util.HashMap<>();
        for (org.newsquotes.record.Mention m : d.mentions()) mentions.put(m.id(), m);
        // every mention of an entity, so the annotator can set a speaker by clicking it in the text
        ArrayNode entityMentions = n.putArray("mentions");
        for (LocalEntity e : d.entities()) {
            for (String id : e.mentionIds()) {
                org.newsquotes.record.Mention m = mentions.get(id);
                if (m != null) entityMentions.addObject().put("start", m.start()).put("end", m.end()).put("entity", e.id());
            }
        }
        for (LocalEntity e : d.entities()) {
            ObjectNode en = ents.addObject().put("id", e.id()).put("name", e.name()).put("type", e.type())
                    .put("entity_id", e.entityId());
            // where the entity is first named: what a pronoun or a description ("he", "the top diplomat") refers to
            e.mentionIds().stream().map(mentions::get).filter(Objects::nonNull)
                    .filter(m -> m.kind() == org.newsquotes.record.MentionKind.NAME)
                    .min(java.util.Comparator.comparingInt(org.newsquotes.record.Mention::start))
                    .ifPresent(m -> en.putObject("named").put("start", m.start()).put("end", m.end()).put("text", m.text()));
        }
        return n;
    }
}
