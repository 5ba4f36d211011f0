package org.newsquotes.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.Mention;

/** What the stages that add mentions the tagger missed ({@link TitledNames}, {@link RepeatedNames}) share. */
final class RecoveredMentions {
    private RecoveredMentions() {}

    /** For each token, whether a mention other than a bare title ("Prof", which the tagger makes a mention) covers it. */
    static boolean[] covered(AnnotatedDocument doc) {
        boolean[] covered = new boolean[doc.tokens().size()];
        for (Mention m : doc.mentions()) {
            if ("TITLE".equals(m.ner())) continue;
            for (int t = m.firstToken(); t < m.endToken() && t < covered.length; t++) covered[t] = true;
        }
        return covered;
    }

    /** {@code doc} with {@code added} among its mentions in reading order, the tagger's ids unchanged. */
    static AnnotatedDocument with(AnnotatedDocument doc, List<Mention> added) {
        if (added.isEmpty()) return doc;
        List<Mention> all = new ArrayList<>(doc.mentions());
        all.addAll(added);
        all.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
        return doc.withMentions(all);
    }
}
