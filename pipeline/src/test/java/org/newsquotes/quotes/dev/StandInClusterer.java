package org.newsquotes.quotes.dev;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.LocalEntity;
import org.newsquotes.record.Mention;

/**
 * Developer stand-in for the in-document clusterer until {@code entities.InDocumentClusterer} lands: same type and
 * (equal, contained, or same last word for people). Not for production.
 */
public final class StandInClusterer {
    private StandInClusterer() {}

    public static AnnotatedDocument cluster(AnnotatedDocument d) {
        List<List<Mention>> clusters = new ArrayList<>();
        for (Mention m : d.mentions()) {
            List<Mention> home = null;
            outer:
            for (List<Mention> c : clusters) {
                for (Mention o : c) {
                    if (!o.ner().equals(m.ner())) continue;
                    String a = o.text();
                    String b = m.text();
                    boolean sameLast = m.ner().equals("PERSON") && last(a).equals(last(b));
                    if (a.equals(b) || a.contains(b) || b.contains(a) || sameLast) { home = c; break outer; }
                }
            }
            if (home == null) clusters.add(home = new ArrayList<>());
            home.add(m);
        }
        List<LocalEntity> entities = new ArrayList<>();
        for (List<Mention> c : clusters) {
            String name = c.stream().map(Mention::text).max(Comparator.comparingInt(String::length)).orElseThrow();
            entities.add(new LocalEntity("e" + (entities.size() + 1), name, c.get(0).ner(), c.stream().map(Mention::id).toList(),
                    c.stream().map(Mention::text).distinct().toList(), List.of(), List.of(), null));
        }
        return d.withEntities(entities);
    }

    private static String last(String name) {
        String[] w = name.split("\\s+");
        return w[w.length - 1].replaceAll("['’]s$", "");
    }
}
