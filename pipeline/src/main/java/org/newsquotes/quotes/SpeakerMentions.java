package org.newsquotes.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.LocalEntity;
import org.newsquotes.record.Mention;
import org.newsquotes.record.MentionKind;
import org.newsquotes.record.Quote;
import org.newsquotes.record.Span;
import org.newsquotes.record.Token;

/**
 * Makes every quote's speaker evidence a mention, so {@code quotes.csv} joins {@code mentions.csv} by id and never by
 * offsets: a speaker found in words the tagger did not tag ("the top diplomat", "who", often "he") becomes a mention
 * {@code s1}, {@code s2}, ... (in reading order), of kind pronoun or nominal, typed like the speaker's entity.
 *
 * <p>Example: in "“We will not leave,” the top diplomat said." the ranker picks "the top diplomat", which no NER
 * model tags; the document gains mention {@code s1} = "the top diplomat" (nominal, PERSON when it belongs to a
 * person entity), and the quote's {@code speaker_mention_id} is {@code s1}.
 */
final class SpeakerMentions {
    /** The id prefix of added mentions; the tagger's are {@code m}. */
    static final String PREFIX = "s";

    private SpeakerMentions() {}

    /** {@code doc} with a mention for every quote's speaker span that no mention covers exactly. */
    static AnnotatedDocument add(AnnotatedDocument doc, List<Quote> quotes) {
        Set<Span> known = new HashSet<>();
        for (Mention m : doc.mentions()) known.add(m.span());
        Map<Span, Quote> missing = new HashMap<>();
        for (Quote q : quotes) {
            Span s = q.attribution().mentionSpan();
            if (s != null && !known.contains(s)) missing.putIfAbsent(s, q);
        }
        if (missing.isEmpty()) return doc;
        List<Span> spans = new ArrayList<>(missing.keySet());
        spans.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
        List<Mention> mentions = new ArrayList<>(doc.mentions());
        int n = 0;
        for (Span s : spans) {
            int first = -1;
            int end = -1;
            for (Token t : doc.tokens()) {
                if (t.start() >= s.start() && t.end() <= s.end()) {
                    if (first < 0) first = t.index();
                    end = t.index() + 1;
                }
            }
            if (first < 0) continue; // no token inside the span: nothing to point at
            String text = doc.text().substring(s.start(), s.end());
            MentionKind kind = MentionKind.ofText(text) == MentionKind.PRONOUN ? MentionKind.PRONOUN : MentionKind.NOMINAL;
            mentions.add(new Mention(PREFIX + (++n), doc.tokens().get(first).sentence(), s.start(), s.end(), text,
                    type(doc, missing.get(s), text), first, end, null, kind));
        }
        return doc.withMentions(mentions);
    }

    /**
     * {@code doc} without the mentions {@link #add} gave it (id {@value #PREFIX} and a number), so that attributing
     * a document again sees the tagger's mentions only, as the first run did.
     */
    static AnnotatedDocument without(AnnotatedDocument doc) {
        if (doc.mentions().stream().noneMatch(SpeakerMentions::added)) return doc;
        List<Mention> kept = new ArrayList<>();
        for (Mention m : doc.mentions()) if (!added(m)) kept.add(m);
        return doc.withMentions(kept);
    }

    private static boolean added(Mention m) {
        String id = m.id();
        return id.length() > PREFIX.length() && id.startsWith(PREFIX)
                && id.substring(PREFIX.length()).chars().allMatch(Character::isDigit);
    }

    /** The speaker's entity type when the quote names one, else what the pronoun says, else O (no type). */
    private static String type(AnnotatedDocument doc, Quote q, String text) {
        String local = q.attribution().speakerLocalId();
        if (local != null) {
            for (LocalEntity e : doc.entities()) if (e.id().equals(local)) return e.type();
        }
        String lower = text.strip().toLowerCase(Locale.ROOT);
        if (Words.PERSONAL_PRONOUNS.contains(lower)) return "PERSON";
        if (Words.NON_PERSONAL_PRONOUNS.contains(lower)) return "ORGANIZATION";
        return "O";
    }
}
