package org.newsquotes.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.newsquotes.record.QuoteKind;
import org.newsquotes.record.ReviewStatus;
import org.newsquotes.record.Span;

/**
 * The journal's line format: one JSON object per entry, field names spelled out here so the file stays readable
 * and stable whatever the Java records are renamed to. Example (one line in the file):
 * <pre>{"v":1,"id":"…","time":"2026-11-21T11:02:03.120Z","annotator":"ana","action":"correct-speaker",
 * "quote_id":"q3","key":{"doc_id":"a.txt","doc_sha256":"…","text":"We will not","start":120,"occurrence":0,
 * "before":"…","after":"…"},"old":{"status":"unreviewed","speaker":"Hill","speaker_entity_id":null,
 * "speaker_local_id":"e1","kind":"direct"},"new":{…},"undoes":null}</pre>
 * An added quote or a changed span also has {@code "span"} (a key naming the words the quote covers after the
 * decision); a speaker named by clicking words in the text has {@code "mention"} and {@code "mention_start"} in
 * its state.
 */
final class JournalCodec {
    static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    private JournalCodec() {}

    static String toLine(JournalEntry e) {
        ObjectNode n = JSON.createObjectNode();
        n.put("v", VERSION);
        n.put("id", e.id());
        n.put("time", e.time().toString());
        n.put("annotator", e.annotator());
        n.put("action", e.action().label());
        n.put("quote_id", e.quoteId());
        n.set("key", keyToJson(e.key()));
        n.set("old", e.oldState() == null ? null : stateToJson(e.oldState()));
        n.set("new", stateToJson(e.newState()));
        n.put("undoes", e.undoes());
        if (e.basedOn() != null) n.put("based_on", e.basedOn());
        if (e.remark().reason() != null) n.put("reason", e.remark().reason().label());
        if (e.remark().note() != null) n.put("note", e.remark().note());
        if (e.remark().unsure()) n.put("unsure", true);
        if (e.adjudication()) n.put("adjudication", true);
        if (e.span() != null) n.set("span", keyToJson(e.span()));
        try {
            return JSON.writeValueAsString(n);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("cannot serialise journal entry " + e.id(), ex);
        }
    }

    /** Parses one line; throws {@link IllegalArgumentException} naming the problem when the line is not an entry. */
    static JournalEntry fromLine(String line) {
        JsonNode n = object(line);
        try {
            return new JournalEntry(req(n, "id"), Instant.parse(req(n, "time")), req(n, "annotator"),
                    ReviewAction.fromLabel(req(n, "action")), keyFromJson(n.get("key")), text(n, "quote_id"),
                    n.hasNonNull("old") ? stateFromJson(n.get("old")) : null, stateFromJson(n.get("new")),
                    text(n, "undoes"), text(n, "based_on"), new Remark(
                            n.hasNonNull("reason") ? Remark.Reason.fromLabel(n.get("reason").asText()) : null,
                            text(n, "note"), n.path("unsure").asBoolean(false)), n.path("adjudication").asBoolean(false),
                    n.hasNonNull("span") ? keyFromJson(n.get("span")) : null);
        } catch (RuntimeException ex) {
            throw new IllegalArgumentException("bad journal entry: " + ex.getMessage(), ex);
        }
    }

    static ObjectNode keyToJson(QuoteKey k) {
        ObjectNode n = JSON.createObjectNode();
        n.put("doc_id", k.docId());
        n.put("doc_sha256", k.docHash());
        n.put("text", k.text());
        n.put("start", k.start());
        n.put("occurrence", k.occurrence());
        n.put("before", k.before());
        n.put("after", k.after());
        return n;
    }

    static QuoteKey keyFromJson(JsonNode n) {
        if (n == null || !n.isObject()) throw new IllegalArgumentException("missing key");
        return new QuoteKey(req(n, "doc_id"), req(n, "doc_sha256"), req(n, "text"), n.path("start").asInt(),
                n.path("occurrence").asInt(), text(n, "before"), text(n, "after"));
    }

    static ObjectNode stateToJson(ReviewState s) {
        ObjectNode n = JSON.createObjectNode();
        n.put("status", s.status().label());
        n.put("speaker", s.speaker());
        n.put("speaker_entity_id", s.speakerEntityId());
        n.put("speaker_local_id", s.speakerLocalId());
        n.put("kind", s.kind().label());
        if (s.mention() != null) {
            n.put("mention", s.mention());
            n.put("mention_start", s.mentionSpan().start());
        }
        return n;
    }

    static ReviewState stateFromJson(JsonNode n) {
        if (n == null || !n.isObject()) throw new IllegalArgumentException("missing state");
        String mention = text(n, "mention");
        Span mentionSpan = mention == null ? null
                : new Span(n.path("mention_start").asInt(), n.path("mention_start").asInt() + mention.length());
        return new ReviewState(ReviewStatus.fromLabel(req(n, "status")), text(n, "speaker"), text(n, "speaker_entity_id"),
                text(n, "speaker_local_id"), QuoteKind.fromLabel(req(n, "kind")), mention, mentionSpan);
    }

    /** One journal line as a JSON object; {@link IllegalArgumentException} naming the problem when it is none. */
    static JsonNode object(String line) {
        JsonNode n;
        try {
            n = JSON.readTree(line);
        } catch (JsonProcessingException ex) {
            throw new IllegalArgumentException("not JSON: " + ex.getOriginalMessage(), ex);
        }
        if (n == null || !n.isObject()) throw new IllegalArgumentException("not a JSON object");
        return n;
    }

    /** A field that must be there and not null, as text. */
    static String req(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) throw new IllegalArgumentException("missing field " + field);
        return v.asText();
    }

    /** A field as text, null when absent or null. */
    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** The texts of a JSON array field, or none when it is missing or not an array. */
    static List<String> strings(JsonNode arr) {
        List<String> out = new java.util.ArrayList<>();
        if (arr != null && arr.isArray()) arr.forEach(x -> out.add(x.asText()));
        return out;
    }
}
