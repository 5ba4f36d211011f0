package org.newsquotes.entities;

import java.io.Serializable;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A distinct (name, type) across the corpus, the unit the resolver compares: every local entity whose name has
 * this {@link NameText#key} and type collapses into one node. Nodes combine associatively ({@link #plus}), so
 * they can be built with a Spark {@code reduceByKey}.
 *
 * @param id        {@code key + "\t" + type}: the node's identity
 * @param name      a display form of the name (the lexicographically smallest spelling seen, for determinism)
 * @param type      the type
 * @param mentions  mentions across the corpus
 * @param documents documents naming it
 * @param variants  surface forms seen inside the local entities of this node
 */
public record NameNode(String id, String name, String type, int mentions, SortedSet<String> documents,
                       SortedSet<String> variants) implements Serializable {
    public NameNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        documents = new TreeSet<>(documents);
        variants = new TreeSet<>(variants);
    }

    public static String idOf(NameText text, String name, String type) {
        return text.key(name) + "\t" + type;
    }

    public static NameNode of(NameText text, NameOccurrence o) {
        TreeSet<String> docs = new TreeSet<>();
        docs.add(o.docId());
        TreeSet<String> vars = new TreeSet<>(o.variants());
        vars.add(o.name());
        return new NameNode(idOf(text, o.name(), o.type()), o.name(), o.type(), o.mentions(), docs, vars);
    }

    /** Combines two nodes of the same id. */
    public NameNode plus(NameNode other) {
        if (!id.equals(other.id)) throw new IllegalArgumentException("cannot combine nodes " + id + " and " + other.id);
        TreeSet<String> docs = new TreeSet<>(documents);
        docs.addAll(other.documents);
        TreeSet<String> vars = new TreeSet<>(variants);
        vars.addAll(other.variants);
        String n = name.compareTo(other.name) <= 0 ? name : other.name;
        return new NameNode(id, n, type, mentions + other.mentions, docs, vars);
    }
}
