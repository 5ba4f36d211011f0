package org.newsquotes.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsquotes.record.Attribution;
import org.newsquotes.record.LocalEntity;
import org.newsquotes.record.Mention;

/**
 * "he said" / "she added": the pronoun resolved to the right earlier person without coreference. Walks back sentence
 * by sentence from the pronoun; in the nearest sentence that names a person, takes the person who spoke the previous
 * quote if named there (the news pattern "X said ... “…,” he added"), else the leftmost person (the subject, in
 * English news order), skipping possessives ("Trump's envoy") when another person is named. People whose courtesy
 * title or given name shows the other gender are passed over ({@link PersonGender}): "she" after "Tom Aske met Maria
 * Lopez" is Maria Lopez.
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
        if (people.isEmpty()) return null;
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
}
