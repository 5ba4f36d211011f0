package org.newsquotes.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsquotes.entities.PersonGender;
import org.newsquotes.record.Attribution;
import org.newsquotes.record.LocalEntity;
import org.newsquotes.record.Mention;

/**
 * "he said" / "she added": the pronoun resolved to the right earlier person without coreference. Walks back sentence
 * by sentence from the pronoun; in the nearest sentence that names a person, takes the person who spoke the previous
 * quote if named there (the news pattern "X said ... “…,” he added"), else the leftmost person (the subject, in
 * English news order), skipping possessives ("Trump's envoy") when another person is named. People whose courtesy
 * title or given name shows the other gender are passed over ({@link PersonGender}): "she" after "Tom Aske met Maria
 * Lopez" is Maria Lopez. A report by a person introduced unnamed ("a neighbour told the paper …") between the pronoun and that
 * sentence leaves the pronoun unresolved ({@link #unnamedPersonNearer}).
 */
public final class PronounSieve implements AttributionSieve {
    static final int REACH = 5;

    private static PersonGender.Gender genderOf(Mention m, AttributionContext ctx) {
        LocalEntity e = ctx.index().entityOf(m);
        return e != null ? ctx.lexicon().genders().of(e) : ctx.lexicon().genders().ofName(m.text());
    }

    @Override public String method() { return AttributionMethod.PRONOUN.label(); }

    @Override public Attribution attribute(QuoteCandidate q, Evidence ev, AttributionContext ctx) {
        if (q.source() == null || ev == null || ev.type() != Evidence.Type.PRONOUN) return null;
        String p = ev.text().toLowerCase(Locale.ROOT);
        if (!p.equals("he") && !p.equals("she")) return null;
        AttributionContext.Attributed last = ctx.lastWithSpeakerBefore(q.content().start());
        String lastId = last == null ? null : last.attribution().speakerLocalId();
        int anchor = Math.min(ev.span().start(), q.markStart());
        List<Mention> people = new ArrayList<>();
        int sentence = -1;
        for (Mention m : ctx.mentionsBefore(anchor, REACH)) {
            if (!"PERSON".equals(ctx.typeOf(m))) continue;
            // "she" is not the man named last: a title or given name of the other gender rules a person out
            if (!PersonGender.compatible(p, genderOf(m, ctx))) continue;
            if (sentence >= 0 && m.sentence() != sentence) break;
            sentence = m.sentence();
            people.add(m);
        }
        if (people.isEmpty() || unnamedPersonNearer(p, anchor, sentence, ctx)) return null;
        Mention chosen = null;
        for (Mention m : people) {
            // a possessive ("Roe's client") names the person without making them the sentence's actor
            if (EvidencePicker.isPossessive(ctx.index(), m)) continue;
            LocalEntity e = ctx.index().entityOf(m);
            if (e != null && e.id().equals(lastId)) return ctx.entity(e, ev, q.source().cue(), method(), 0.75);
        }
        // people holds nearest first; the subject is the leftmost non-possessive one
        for (int i = people.size() - 1; i >= 0 && chosen == null; i--) {
            if (!EvidencePicker.isPossessive(ctx.index(), people.get(i))) chosen = people.get(i);
        }
        if (chosen == null) chosen = people.get(people.size() - 1);
        LocalEntity e = ctx.index().entityOf(chosen);
        return e != null ? ctx.entity(e, ev, q.source().cue(), method(), 0.65) : ctx.named(chosen, ev, q.source().cue(), method(), 0.6);
    }

    /**
     * 'Detective Ann Roe said … A neighbour told the paper she heard a bang. “He was lying in the road,” she said.':
     * the latest report before the pronoun whose source introduces an unnamed person (an indefinite description, "a
     * neighbour", "a young woman", "another witness", whose head noun names a person, {@link PersonNouns}, of a
     * gender the pronoun allows) was made after the sentence that names the nearest person; the pronoun most likely
     * continues that report, so naming the earlier person would be a guess. A definite description is left alone:
     * news refers back to people named before with one ("the senator said", "the retired surgeon replied"). Reports credited to a pronoun nobody was found for are passed over ("she said" after the neighbour); a
     * report whose source was resolved to someone, or that lies before the named person's sentence, ends the search.
     */
    static boolean unnamedPersonNearer(String pronoun, int anchor, int namedSentence, AttributionContext ctx) {
        DocumentIndex ix = ctx.index();
        List<AttributionContext.Attributed> done = ctx.attributed();
        for (int i = done.size() - 1; i >= 0; i--) {
            Attribution a = done.get(i).attribution();
            if (a.mentionSpan() == null || a.mentionSpan().start() >= anchor) continue;
            int head = ix.lastTokenBefore(a.mentionSpan().end());
            if (head < 0 || ix.token(head).sentence() <= namedSentence || a.speakerLocalId() != null) return false;
            String pos = ix.token(head).pos();
            if (pos.startsWith("PRP")) continue;
            String word = ix.token(head).word();
            int first = ix.firstTokenAtOrAfter(a.mentionSpan().start());
            return pos.equals("NN") && Words.INDEFINITE_DETERMINERS.contains(ix.word(first))
                    && ctx.lexicon().personNouns().isPerson(word) && PersonGender.compatible(pronoun, PersonNouns.genderOf(word));
        }
        return false;
    }
}
