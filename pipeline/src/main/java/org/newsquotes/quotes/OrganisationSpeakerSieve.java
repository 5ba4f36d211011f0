package org.newsquotes.quotes;

import java.util.Locale;
import org.newsquotes.record.Attribution;
import org.newsquotes.record.LocalEntity;
import org.newsquotes.record.Mention;
import org.newsquotes.record.QuoteKind;

/**
 * Organisations, outlets and countries as speakers: a non-person name in the source phrase ("said an editorial in
 * the hardline Kayhan newspaper", "the ministry of Foo said", "Iran said"); the pronoun {@code it} resolved to the
 * nearest earlier organisation-like name ("it wrote"); an outlet description ("the newspaper said") resolved to the
 * nearest earlier name standing with that outlet noun, there or where its entity was introduced ("the software company
 * Nexora … Nexora said … the company said"); a body description ("the association said") resolved to the nearest
 * earlier organisation whose name holds its noun, singular or plural ("the Road Haulage Association", "Skyward
 * Airlines" for "the airline") or that the noun stood in apposition
 * with ("his former club, Racing Dunmore, … the club said"); a description closing a report
 * whose content opens with an organisation's name is that organisation ("Brightwave cut its forecast, the company
 * said").
 */
public final class OrganisationSpeakerSieve implements AttributionSieve {
    /** How many sentences back "it" and "the newspaper" may reach. */
    static final int REACH = 4;

    @Override public String method() { return AttributionMethod.ORGANISATION.label(); }

    @Override public Attribution attribute(QuoteCandidate q, Evidence ev, AttributionContext ctx) {
        if (q.source() == null || ev == null) return null;
        String cue = q.source().cue();
        switch (ev.type()) {
            case NAME -> {
                return ctx.named(ev.mention(), ev, cue, method(), 0.8);
            }
            case PRONOUN -> {
                if (!ev.text().toLowerCase(Locale.ROOT).equals("it")) return null;
                AttributionContext.Attributed last = ctx.lastWithSpeakerBefore(q.content().start());
                for (Mention m : ctx.mentionsBefore(ev.span().start(), REACH)) {
                    if (!ctx.isOrganisationLike(m)) continue;
                    LocalEntity e = ctx.index().entityOf(m);
                    if (e == null) return ctx.named(m, ev, cue, AttributionMethod.PRONOUN_IT.label(), 0.6);
                    return ctx.entity(e, ev, cue, AttributionMethod.PRONOUN_IT.label(), last != null && e.id().equals(last.attribution().speakerLocalId()) ? 0.75 : 0.6);
                }
                return null;
            }
            default -> {
                // the description's words, lower case, read once for every rule below
                String[] words = ev.text().toLowerCase(Locale.ROOT).split("\\s+");
                Attribution subject = contentSubject(q, ev, words, ctx, cue);
                if (subject != null) return subject;
                Attribution named = namedDescription(ev, words, ctx, cue);
                // a name holding the noun wins; failing one, the organisation that has just spoken goes on
                return named != null ? named : previousOrganisation(q, ev, words, ctx, cue);
            }
        }
    }

    /**
     * A description headed by a body noun ("the association said", "the union says") resolved to the nearest earlier
     * organisation whose own name holds that noun: "the Road Haulage Association warned … the association said" is
     * the Road Haulage Association; so is a bare "the club" after a name the noun stood beside ("his former club,
     * Racing Dunmore, thanked him … the club said"). A body named by no earlier name ("the council said" with no
     * council named) stays unresolved; so does a name that only stands near the noun without apposition (unlike an
     * outlet's "Kayhan newspaper": "the union" after "Roe's union" is no one named).
     */
    private Attribution bodyDescription(Evidence ev, String[] words, AttributionContext ctx, String cue) {
        String head = words[words.length - 1];
        if (!ctx.lexicon().isCue(CueCategory.BODY, head)) return null;
        for (Mention m : ctx.mentionsBefore(ev.span().start(), REACH)) {
            if (m.span().overlaps(ev.span())) continue;
            boolean holds = ctx.isOrganisationLike(m) && holdsNoun(m.text(), head);
            // a name the noun stood beside is that body whatever type the tagger gave it ("his former club, Atletico
            // Serrano" tagged a person); so is a later mention of a name introduced with it
            // only the bare "the club": "the pro-Clinton group" says more than any apposition did
            if (holds || words.length == 2 && introducedWith(ctx, m, head)) return described(m, ev, ctx, cue);
        }
        return null;
    }

