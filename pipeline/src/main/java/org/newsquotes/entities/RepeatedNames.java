package org.newsquotes.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.Layer;
import org.newsquotes.record.Mention;
import org.newsquotes.record.MentionKind;
import org.newsquotes.record.Token;
import org.newsquotes.stage.DocumentStage;

/**
 * Phase-1 stage that tags again a person's surname the tagger tagged elsewhere in the same document but missed here
 * (one sense per discourse): "Foreign Minister Elena Marsh said … Marsh did not rule that out", where CoreNLP reads
 * the second "Marsh", a common English word, as no name, so "she said" after it skips her for someone named before.
 * A lone proper noun ({@code NNP}, no proper noun on either side, no determiner before it, no noun or hyphen after it,
 * outside any mention, not in a headline set in title case) spelt exactly as the last word
 * of a person mention the tagger made becomes a {@code PERSON} mention (ids {@value #PREFIX}1, {@value #PREFIX}2, …
 * so the tagger's own ids stay). A surname that is also a word of a non-person mention in the document ("Ford" the
 * person and "Ford" the carmaker) is left alone: either may be meant.
 */
public final class RepeatedNames implements DocumentStage {
    static final String PREFIX = "r";

    @Override public String name() { return "repeated-names"; }

    @Override public Set<Layer> requires() { return Set.of(Layer.TOKENS, Layer.NER, Layer.MENTIONS); }

    @Override public Set<Layer> provides() { return Set.of(Layer.MENTIONS); }

    @Override public String fingerprint() { return name() + "-v1"; }

    @Override public AnnotatedDocument process(AnnotatedDocument doc) {
        List<Token> tokens = doc.tokens();
        boolean[] covered = RecoveredMentions.covered(doc);
        Set<String> surnames = new HashSet<>();
        Set<String> otherWords = new HashSet<>();
        for (Mention m : doc.mentions()) {
            if ("TITLE".equals(m.ner())) continue;
            if ("PERSON".equals(m.ner())) {
                String last = RecoveredMentions.lastWord(m);
                if (last.length() > 1 && Character.isUpperCase(last.charAt(0))) surnames.add(last);
            } else {
                for (String w : m.text().split("\\s+")) otherWords.add(w);
            }
        }
        surnames.removeAll(otherWords);
        if (surnames.isEmpty()) return doc;
        List<Mention> added = new ArrayList<>();
        for (int t = 0; t < tokens.size(); t++) {
            Token tok = tokens.get(t);
            if (covered[t] || !"NNP".equals(tok.pos()) || !"O".equals(tok.ner()) || !surnames.contains(tok.word())) continue;
            // a proper noun beside it makes it part of another name ("Ann Marsh", "Marsh Road"); a determiner before
            // it or a noun or hyphen after it, a modifier of something else ("the Marsh", "a Marsh supporter",
            // "Marsh-backed")
            if (RecoveredMentions.properNoun(tokens, t - 1, tok.sentence()) || RecoveredMentions.properNoun(tokens, t + 1, tok.sentence())) continue;
            if (RecoveredMentions.inTitleCase(tokens, t)) continue; // a headline: capitals say nothing
            if (t > 0 && (tokens.get(t - 1).pos().equals("DT") || tokens.get(t - 1).pos().equals("PRP$"))) continue;
            if (t + 1 < tokens.size() && (tokens.get(t + 1).pos().startsWith("NN") || tokens.get(t + 1).pos().equals("HYPH")
                    || tokens.get(t + 1).word().equals("-"))) continue;
            added.add(new Mention(PREFIX + (added.size() + 1), tok.sentence(), tok.start(), tok.end(), tok.word(), "PERSON",
                    t, t + 1, null, MentionKind.NAME));
        }
        return RecoveredMentions.with(doc, added);
    }
}
