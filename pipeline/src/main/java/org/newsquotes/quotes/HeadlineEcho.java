package org.newsquotes.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsquotes.record.Attribution;
import org.newsquotes.record.LocalEntity;
import org.newsquotes.record.Mention;
import org.newsquotes.record.QuoteKind;
import org.newsquotes.record.Span;

/**
 * A headline's quote that the story prints again under a named speaker is that speaker's: in "Mayor: ‘No Place For
 * Hate’ In Our Harbour" over "… the mayor said there was “no place for hate” in the harbour", the headline's words,
 * found whole in a later quote of the story that has a speaker, are a quote of that speaker, even where the headline's
 * Title Case made them look like a title ({@code other}). Only a headline quote without a speaker of its own, of at
 * least {@value #MIN_WORDS} words, and only a body quote that holds all of its words in order; the first in reading
 * order answers. The answer keeps the body quote's speaker, evidence and confidence, under the method
 * {@link AttributionMethod#HEADLINE_ECHO}; the headline's own name for that speaker, where it gives one before the
 * quote, is the evidence.
 */
final class HeadlineEcho {
    /** Fewest words of a headline quote that can be matched ("‘Hate’" alone is anyone's word). */
    static final int MIN_WORDS = 2;

    private HeadlineEcho() {}

    /** One quote as the stage holds it before numbering. */
    record Item(Span span, QuoteKind kind, Attribution attribution) {}

    /**
     * The items with each headline quote that a later quote echoes given that quote's speaker (and, when it was
     * {@code other}, the kind a quote of its length has); the others unchanged. {@code text} is the document text.
     */
    static List<Item> apply(DocumentIndex ix, String text, List<Item> items) {
        List<Item> out = new ArrayList<>(items);
        // each quote's place and words read once: a page of many quotes stays linear in the headline quotes
        boolean[] title = new boolean[items.size()];
        String[] body = new String[items.size()];
        boolean anyHeadline = false;
        for (int i = 0; i < items.size(); i++) {
            Item q = items.get(i);
            title[i] = ix.inTitle(q.span());
            anyHeadline |= title[i] && q.kind() != QuoteKind.INDIRECT && !q.attribution().hasSpeaker();
        }
        if (!anyHeadline) return out;
        for (int j = 0; j < items.size(); j++) {
            Item b = items.get(j);
            if (!title[j] && b.kind() != QuoteKind.OTHER && b.kind() != QuoteKind.INDIRECT && b.attribution().hasSpeaker()) {
                body[j] = " " + words(b.span().of(text)) + " ";
            }
        }
        for (int i = 0; i < items.size(); i++) {
            Item h = items.get(i);
            if (!title[i] || h.kind() == QuoteKind.INDIRECT || h.attribution().hasSpeaker()) continue;
            String words = words(h.span().of(text));
            if (words.split(" ").length < MIN_WORDS) continue;
            for (int j = 0; j < items.size(); j++) {
                Item b = items.get(j);
                if (body[j] == null || !body[j].contains(" " + words + " ")) continue;
                Attribution a = b.attribution();
                QuoteKind kind = h.kind() != QuoteKind.OTHER ? h.kind()
                        : QuoteKindClassifier.wordCount(h.span().of(text)) > QuoteKindClassifier.FRAGMENT_MAX_WORDS ? QuoteKind.DIRECT : QuoteKind.FRAGMENT;
                // the headline's own name for that speaker, when it gives one before the quote, is the evidence
                Mention named = namedBefore(ix, h.span(), a.speakerLocalId());
                String mention = named != null ? named.text() : a.mention();
                Span mentionSpan = named != null ? new Span(named.start(), named.end()) : a.mentionSpan();
                out.set(i, new Item(h.span(), kind, new Attribution(a.speaker(), a.speakerLocalId(), a.speakerEntityId(),
                        mention, mentionSpan, null, AttributionMethod.HEADLINE_ECHO.label(), a.confidence())));
                break;
            }
        }
        return out;
    }

    /**
     * The last mention before the headline quote at {@code quote}, in its sentence, of the speaker {@code localId}
     * ("Roe: ‘No Place For Hate’" over a story quoting Ann Roe gives "Roe"), or null.
     */
    static Mention namedBefore(DocumentIndex ix, Span quote, String localId) {
        if (localId == null) return null;
        int first = ix.firstTokenAtOrAfter(quote.start());
        if (first >= ix.tokenCount()) return null;
        Mention found = null;
        for (int t = ix.sentenceOf(first).firstToken(); t < first; t++) {
            Mention m = ix.mentionAt(t);
            if (m == null || m.firstToken() != t) continue;
            LocalEntity e = ix.entityOf(m);
            if (e != null && localId.equals(e.id())) found = m;
        }
        return found;
    }

    /** Lower-case words, letters and digits only, one space between ("No Place For Hate," → "no place for hate"). */
    static String words(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[’']", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
