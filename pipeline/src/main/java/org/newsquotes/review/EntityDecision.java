package org.newsquotes.review;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One line of the entity decisions journal ({@link EntityJournal}): an annotator's decision on corpus-wide entities,
 * which the next {@code annotate} applies in phase 2 ({@link org.newsquotes.entities.EntityCorrections}).
 *
 * <p>Entities are named by their names, not their ids: an id is a slug of the canonical name, which the decision
 * itself may change. {@code entityId} is kept for people reading the journal.
 *
 * @param id        unique id (a UUID), so an undo can name what it takes back
 * @param time      when the server recorded it (UTC)
 * @param annotator who decided
 * @param action    what was decided
 * @param entityId  the entity decided on, as entities.csv had it then (for humans)
 * @param canonical for a merge: the name the merged entity keeps; else the entity's canonical name
 * @param names     merge: the names of the entity kept; split: the names split off; type: the entity's names
 * @param others    merge: the names of the entity merged into it; split: the names left; type: empty
 * @param type      merge: the merged entity's type; type: the new type; split: null
 * @param undoes    for an undo, the id of the decision taken back; else null
 */
public record EntityDecision(String id, Instant time, String annotator, Action action, String entityId,
                             String canonical, List<String> names, List<String> others, String type, String undoes) {
    /** What was decided. */
    public enum Action {
        /** Two entities are one. */
        MERGE,
        /** Some names of an entity are another entity. */
        SPLIT,
        /** The entity's type is wrong. */
        TYPE,
        /** Takes back the annotator's latest entity decision still in force. */
        UNDO;

        public String label() { return name().toLowerCase(Locale.ROOT); }

        public static Action fromLabel(String label) {
            return valueOf(label.strip().toUpperCase(Locale.ROOT));
        }
    }

    public EntityDecision {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(annotator, "annotator");
        Objects.requireNonNull(action, "action");
        names = names == null ? List.of() : List.copyOf(names);
        others = others == null ? List.of() : List.copyOf(others);
        if ((action == Action.UNDO) != (undoes != null)) {
            throw new IllegalArgumentException("undoes must be set exactly for an undo");
        }
        switch (action) {
            case MERGE -> {
                if (names.isEmpty() || others.isEmpty() || canonical == null || type == null) {
                    throw new IllegalArgumentException("a merge needs both entities' names, a canonical name and a type");
                }
            }
            case SPLIT -> {
                if (names.isEmpty() || others.isEmpty()) {
                    throw new IllegalArgumentException("a split needs names split off and names left");
                }
            }
            case TYPE -> {
                if (names.isEmpty() || type == null || type.isBlank()) {
                    throw new IllegalArgumentException("a type decision needs the entity's names and a type");
                }
            }
            case UNDO -> { }
        }
    }
}
