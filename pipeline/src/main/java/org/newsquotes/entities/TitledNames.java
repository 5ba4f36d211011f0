package org.newsquotes.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.Layer;
import org.newsquotes.record.Mention;
import org.newsquotes.record.MentionKind;
import org.newsquotes.record.Token;
import org.newsquotes.stage.DocumentStage;

/**
 * Phase-1 stage that recovers a person's name the tagger missed after a title it did tag: "Co-author Prof Aled Pryce,
 * of Cardiff University, added …" where CoreNLP tags "Prof" a {@code TITLE} and leaves the unfamiliar "Aled Pryce"
 * untagged, so the later "Pryce said" has no full name to join and the report no speaker. A token tagged
 * {@code TITLE}, outside any mention, followed by one to {@value #MAX_WORDS} capitalised proper nouns ({@code NNP})
 * that no mention covers and that are not titles themselves ({@code models/person-titles.txt}), ending the proper
 * nouns there, becomes a {@code PERSON} mention of those words (ids {@value #PREFIX}1, {@value #PREFIX}2, … so the
 * tagger's own ids stay), when the name stands in running text ({@link #standsAlone}) and the tagger named a person
 * by its last word elsewhere in the document ({@link #confirmed}). A title before a word the tagger typed, or before a longer run of proper nouns, is left
 * alone: the rule vouches only for a short name standing right after its title. A title the tagger typed a place
 * ("Miss" read as Mississippi, {@link #misreadTitles}) counts as a title for the rule, and its place mention goes.
 */
public final class TitledNames implements DocumentStage {
    /** Most proper nouns a recovered name holds ("Aled Pryce", "Ama Serwaa Boateng"). */
    static final int MAX_WORDS = 3;
    static final String PREFIX = "t";
    private static final String QUOTE_MARKS = "\"'“”‘’«»";

    private final Set<String> titles;

    public TitledNames(EntityKnowledge knowledge) {
        this.titles = knowledge.titles();
    }

    @Override public String name() { return "titled-names"; }

    @Override public Set<Layer> requires() { return Set.of(Layer.TOKENS, Layer.NER, Layer.MENTIONS); }

    @Override public Set<Layer> provides() { return Set.of(Layer.MENTIONS); }

    @Override public String fingerprint() { return name() + "-v2"; }

    @Override public AnnotatedDocument process(AnnotatedDocument doc) {
        List<Token> tokens = doc.tokens();
        boolean[] covered = RecoveredMentions.covered(doc);
        Map<Integer, Mention> misread = misreadTitles(doc);
        List<Mention> added = new ArrayList<>();
        List<Mention> dropped = new ArrayList<>();
        for (int t = 0; t + 1 < tokens.size(); t++) {
            boolean title = "TITLE".equals(tokens.get(t).ner()) && !covered[t];
            if (!title && !misread.containsKey(t)) continue;
            int end = t + 1;
            while (end < tokens.size() && end - t <= MAX_WORDS && namePart(tokens.get(end), covered[end])
                    && tokens.get(end).sentence() == tokens.get(t).sentence()) {
                end++;
            }
            int words = end - t - 1;
            if (words == 0 || words > MAX_WORDS) continue;
            // the run must end where the proper nouns do: a longer name is not one this rule can vouch for
            if (RecoveredMentions.properNoun(tokens, end, tokens.get(t).sentence())) continue;
            if (!standsAlone(tokens, t, end) || !confirmed(doc, tokens.get(end - 1).word())) continue;
            Token first = tokens.get(t + 1);
            Token last = tokens.get(end - 1);
            String text = doc.text().substring(first.start(), last.end());
            added.add(new Mention(PREFIX + (added.size() + 1), first.sentence(), first.start(), last.end(), text, "PERSON",
                    t + 1, end, null, MentionKind.NAME));
            if (!title) dropped.add(misread.get(t));
            t = end - 1;
        }
        if (dropped.isEmpty()) return RecoveredMentions.with(doc, added);
        List<Mention> kept = new ArrayList<>(doc.mentions());
        kept.removeAll(dropped);
        return RecoveredMentions.with(doc.withMentions(kept), added);
    }

    /**
     * Titles the tagger typed a place, by their token: "Miss Stone, who was hurt, said …", where CoreNLP reads "Miss"
     * as Mississippi's abbreviation and leaves "Stone" untagged. A mention of that one word, of a place type, whose
     * word is a title of {@code person-titles.txt}, is read as the title it is when a name the rule vouches for
     * follows it (the place mention is then dropped); standing alone it is left as the tagger typed it.
     */
    private Map<Integer, Mention> misreadTitles(AnnotatedDocument doc) {
        Map<Integer, Mention> out = new HashMap<>();
        for (Mention m : doc.mentions()) {
            if (m.endToken() - m.firstToken() == 1 && Mention.PLACE_TYPES.contains(m.ner())
                    && titles.contains(m.text().toLowerCase(Locale.ROOT))) out.put(m.firstToken(), m);
        }
        return out;
    }

    /**
     * True when the title and the words after it stand as a person's name in running text: no determiner or "of"
     * before the title ("the Cook Political Report", "Office of Mobile Security"), no "of" or quote mark after the
     * words ("Teacher Retirement System of Texas", "John “Tig” Tiegen"), and a sentence not set in title case (a
     * headline: "Reporter Caught Conspiring").
     */
    private static boolean standsAlone(List<Token> tokens, int title, int end) {
        if (title > 0) {
            Token before = tokens.get(title - 1);
            if (before.sentence() == tokens.get(title).sentence()
                    && ("DT".equals(before.pos()) || before.word().equalsIgnoreCase("of"))) return false;
        }
        if (end < tokens.size()) {
            String after = tokens.get(end).word();
            if (after.equalsIgnoreCase("of") || QUOTE_MARKS.indexOf(after.charAt(0)) >= 0 || "``".equals(after)) return false;
        }
        return !RecoveredMentions.inTitleCase(tokens, title);
    }

    /**
     * True when the tagger itself named a person by the recovered name's last word elsewhere in the document ("Prof
     * Aled Pryce … Pryce said"): the tagger vouches for the surname, the title for the rest.
     */
    private static boolean confirmed(AnnotatedDocument doc, String surname) {
        for (Mention m : doc.mentions()) {
            if ("PERSON".equals(m.ner()) && RecoveredMentions.lastWord(m).equalsIgnoreCase(surname)) return true;
        }
        return false;
    }

    /** A capitalised proper noun the tagger left untagged that is no title itself ("Aled", not "Prof"). */
    private boolean namePart(Token tok, boolean covered) {
        String w = tok.word();
        return !covered && "NNP".equals(tok.pos()) && "O".equals(tok.ner()) && w.length() > 1
                && Character.isUpperCase(w.charAt(0)) && w.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'')
                && !titles.contains(w.toLowerCase(Locale.ROOT));
    }
}