    /**
     * True when {@code name} holds {@code noun} as a word, singular or plural: "the Road Haulage Association" holds
     * "association", "Skyward Airlines" "airline".
     */
    static boolean holdsNoun(String name, String noun) {
        for (String w : name.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (w.equals(noun) || w.equals(noun + "s") || w.equals(noun + "es")) return true;
        }
        return false;
    }

    /**
     * "Brightwave cut its revenue forecast on Wednesday, the company said": a report closing on an organisation's
     * description ("the company", "the utility", "the union") whose content opens with an organisation's name is that
     * organisation speaking of itself.
     */
    private Attribution contentSubject(QuoteCandidate q, Evidence ev, String[] words, AttributionContext ctx, String cue) {
        if (q.kind() != QuoteKind.INDIRECT || ev.span().start() < q.content().end()) return null;
        String head = words[words.length - 1];
        if (!words[0].equals("the") || !(ctx.lexicon().isCue(CueCategory.BODY, head) || ctx.lexicon().isCue(CueCategory.OUTLET, head))) return null;
        DocumentIndex ix = ctx.index();
        int first = ix.firstTokenAtOrAfter(q.content().start());
        if (first < ix.tokenCount() && ix.token(first).pos().equals("DT")) first++;
        Mention m = first < ix.tokenCount() ? ix.mentionAt(first) : null;
        return m != null && m.firstToken() == first && "ORGANIZATION".equals(ctx.typeOf(m)) ? described(m, ev, ctx, cue) : null;
    }

    /** An outlet or body description resolved to the name that stands with its noun or holds it; null when none does. */
    private Attribution namedDescription(Evidence ev, String[] words, AttributionContext ctx, String cue) {
        String outlet = outletWord(words, ctx);
        if (outlet == null) return bodyDescription(ev, words, ctx, cue);
        for (Mention m : ctx.mentionsBefore(ev.span().start(), REACH)) {
            if (!"PERSON".equals(ctx.typeOf(m)) || ctx.outletNear(m) != null) {
                boolean sameOutlet = outlet.equals(ctx.outletNear(m)) || m.text().toLowerCase(Locale.ROOT).contains(outlet)
                        || introducedAs(ctx, m, outlet);
                if (!sameOutlet) continue;
                return described(m, ev, ctx, cue);
            }
        }
        return null;
    }

    /**
     * "Tickets will be refunded, promoter Live Arena said. The firm said refunds could take 30 days": "the" and an
     * organisation's generic noun ({@code organisation-noun} in {@code quote-cues.txt}) right after a report by an
     * organisation (in this sentence or the one before) go on with that organisation, when no name holds or stands
     * with the noun. Words that only say where the organisation is from may stand between ("The Leeds-based firm
     * said", "the Swiss company said": {@link #homeOnly}); any other ("the rival company") may mean another.
     */
    private Attribution previousOrganisation(QuoteCandidate q, Evidence ev, String[] words, AttributionContext ctx, String cue) {
        String head = words[words.length - 1];
        // only a noun that fits any organisation ("the company", "the group", "the agency"); "the campaign", "the
        // network" or "the union" name a kind the organisation that spoke need not be
        if (words.length < 2 || !words[0].equals("the") || !ctx.lexicon().isCue(CueCategory.ORGANISATION_NOUN, head)) return null;
        if (words.length > 2 && !homeOnly(ctx.index(), ev.firstToken() + 1, ev.endToken() - 1)) return null;
        AttributionContext.Attributed last = ctx.lastWithSpeakerBefore(q.content().start());
        if (last == null || last.quote().source() == null || last.quote().source().cueToken() < 0) return null;
        DocumentIndex ix = ctx.index();
        int sentence = ix.token(ev.firstToken()).sentence();
        if (sentence - ix.token(last.quote().source().cueToken()).sentence() > 1) return null;
        LocalEntity e = last.attribution().speakerLocalId() == null ? null : ix.entity(last.attribution().speakerLocalId());
        return e != null && "ORGANIZATION".equals(e.type()) && fits(ctx, head, e.name())
                ? ctx.entity(e, ev, cue, AttributionMethod.OUTLET_DESCRIPTION.label(), 0.6) : null;
    }

