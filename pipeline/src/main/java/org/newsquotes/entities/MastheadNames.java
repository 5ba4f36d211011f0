package org.newsquotes.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsquotes.config.ModelFiles;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.Layer;
import org.newsquotes.record.Mention;
import org.newsquotes.record.MentionKind;
import org.newsquotes.record.Token;
import org.newsquotes.stage.DocumentStage;

/**
 * Phase-1 stage that types a local newspaper's name as an organisation: "In a 1994 interview with the Tralston
 * Courier, she said …", where CoreNLP's statistical tagger, which knows the big titles, reads a paper it has never
 * seen as a person (so "she" was resolved to the paper) or leaves it untagged ("The Ashford Echo reported that …"
 * had no speaker). Two to {@value #MAX_WORDS} proper nouns ending in a word of {@code models/}{@value #FILE}, with no
 * proper noun right after it ("the Herald Square", "the Post Office" are other names), become one
 * {@code ORGANIZATION} mention when "the" stands before them or their first word is not a given name ("Jim Courier"
 * stays a person). A mention the tagger already typed as an organisation, or one reaching past the name, is left
 * alone; the person, place or nothing the tagger gave the words is replaced. A headline set in title case is
 * skipped: its capitals say nothing. The replacement keeps the tagger's id when it retypes one mention of exactly
 * those words, else takes {@value #PREFIX}1, {@value #PREFIX}2, ….
 */
public final class MastheadNames implements DocumentStage {
    static final String FILE = "masthead-words.txt";
    static final String PREFIX = "n";
    /** The longest name read, in words ("the Lower Dunmore Evening Gazette"). */
    static final int MAX_WORDS = 5;
    /** The tagger's types a masthead name may carry that this stage corrects: a person, a place, none. */
    private static final Set<String> CORRECTED = Set.of("PERSON", "LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY");

    private final Set<String> mastheadWords;
    private final PersonGender givenNames;

    MastheadNames(List<String> words, PersonGender givenNames) {
        this.mastheadWords = Set.copyOf(words);
        this.givenNames = givenNames;
    }

    /** The stage over {@code models/}{@value #FILE} (none when a user's models directory lacks it). */
    public static MastheadNames load(ModelFiles models, PersonGender givenNames) {
        return new MastheadNames(models.exists(FILE) ? models.lines(FILE).stream().map(String::strip).toList() : List.of(),
                givenNames);
    }

    @Override public String name() { return "masthead-names"; }

    @Override public Set<Layer> requires() { return Set.of(Layer.TOKENS, Layer.POS, Layer.MENTIONS); }

    @Override public Set<Layer> provides() { return Set.of(Layer.MENTIONS); }

    @Override public String fingerprint() { return name() + "-v1"; }

    @Override public AnnotatedDocument process(AnnotatedDocument doc) {
        List<Token> tokens = doc.tokens();
        List<Mention> mentions = new ArrayList<>(doc.mentions());
        boolean changed = false;
        int added = 0;
        for (int t = 1; t < tokens.size(); t++) {
            if (!mastheadWords.contains(tokens.get(t).word()) || !properNoun(tokens, t, t)) continue;
            if (properNoun(tokens, t + 1, t)) continue; // "the Herald Square": the word does not end this name
            int s = t;
            while (s - 1 >= 0 && t - s + 1 < MAX_WORDS && properNoun(tokens, s - 1, t) && !mastheadWords.contains(tokens.get(s - 1).word())) s--;
            if (s == t || RecoveredMentions.inTitleCase(tokens, t)) continue;
            boolean the = s > 0 && tokens.get(s - 1).word().equalsIgnoreCase("the") && tokens.get(s - 1).sentence() == tokens.get(t).sentence();
            if (!the && givenNames.isGivenName(tokens.get(s).word())) continue;
            Mention replace = replaceable(mentions, s, t + 1);
            if (replace == null) continue;
            Token first = tokens.get(s);
            Token last = tokens.get(t);
            String id = replace != NONE && replace.firstToken() == s && replace.endToken() == t + 1 ? replace.id() : PREFIX + (++added);
            int from = s;
            int end = t + 1;
            mentions.removeIf(m -> m.firstToken() < end && from < m.endToken());
            mentions.add(new Mention(id, first.sentence(), first.start(), last.end(), doc.text().substring(first.start(), last.end()),
                    "ORGANIZATION", s, t + 1, null, MentionKind.NAME));
            changed = true;
        }
        if (!changed) return doc;
        return RecoveredMentions.with(doc.withMentions(List.of()), mentions);
    }

    private static final Mention NONE = new Mention("-", 0, 0, 0, "", "O", 0, 0, null, MentionKind.NAME);

    /**
     * The one mention over tokens [s, e) to replace ({@link #NONE} when none covers them), or null when a mention there
     * is already an organisation, reaches outside the name, or is not one of the corrected types, or more than one
     * lies there.
     */
    private static Mention replaceable(List<Mention> mentions, int s, int e) {
        Mention found = NONE;
        for (Mention m : mentions) {
            if (m.endToken() <= s || e <= m.firstToken()) continue;
            if (m.firstToken() < s || e < m.endToken() || !CORRECTED.contains(m.ner())) return null;
            if (found != NONE && !(m.firstToken() >= found.endToken() || found.firstToken() >= m.endToken())) return null;
            found = found == NONE ? m : found;
        }
        return found;
    }

    /** Whether token {@code t} is a capitalised proper noun in the sentence of token {@code in}. */
    private static boolean properNoun(List<Token> tokens, int t, int in) {
        return RecoveredMentions.properNoun(tokens, t, tokens.get(in).sentence()) && Character.isUpperCase(tokens.get(t).word().charAt(0));
    }
}
