package org.newsquotes.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;
import org.newsquotes.record.Entity;

/**
 * The review server's entity routes, over an {@link EntityReview}:
 * <ul>
 *   <li>{@code GET /api/entities?q=TEXT&limit=N}: entities with TEXT in a name (people, then organisations, then the
 *       rest; most mentioned first), each with its names, type, mention and document counts, and the decisions in
 *       force on it; plus the types an annotator may choose.</li>
 *   <li>{@code POST /api/entity-decide} {@code {annotator, action: merge|split|type, entity, other, names, type}}:
 *       journals one decision ({@link EntityJournal}) and answers with it and the entity as listed.</li>
 *   <li>{@code POST /api/entity-undo} {@code {annotator}}: takes back the annotator's latest entity decision.</li>
 * </ul>
 * A bad request throws {@link IllegalArgumentException} with a message for the user (the server answers 400).
 */
final class EntityApi {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int DEFAULT_LIMIT = 20;

    private final EntityReview review;

    EntityApi(EntityReview review) { this.review = review; }

    ObjectNode search(Map<String, String> params) {
        int limit = DEFAULT_LIMIT;
        try {
            if (params.get("limit") != null) limit = Integer.parseInt(params.get("limit"));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("limit must be a number");
        }
        ObjectNode root = JSON.createObjectNode();
        ArrayNode arr = root.putArray("entities");
        for (Entity e : review.search(params.getOrDefault("q", ""), limit)) arr.add(entityJson(e));
        root.put("total", review.size());
        review.types().stream().sorted().forEach(root.putArray("types")::add);
        return root;
    }

    ObjectNode post(String path, JsonNode req) {
        String annotator = JournalCodec.text(req, "annotator");
        if (path.equals("/api/entity-undo")) {
            Optional<EntityDecision> d = review.undo(annotator);
            ObjectNode n = JSON.createObjectNode().put("saved", d.isPresent());
            d.ifPresent(x -> n.set("decision", EntityJournal.toJson(x)));
            if (d.isEmpty()) n.put("message", "nothing to undo");
            return n;
        }
        String action = JournalCodec.text(req, "action");
        String entity = JournalCodec.text(req, "entity");
        EntityDecision d = switch (action == null ? "" : action) {
            case "merge" -> review.merge(annotator, entity, JournalCodec.text(req, "other"));
            case "split" -> review.split(annotator, entity, JournalCodec.strings(req.get("names")));
            case "type" -> review.retype(annotator, entity, JournalCodec.text(req, "type"));
            default -> throw new IllegalArgumentException("unknown entity action: " + action + " (merge, split or type)");
        };
        ObjectNode n = JSON.createObjectNode().put("saved", true);
        n.set("decision", EntityJournal.toJson(d));
        review.entity(entity).ifPresent(e -> n.set("entity", entityJson(e)));
        return n;
    }

    private ObjectNode entityJson(Entity e) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", e.entityId());
        n.put("name", e.canonicalName());
        n.put("type", e.type());
        n.put("outlet", e.outlet());
        EntityReview.names(e).forEach(n.putArray("names")::add);
        n.put("mentions", e.mentions());
        n.put("documents", e.documents().size());
        ArrayNode ds = n.putArray("decisions");
        for (EntityDecision d : review.decisionsOn(e.entityId())) ds.add(EntityJournal.toJson(d));
        return n;
    }

}