    /**
     * True when tokens [from, to) only say where an organisation is from: a place's name with a hyphenated participle
     * or adjective ("Pittsburgh-based", "London-listed"), or a capitalised adjective of nationality ("Swiss",
     * "German"), and nothing else.
     */
    static boolean homeOnly(DocumentIndex ix, int from, int to) {
        if (from >= to) return false;
        for (int t = from; t < to; ) {
            Mention m = ix.mentionAt(t);
            if (m != null && m.firstToken() == t && Mention.PLACE_TYPES.contains(m.ner())) {
                int after = EvidencePicker.afterPlaceCompound(ix, m.endToken(), to + 1);
                if (after == m.endToken()) return false;
                t = after;
            } else if (ix.token(t).pos().equals("JJ") && Character.isUpperCase(ix.firstChar(t))) {
                t++;
            } else {
                return false;
            }
        }
        return true;
    }

    /**
     * "the company" fits a body's name unless the name ends in a word of a public body ({@link
     * CueCategory#PUBLIC_BODY}): "The National Road Safety Administration said … The company said" is the carmaker of
     * the story, not the regulator; "the agency said" still goes on with it.
     */
    private static boolean fits(AttributionContext ctx, String noun, String name) {
        String[] words = name.toLowerCase(Locale.ROOT).split("\\s+");
        return !ctx.lexicon().isCue(CueCategory.PUBLIC_BODY, words[words.length - 1]) || ctx.lexicon().isCue(CueCategory.PUBLIC_BODY, noun);
    }

    /** The name {@code m} a description {@code ev} resolves to: its entity, or the mention itself when unclustered. */
    private static Attribution described(Mention m, Evidence ev, AttributionContext ctx, String cue) {
        LocalEntity e = ctx.index().entityOf(m);
        return e != null ? ctx.entity(e, ev, cue, AttributionMethod.OUTLET_DESCRIPTION.label(), 0.65)
                : ctx.named(m, ev, cue, AttributionMethod.OUTLET_DESCRIPTION.label(), 0.6);
    }

    /**
     * True when an earlier mention of {@code m}'s entity stood with {@code outlet} ("the software company Nexora …
     * Nexora said … the company said"): the noun that introduced a name goes on describing it after later mentions
     * drop it.
     */
    private static boolean introducedAs(AttributionContext ctx, Mention m, String outlet) {
        LocalEntity e = ctx.index().entityOf(m);
        if (e == null) return false;
        for (Mention other : ctx.index().document().mentions()) {
            if (other.start() >= m.start()) continue;
            if (e.equals(ctx.index().entityOf(other)) && outlet.equals(ctx.outletNear(other))) return true;
        }
        return false;
    }

    /**
     * True when {@code noun} stood beside {@code m} or an earlier mention of its entity ({@link
     * AttributionContext#standsWith}): "the media regulator, Ofcom, … Ofcom fined … the regulator said".
     */
    private static boolean introducedWith(AttributionContext ctx, Mention m, String noun) {
        if (ctx.standsWith(m, noun)) return true;
        LocalEntity e = ctx.index().entityOf(m);
        if (e == null) return false;
        for (Mention other : ctx.index().document().mentions()) {
            if (other.start() < m.start() && e.equals(ctx.index().entityOf(other)) && ctx.standsWith(other, noun)) return true;
        }
        return false;
    }

    /** The outlet noun that heads a description ("the newspaper", "the conservative daily"), or null. */
    private static String outletWord(String[] words, AttributionContext ctx) {
        for (int i = words.length - 1; i >= 0; i--) {
            if (ctx.lexicon().isCue(CueCategory.OUTLET, words[i])) return words[i];
        }
        return null;
    }
}
