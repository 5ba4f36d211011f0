package org.newsquotes.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.Attribution;
import org.newsquotes.record.LocalEntity;
import org.newsquotes.record.Mention;
import org.newsquotes.record.Quote;
import org.newsquotes.record.QuoteKind;
import org.newsquotes.record.ReviewStatus;
import org.newsquotes.record.Span;
import org.newsquotes.testing.MarkedText;

/** Documents with quotes and entities for review tests, built without CoreNLP. Sentences are our own. */
final class ReviewFixtures {
    private ReviewFixtures() {}

    /**
     * A document from MarkedText markup; every “…” passage becomes a direct quote attributed to the nearest
     * PERSON mention in the same paragraph (good enough for review tests); each PERSON is one local entity.
     */
    static AnnotatedDocument doc(String docId, String marked) {
        AnnotatedDocument d = MarkedText.parse(docId, marked);
        String t = d.text();
        List<LocalEntity> ents = new ArrayList<>();
        for (Mention m : d.mentions()) {
            if (ents.stream().noneMatch(e -> e.name().equals(m.text()))) {
                ents.add(new LocalEntity("e" + (ents.size() + 1), m.text(), m.ner(), List.of(m.id()), List.of(m.text()),
                        List.of(), List.of(), slug(m.text())));
            }
        }
        List<Quote> quotes = new ArrayList<>();
        int from = 0;
        while (true) {
            int open = t.indexOf('“', from);
            if (open < 0) break;
            int close = t.indexOf('”', open + 1);
            if (close < 0) break;
            int s = open + 1;
            Mention best = null;
            int lineStart = t.lastIndexOf('\n', open) + 1;
            int lineEnd = t.indexOf('\n', close);
            if (lineEnd < 0) lineEnd = t.length();
            for (Mention m : d.mentions()) {
                if (m.start() >= lineStart && m.end() <= lineEnd && (m.end() <= open || m.start() > close)) {
                    if (best == null || Math.abs(m.start() - s) < Math.abs(best.start() - s)) best = m;
                }
            }
            Attribution a = Attribution.none();
            if (best != null) {
                Mention b = best;
                LocalEntity e = ents.stream().filter(x -> x.name().equals(b.text())).findFirst().orElseThrow();
                a = new Attribution(e.name(), e.id(), e.entityId(), b.text(), new Span(b.start(), b.end()), "said",
                        "test-nearest", 0.5 + 0.01 * (quotes.size() % 50));
            }
            quotes.add(new Quote("q" + (quotes.size() + 1), QuoteKind.DIRECT, s, close, t.substring(s, close), a,
                    ReviewStatus.UNREVIEWED));
            from = close + 1;
        }
        return d.withEntities(ents).withQuotes(quotes);
    }

    static String slug(String name) {
        return name.toLowerCase().replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }

    static Quote quote(AnnotatedDocument d, String text) {
        return d.quotes().stream().filter(q -> q.text().equals(text)).findFirst().orElseThrow(() -> new AssertionError("no quote " + text));
    }

    static JournalEntry decide(String annotator, AnnotatedDocument d, Quote q, ReviewAction action, ReviewState newState) {
        return new JournalEntry(UUID.randomUUID().toString(), Instant.now(), annotator, action, QuoteKey.of(d, q), q.id(),
                ReviewState.of(q), newState, null);
    }

    static JournalEntry accept(String annotator, AnnotatedDocument d, Quote q) {
        return decide(annotator, d, q, ReviewAction.ACCEPT, ReviewState.of(q).withStatus(ReviewStatus.ACCEPTED));
    }

    static JournalEntry reject(String annotator, AnnotatedDocument d, Quote q) {
        return decide(annotator, d, q, ReviewAction.REJECT, ReviewState.of(q).withStatus(ReviewStatus.REJECTED));
    }

    static JournalEntry correct(String annotator, AnnotatedDocument d, Quote q, String speaker) {
        return decide(annotator, d, q, ReviewAction.CORRECT_SPEAKER, ReviewState.of(q).withSpeaker(speaker, null, null));
    }

    static JournalEntry undo(String annotator, JournalEntry undone) {
        return new JournalEntry(UUID.randomUUID().toString(), Instant.now(), annotator, ReviewAction.UNDO, undone.key(),
                undone.quoteId(), undone.newState(), undone.oldState(), undone.id());
    }
}
