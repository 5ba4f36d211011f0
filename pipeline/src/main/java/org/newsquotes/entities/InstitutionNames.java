package org.newsquotes.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.newsquotes.config.ModelFiles;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.Layer;
import org.newsquotes.record.Mention;
import org.newsquotes.record.MentionKind;
import org.newsquotes.record.Token;
import org.newsquotes.stage.DocumentStage;

/**
 * Phase-1 stage that types as an organisation a place whose name news uses for the institution that sits there:
 * "Downing Street said the prime minister had full confidence in her", which CoreNLP leaves untagged (so the report
 * had no speaker), "Scotland Yard said two men were held" (tagged a country and a place, so the speaker was
 * Scotland), "the Vatican said" (a place, no speaker at all). The names are curated in
 * {@code models/}{@value #FILE}, each an {@code ORGANIZATION} unless its line gives another type (the Vatican is the
 * {@code COUNTRY} the alias table knows as Vatican City). Each occurrence written exactly so, with no proper noun
 * right before or after it in its sentence ("Vatican City", "Downing Street Policy Unit" are other names), becomes one
 * mention of that type (ids {@value #PREFIX}1, {@value #PREFIX}2, …) in place of any mention the tagger made over its
 * words.
 */
public final class InstitutionNames implements DocumentStage {
    static final String FILE = "institution-names.txt";
    static final String PREFIX = "i";

    /** The types a line may give; an institution speaks, so each is one the quote stage takes as a speaker. */
    static final Set<String> TYPES = Set.of("ORGANIZATION", "COUNTRY");

    private record Name(String[] words, String type) {}

    private final List<Name> names;

    /** Lines {@code NAME} (an organisation) or {@code NAME | TYPE}; a bad line is a setup error naming it. */
    InstitutionNames(List<String> lines) {
        List<Name> parsed = new ArrayList<>();
        for (String line : lines) {
            String[] cols = line.split("\\|", -1);
            String type = cols.length > 1 ? cols[1].strip() : "ORGANIZATION";
            if (cols.length > 2 || cols[0].isBlank() || !TYPES.contains(type)) {
                throw new IllegalArgumentException(FILE + ": expected 'NAME' or 'NAME | TYPE' with TYPE one of "
                        + new TreeSet<>(TYPES) + ": " + line);
            }
            parsed.add(new Name(cols[0].strip().split("\\s+"), type));
        }
        this.names = List.copyOf(parsed);
    }

    /** The stage over {@code models/}{@value #FILE}; none when the file is absent from a user's models directory. */
    public static InstitutionNames load(ModelFiles models) {
        return new InstitutionNames(models.exists(FILE) ? models.lines(FILE) : List.of());
    }

    @Override public String name() { return "institution-names"; }

    @Override public Set<Layer> requires() { return Set.of(Layer.TOKENS, Layer.MENTIONS); }

    @Override public Set<Layer> provides() { return Set.of(Layer.MENTIONS); }

    @Override public String fingerprint() { return name() + "-v1"; }

    @Override public AnnotatedDocument process(AnnotatedDocument doc) {
        List<Token> tokens = doc.tokens();
        List<int[]> found = new ArrayList<>();
        List<String> types = new ArrayList<>();
        for (int t = 0; t < tokens.size(); t++) {
            for (Name name : names) {
                int end = t + name.words().length;
                int sentence = tokens.get(t).sentence();
                if (!matches(tokens, t, name.words()) || RecoveredMentions.properNoun(tokens, t - 1, sentence)
                        || RecoveredMentions.properNoun(tokens, end, sentence)) continue;
                found.add(new int[] {t, end});
                types.add(name.type());
                t = end - 1;
                break;
            }
        }
        if (found.isEmpty()) return doc;
        List<Mention> kept = new ArrayList<>();
        for (Mention m : doc.mentions()) {
            boolean replaced = false;
            for (int[] f : found) replaced |= m.firstToken() < f[1] && f[0] < m.endToken();
            if (!replaced) kept.add(m);
        }
        List<Mention> added = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            int[] f = found.get(i);
            Token first = tokens.get(f[0]);
            Token last = tokens.get(f[1] - 1);
            added.add(new Mention(PREFIX + (added.size() + 1), first.sentence(), first.start(), last.end(),
                    doc.text().substring(first.start(), last.end()), types.get(i), f[0], f[1], null, MentionKind.NAME));
        }
        return RecoveredMentions.with(doc.withMentions(kept), added);
    }

    private static boolean matches(List<Token> tokens, int t, String[] name) {
        if (t + name.length > tokens.size()) return false;
        for (int i = 0; i < name.length; i++) {
            Token tok = tokens.get(t + i);
            if (!tok.word().equals(name[i]) || tok.sentence() != tokens.get(t).sentence()) return false;
        }
        return true;
    }
}
