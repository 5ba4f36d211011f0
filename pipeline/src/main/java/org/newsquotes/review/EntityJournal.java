package org.newsquotes.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsquotes.entities.EntityCorrections;

/**
 * The append-only file of entity decisions, {@code <output>/review/entity-decisions.jsonl}, with the same guarantees
 * as the quote journal ({@link AppendOnlyLines}: fsync'd before acknowledged, torn last line skipped). One JSON
 * object per line:
 * <pre>{"v":1,"id":"…","time":"2026-12-03T10:00:00Z","annotator":"ana","action":"split","entity_id":"getty_images",
 * "canonical":"Getty Images","names":["Getty"],"others":["Getty Images"],"type":null,"undoes":null}</pre>
 */
public final class EntityJournal {
    /** Where the journal lives inside an output directory. */
    public static final String RELATIVE_PATH = "review/entity-decisions.jsonl";
    static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AppendOnlyLines lines;

    public EntityJournal(Path file) { this.lines = new AppendOnlyLines(file, "entity decisions journal"); }

    /** The entity journal of an output directory. */
    public static EntityJournal inOutput(Path outputDir) { return new EntityJournal(outputDir.resolve(RELATIVE_PATH)); }

    public Path file() { return lines.file(); }

    /** What {@link #read} found: decisions in file order, and one warning per skipped line. */
    public record Contents(List<EntityDecision> decisions, List<String> warnings) {
        public Contents {
            decisions = List.copyOf(decisions);
            warnings = List.copyOf(warnings);
        }

        /** The decisions in force: neither undos nor undone, in file order. */
        public List<EntityDecision> inForce() {
            Set<String> undone = new HashSet<>();
            for (EntityDecision d : decisions) if (d.action() == EntityDecision.Action.UNDO) undone.add(d.undoes());
            return decisions.stream().filter(d -> d.action() != EntityDecision.Action.UNDO && !undone.contains(d.id())).toList();
        }

        /** The decisions in force as the resolver applies them. */
        public EntityCorrections corrections() {
            List<EntityCorrections.Decision> out = new ArrayList<>();
            for (EntityDecision d : inForce()) {
                switch (d.action()) {
                    case MERGE -> {
                        List<String> all = new ArrayList<>(d.names());
                        all.addAll(d.others());
                        out.add(new EntityCorrections.Merge(d.canonical(), d.type(), all));
                    }
                    case SPLIT -> out.add(new EntityCorrections.Split(d.names(), d.others()));
                    case TYPE -> out.add(new EntityCorrections.Retype(d.names(), d.type()));
                    case UNDO -> { }
                }
            }
            return new EntityCorrections(out);
        }
    }

    public void append(EntityDecision d) { lines.append(toLine(d)); }

    public Contents read() {
        AppendOnlyLines.Contents<EntityDecision> c = lines.read(EntityJournal::fromLine);
        return new Contents(c.records(), c.warnings());
    }

    static String toLine(EntityDecision d) {
        ObjectNode n = toJson(d);
        try {
            return JSON.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise entity decision " + d.id(), e);
        }
    }

    /** A decision as the journal records it, and as the review page receives it. */
    static ObjectNode toJson(EntityDecision d) {
        ObjectNode n = JSON.createObjectNode();
        n.put("v", VERSION);
        n.put("id", d.id());
        n.put("time", d.time().toString());
        n.put("annotator", d.annotator());
        n.put("action", d.action().label());
        n.put("entity_id", d.entityId());
        n.put("canonical", d.canonical());
        d.names().forEach(n.putArray("names")::add);
        d.others().forEach(n.putArray("others")::add);
        n.put("type", d.type());
        n.put("undoes", d.undoes());
        return n;
    }

    static EntityDecision fromLine(String line) {
        JsonNode n = JournalCodec.object(line);
        try {
            return new EntityDecision(JournalCodec.req(n, "id"), Instant.parse(JournalCodec.req(n, "time")),
                    JournalCodec.req(n, "annotator"), EntityDecision.Action.fromLabel(JournalCodec.req(n, "action")),
                    JournalCodec.text(n, "entity_id"), JournalCodec.text(n, "canonical"), JournalCodec.strings(n.get("names")),
                    JournalCodec.strings(n.get("others")), JournalCodec.text(n, "type"), JournalCodec.text(n, "undoes"));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("bad entity decision: " + e.getMessage(), e);
        }
    }

}
