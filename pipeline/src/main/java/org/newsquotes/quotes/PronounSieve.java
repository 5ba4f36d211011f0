package org.newsquotes.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsquotes.entities.PersonGender;
import org.newsquotes.record.Attribution;
import org.newsquotes.record.LocalEntity;
import org.newsquotes.record.Mention;
import org.newsquotes.record.Sentence;

/**
 * "he said" / "she added": the pronoun resolved to the right earlier person without coreference. Walks back sentence
 * by sentence from the pronoun; in the nearest sentence that names a person, takes the person who spoke the previous
 * quote if named there (the news pattern "X said ... “…,” he added"), else the leftmost person (the subject, in
 * English news order), skipping possessives ("Trump's envoy"), names that only modify a named role holder ("Carrow
 * boss Ann Roe") and names that only modify a noun ("the Roe campaign") when another person is named. People whose courtesy
 * title or given name shows the other gender are passed over ({@link PersonGender}): "she" after "Tom Aske met Maria
 * Lopez" is Maria Lopez; for a given name that says nothing, a person noun beside the name does ("her son, Ailan,":
 * {@link AttributionContext#genderByDescription}), nor, for one both genders bear, an earlier "she said" credited to the
 * person when no one else was near ({@link #genderByPronoun}). A report by a person introduced unnamed ("a neighbour told the paper …") between the pronoun and that
 * sentence leaves the pronoun unresolved ({@link #unnamedPersonNearer}). The walk reaches {@value #REACH} sentences
 * back for anyone, {@value #PROTAGONIST_REACH} for the person the story names most when no one nearer can be meant (a
 * profile quotes its subject for paragraphs as "she").
 */
public final class PronounSieve implements AttributionSieve {
    static final int REACH = 5;

    /**
     * The gender of the person {@code m} names: from title or given name, else from a person noun beside the name
     * ("Rhona Bell's son, Ailan,"), else, when {@code pronouns}, from the pronouns the story used for them so far
     * ({@link #genderByPronoun}).
     */
    private static PersonGender.Gender genderOf(Mention m, AttributionContext ctx, boolean pronouns) {
        LocalEntity e = ctx.index().entityOf(m);
        PersonGender.Gender named = namedGender(e, m.text(), ctx);
        if (named != PersonGender.Gender.UNKNOWN) return named;
        PersonGender.Gender described = ctx.genderByDescription(m);
        return described != PersonGender.Gender.UNKNOWN || e == null || !pronouns ? described : genderByPronoun(e, ctx);
    }

    /** The person's gender from title or given name, else from the pronouns the story used for them so far. */
    private static PersonGender.Gender genderOf(LocalEntity e, AttributionContext ctx) {
        PersonGender.Gender named = namedGender(e, e.name(), ctx);
        return named != PersonGender.Gender.UNKNOWN ? named : genderByPronoun(e, ctx);
    }

    /**
     * The gender a person's title or given name tells: of entity {@code e} when there is one, else of the words
     * {@code text}; failing that, of a given name the story names the person by alone ("a sheep farmer named Robert").
     */
    private static PersonGender.Gender namedGender(LocalEntity e, String text, AttributionContext ctx) {
        PersonGender genders = ctx.lexicon().genders();
        PersonGender.Gender named = e != null ? genders.of(e) : genders.ofName(text);
        return named != PersonGender.Gender.UNKNOWN ? named : genders.ofGivenNameAlone(e != null ? e.name() : text);
    }

    /**
     * The gender the story's own pronouns have given the person: '“…?” she asked' credited earlier to Robin Hale, when
     * the sentences before that pronoun named no one else it could be, makes her female though her given name says
     * nothing, so a later "he replied" is someone else. A pronoun credited where another person was named as near
     * proves nothing (it may have been a guess), and a person credited with both "he" and "she" stays
     * {@link PersonGender.Gender#UNKNOWN}, as does one never credited with either.
     */
    static PersonGender.Gender genderByPronoun(LocalEntity e, AttributionContext ctx) {
        PersonGender.Gender found = PersonGender.Gender.UNKNOWN;
        for (AttributionContext.Attributed a : ctx.attributed()) {
            Attribution at = a.attribution();
            if (at.mention() == null || !e.id().equals(at.speakerLocalId())) continue;
            String p = at.mention().toLowerCase(Locale.ROOT);
            PersonGender.Gender g = PersonGender.ofPronoun(p);
            if (g == PersonGender.Gender.UNKNOWN) continue;
            String sole = ctx.soleReferents.computeIfAbsent(a, k -> soleReferent(p, k, ctx));
            if (!e.id().equals(sole)) continue;
            if (found != PersonGender.Gender.UNKNOWN && found != g) return PersonGender.Gender.UNKNOWN;
            found = g;
        }
        return found;
    }

    @Override public String method() { return AttributionMethod.PRONOUN.label(); }

    @Override public Attribution attribute(QuoteCandidate q, Evidence ev, AttributionContext ctx) {
        if (q.source() == null || ev == null || ev.type() != Evidence.Type.PRONOUN) return null;
        String p = ev.text().toLowerCase(Locale.ROOT);
        if (!p.equals("he") && !p.equals("she")) return null;
        AttributionContext.Attributed last = ctx.lastWithSpeakerBefore(q.content().start());
        String lastId = last == null ? null : last.attribution().speakerLocalId();
        int anchor = Math.min(ev.span().start(), q.markStart());
        List<Mention> people = nearestPeople(p, anchor, REACH, ctx);
        // a profile names its subject, then quotes her for paragraphs as "she": further back, only the person the
        // story names most
        if (people.isEmpty()) {
            String protagonist = ctx.mostNamedPerson();
            people = nearestPeople(p, anchor, PROTAGONIST_REACH, ctx).stream().filter(m -> {
                LocalEntity e = ctx.index().entityOf(m);
                return e != null && e.id().equals(protagonist);
            }).toList();
        }
        if (people.isEmpty()) return previousSpeaker(p, anchor, last, ev, q, ctx);
        int sentence = people.get(0).sentence();
        // a name that only owns something ("Roe's shop") makes its person no actor of the sentence: a report in it
        // after the name is nearer
        boolean ownersOnly = people.stream().allMatch(m -> EvidencePicker.isPossessive(ctx.index(), m));
        if (unnamedPersonNearer(p, anchor, sentence, ownersOnly ? people.get(0).end() : Integer.MAX_VALUE, ctx)) return null;
        Mention chosen = null;
        for (Mention m : people) {
            // a possessive ("Roe's client") names the person without making them the sentence's actor
            if (EvidencePicker.isPossessive(ctx.index(), m)) continue;
            LocalEntity e = ctx.index().entityOf(m);
            if (e != null && e.id().equals(lastId)) return ctx.entity(e, ev, q.source().cue(), method(), 0.75);
        }
        // people holds nearest first; the subject is the leftmost non-possessive one that heads its phrase: in
        // "Carrow boss Ann Roe was furious" the club's name only modifies the role whose holder is Roe
        for (int i = people.size() - 1; i >= 0 && chosen == null; i--) {
            Mention m = people.get(i);
            if (!EvidencePicker.isPossessive(ctx.index(), m)
                    && !EvidencePicker.modifiesATitledName(ctx.index(), ctx.lexicon().personNouns(), m, ctx.index().tokenCount())
                    && !modifiesANoun(ctx.index(), m)) {
                chosen = m;
            }
        }
        if (chosen == null) chosen = people.get(people.size() - 1);
        LocalEntity e = ctx.index().entityOf(chosen);
        return e != null ? ctx.entity(e, ev, q.source().cue(), method(), 0.65) : ctx.named(chosen, ev, q.source().cue(), method(), 0.6);
    }

    /**
     * "The leader of the Brackley council, Jan Moor, …", "the Roe campaign said": a name right before a singular common
     * noun written in lower case only says whose council or campaign; the person does not act in the sentence.
     */
    static boolean modifiesANoun(DocumentIndex ix, Mention m) {
        int t = m.endToken();
        // a singular noun only: a plural is as often a verb the tagger misread ("if Roe moderates his tone")
        return t < ix.tokenCount() && ix.token(t).sentence() == m.sentence() && ix.token(t).pos().equals("NN")
                && Character.isLowerCase(ix.firstChar(t));
    }

    /**
     * 'Price later wrote that he understood their anger. “I hear you,” he posted.': when no sentence within reach names
     * a person the pronoun can be (the tagger took "Price" for a noun), the speaker of the report just before, in the
     * pronoun's sentence or the one before it, when that speaker is a person of a gender the pronoun allows and no
     * report with no speaker came between. Null otherwise.
     */
    private Attribution previousSpeaker(String p, int anchor, AttributionContext.Attributed last, Evidence ev,
            QuoteCandidate q, AttributionContext ctx) {
        if (last == null || last.attribution().speakerLocalId() == null) return null;
        DocumentIndex ix = ctx.index();
        LocalEntity e = ix.entity(last.attribution().speakerLocalId());
        if (e == null || !"PERSON".equals(e.type()) || !PersonGender.compatible(p, genderOf(e, ctx))) return null;
        // a report by someone unresolved after it ("a neighbour told the paper …") is nearer
        for (AttributionContext.Attributed a : ctx.attributed()) {
            int start = a.quote().content().start();
            if (start > last.quote().content().start() && start < anchor && !a.attribution().hasSpeaker()) return null;
        }
        int here = ix.sentenceAtOrAfter(anchor);
        int there = ix.sentenceAtOrAfter(last.quote().content().start());
        return here - there <= 1 ? ctx.entity(e, ev, q.source().cue(), method(), 0.6) : null;
    }

    /**
     * The id of the one person the sentences before attributed quote {@code a}'s pronoun {@code p} name, by title,
     * given name and description alone, in the pronoun's sentence or the one before it; "" when they name none or
     * several, when the person is named further back, or when that sentence uses the same pronoun for someone.
     */
    private static String soleReferent(String p, AttributionContext.Attributed a, AttributionContext ctx) {
        DocumentIndex ix = ctx.index();
        int anchor = Math.min(a.attribution().mentionSpan().start(), a.quote().markStart());
        int pronoun = ix.firstTokenAtOrAfter(a.attribution().mentionSpan().start());
        LocalEntity sole = null;
        List<Mention> people = nearestPeople(p, anchor, REACH, ctx, false);
        for (Mention m : people) {
            LocalEntity e = ix.entityOf(m);
            if (e == null || (sole != null && sole != e)) return "";
            sole = e;
        }
        int here = ix.firstTokenAtOrAfter(anchor);
        if (sole == null || here >= ix.tokenCount() || ix.token(here).sentence() - people.get(0).sentence() > 1) return "";
        // "…, she issued a plan: Governor Tom Lee later adopted it. She has called for …": the same pronoun in the
        // sentence that names the person is someone the story follows, whom the given name cannot rule out
        Sentence named = ix.document().sentences().get(people.get(0).sentence());
        for (int t = named.firstToken(); t < named.endToken(); t++) {
            if (t != pronoun && ix.word(t).equals(p) && !ctx.insideQuote(ix.token(t).start())) return "";
        }
        return sole.id();
    }

    /** How many sentences back "he" or "she" may reach for the person the story names most. */
    static final int PROTAGONIST_REACH = 15;

    /**
     * The people named in the nearest sentence, at most {@code reach} sentences before {@code anchor}, that can be
     * the pronoun's person, nearest first: of a gender it allows, and not the owner of a person it may be ("Mrs Roe's
     * daughter said …; “…,” she said": she is the daughter).
     */
    private static List<Mention> nearestPeople(String p, int anchor, int reach, AttributionContext ctx) {
        return nearestPeople(p, anchor, reach, ctx, true);
    }

    /** As {@link #nearestPeople(String, int, int, AttributionContext)}; {@code pronouns} lets earlier pronouns tell genders. */
    private static List<Mention> nearestPeople(String p, int anchor, int reach, AttributionContext ctx, boolean pronouns) {
        List<Mention> people = new ArrayList<>();
        int sentence = -1;
        for (Mention m : ctx.mentionsBefore(anchor, reach)) {
            if (!"PERSON".equals(ctx.typeOf(m))) continue;
            if (agentOfOpeningParticiple(ctx.index(), m, anchor)) continue;
            // "she" is not the man named last: a title or given name of the other gender rules a person out
            if (!PersonGender.compatible(p, genderOf(m, ctx, pronouns))) continue;
            if (ownsPerson(m, p, ctx)) continue;
            if (sentence >= 0 && m.sentence() != sentence) break;
            sentence = m.sentence();
            people.add(m);
        }
        return people;
    }

    /**
     * 'Detective Ann Roe said … A neighbour told the paper she heard a bang. “He was lying in the road,” she said.':
     * the latest report before the pronoun whose source introduces an unnamed person (an indefinite description, "a
     * neighbour", "a young woman", "another witness", one a name owns, "Ann Roe's daughter", or one a common noun owns
     * that no sieve resolved, "the shop's manager" ({@link #ownedByNoun}), whose head noun names
     * a person, {@link PersonNouns}, of a gender the pronoun allows) was made after the sentence that names the
     * nearest person, or in it after {@code namedEnd} (the end of a name that only owns something: "Officers were
     * called to Roe's shop, a police spokeswoman said"; a name that acts, "Roe, an aide said, is confident", or is
     * asked, "Roe was asked by a caller why …", stays nearer); the pronoun most likely continues that report, so
     * naming the earlier person would be a guess. A definite description is left alone:
     * news refers back to people named before with one ("the senator said", "the retired surgeon replied"). Reports credited to a pronoun nobody was found for are passed over ("she said" after the neighbour); a
     * report whose source was resolved to someone, or that comes before the name, ends the search
     * for reports; an unnamed person opening a sentence after it still counts ({@link #unnamedSubjectNearer}).
     */
    static boolean unnamedPersonNearer(String pronoun, int anchor, int namedSentence, int namedEnd, AttributionContext ctx) {
        DocumentIndex ix = ctx.index();
        List<AttributionContext.Attributed> done = ctx.attributed();
        for (int i = done.size() - 1; i >= 0; i--) {
            Attribution a = done.get(i).attribution();
            if (a.mentionSpan() == null || a.mentionSpan().start() >= anchor) continue;
            int head = ix.lastTokenBefore(a.mentionSpan().end());
            if (head < 0) return false;
            int reported = ix.token(head).sentence();
            // a report credited to someone, or a definite description, ends the search: unnamed people after it count;
            // not one credited to a body through its unnamed spokesman ("A spokesman for the ministry said …")
            int spokesman = a.speakerLocalId() != null ? unnamedPersonNoun(a, ix, ctx) : -1;
            // in the named person's own sentence, a report whose source follows a name that only owns something is
            // nearer: "Officers were called to Roe's shop, a police spokeswoman said"
            boolean before = reported < namedSentence || (reported == namedSentence && a.mentionSpan().start() < namedEnd);
            if (before || (a.speakerLocalId() != null && spokesman < 0)) {
                return unnamedSubjectNearer(pronoun, anchor, Math.max(namedSentence, reported), ctx);
            }
            if (spokesman >= 0) {
                if (ctx.lexicon().personNouns().canBe(pronoun, ix.word(spokesman))) return true;
                continue;
            }
            String pos = ix.token(head).pos();
            if (pos.startsWith("PRP")) continue;
            String word = ix.token(head).word();
            int first = ix.firstTokenAtOrAfter(a.mentionSpan().start());
            if (pos.equals("NN") && (Words.INDEFINITE_DETERMINERS.contains(ix.word(first)) || ownedByName(ix, first, head)
                    || ownedByNoun(ix, first, head)) && ctx.lexicon().personNouns().canBe(pronoun, word)) {
                return true;
            }
            // the report's own sentence may still open with an unnamed person its source words hide: "One nurse on
            // the night ward described …" ends on "ward", and "One nurse, who did not want to be named, …" credits "who"
            return unnamedSubjectNearer(pronoun, anchor, reported - 1, ctx);
        }
        return unnamedSubjectNearer(pronoun, anchor, namedSentence, ctx);
    }

    /** Most words between "by" and the name it introduces ("by presenter Ann Roe", "by the panel's chair Ann Roe"). */
    static final int AGENT_TITLE_TOKENS = 4;

    /**
     * 'Asked by presenter Ann Roe whether the plan would fail, she replied: “…”': a person named in the by-phrase of a
     * participle that opens the pronoun's own sentence is who did the asking; the participle's subject, and so the
     * pronoun's person, is someone else (named earlier). True when {@code m} stands after "by" (up to
     * {@value #AGENT_TITLE_TOKENS} words of title between) in a sentence that opens with a participle, and the pronoun
     * at {@code anchor} comes right after the comma that closes the phrase (its clause may hold verbs of its own:
     * "whether the plan would fail").
     */
    static boolean agentOfOpeningParticiple(DocumentIndex ix, Mention m, int anchor) {
        int pronoun = ix.firstTokenAtOrAfter(anchor);
        if (pronoun < 0 || pronoun >= ix.tokenCount() || ix.token(pronoun).sentence() != m.sentence()) return false;
        int first = ix.document().sentences().get(m.sentence()).firstToken();
        if (!ix.token(first).pos().equals("VBN")) return false;
        int by = m.firstToken() - 1;
        while (by > first && m.firstToken() - by <= AGENT_TITLE_TOKENS && !ix.word(by).equals("by")
                && ix.firstChar(by) != ',' && !Words.isFinite(ix, by)) by--;
        // the pronoun opens the main clause right after the phrase's closing comma
        return ix.word(by).equals("by") && pronoun > m.endToken() && ix.firstChar(pronoun - 1) == ',';
    }

    /**
     * True when person mention {@code m} owns a person of the pronoun's gender ("Ann Roe's daughter", "Roe's former
     * lawyer"): the possessive, up to two adjectives, then a person noun.
     */
    static boolean ownsPerson(Mention m, String pronoun, AttributionContext ctx) {
        DocumentIndex ix = ctx.index();
        int t = m.endToken();
        if (t >= ix.tokenCount() || !ix.token(t).pos().equals("POS")) return false;
        for (int u = t + 1; u < ix.tokenCount() && u <= t + 3; u++) {
            String pos = ix.token(u).pos();
            if (pos.equals("NN")) {
                String word = ix.word(u);
                return ctx.lexicon().personNouns().canBe(pronoun, word);
            }
            if (!pos.startsWith("JJ")) return false;
        }
        return false;
    }

    /**
     * "The shop's manager", "the hospital's new director": a description a common noun owns, which no description
     * sieve resolved to anyone named, introduces a person the story has not named (news names a person first, then
     * calls her "the manager" or "the company's chief executive", which the nominal sieve resolves).
     */
    static boolean ownedByNoun(DocumentIndex ix, int first, int head) {
        for (int t = first + 1; t < head; t++) {
            if (ix.token(t).pos().equals("POS")) {
                return Words.isCommonNounTag(ix.token(t - 1).pos()) && ix.mentionAt(t - 1) == null;
            }
        }
        return false;
    }

    /**
     * True when the description from {@code first} to {@code head} opens with a name and its possessive ("Ann Roe's
     * daughter", "Roe's lawyer"): the person it describes is not the one it names, and, left unresolved, is someone
     * the article never named.
     */
    static boolean ownedByName(DocumentIndex ix, int first, int head) {
        Mention owner = ix.mentionAt(first);
        return owner != null && owner.endToken() < head && ix.token(owner.endToken()).pos().equals("POS");
    }

    /**
     * The person noun through which report {@code a} is credited to a body, not a person, with words that name no one
     * ("A spokesman for the ministry said …" is the ministry's by convention, yet the one who spoke is a man no name
     * tells; "a spokeswoman for the dockers' union ACV" too, the name described): the index of "spokesman", or -1.
     */
    private static int unnamedPersonNoun(Attribution a, DocumentIndex ix, AttributionContext ctx) {
        LocalEntity e = ix.entity(a.speakerLocalId());
        if (e == null || "PERSON".equals(e.type()) || a.mentionSpan() == null) return -1;
        PersonNouns nouns = ctx.lexicon().personNouns();
        int first = ix.firstTokenAtOrAfter(a.mentionSpan().start());
        int end = ix.lastTokenBefore(a.mentionSpan().end()) + 1;
        // the words themselves ("a spokesman"), or the name after "a spokesman for (the)", or before a person noun
        // after an indefinite article ("a ministry spokesman")
        if (indefinite(ix, first) && nouns.isPerson(ix.word(first + 1))) return first + 1;
        int t = first - 1;
        // "a spokeswoman for the Belgian union ACV": the words that describe the name before it, back to "for"
        // (DocumentIndex.word is lower-cased)
        while (t > 0 && first - t <= NAME_DESCRIPTION_WORDS && !ix.word(t).equals("for") && !ix.word(t).equals("of")
                && (ix.token(t).pos().equals("DT") || ix.token(t).pos().startsWith("JJ") || ix.token(t).pos().startsWith("NN"))) t--;
        if (ix.word(t).equals("for") || ix.word(t).equals("of")) {
            t--;
            return nouns.isPerson(ix.word(t)) && (indefinite(ix, t - 1) || indefinite(ix, t - 2)) ? t : -1;
        }
        return nouns.isPerson(ix.word(end)) && (indefinite(ix, first - 1) || indefinite(ix, first - 2)) ? end : -1;
    }

    /** Most words describing a body's name between "for" and the name ("for the Belgian union ACV"). */
    static final int NAME_DESCRIPTION_WORDS = 4;

    private static boolean indefinite(DocumentIndex ix, int t) {
        return t >= 0 && t < ix.tokenCount() && Words.INDEFINITE_DETERMINERS.contains(ix.word(t));
    }

    /**
     * 'Colonel Ann Roe said the shelling came from the hills. A rebel spokesman rejected that account. "We have no
     * guns there," he said.': a sentence after the one naming the nearest person opens with an unnamed person ("A
     * rebel spokesman", "Another witness": an indefinite determiner, then adjectives and nouns ending in a person
     * noun of a gender the pronoun allows) who need not report anything; the pronoun most likely refers to them. The
     * pronoun's own sentence does not count, and the person noun must head the sentence's subject
     * ({@link #headsSubject}): "An immigrant from Peru, she plans to vote" describes a pronoun.
     */
    static boolean unnamedSubjectNearer(String pronoun, int anchor, int namedSentence, AttributionContext ctx) {
        DocumentIndex ix = ctx.index();
        int own = ix.firstTokenAtOrAfter(anchor);
        if (own < 0 || own >= ix.tokenCount()) return false;
        // the pronoun's own sentence is left out: "An immigrant from Peru, she runs a bakery" describes the pronoun
        for (int s = ix.token(own).sentence() - 1; s > namedSentence; s--) {
            Sentence sentence = ix.document().sentences().get(s);
            int head = indefiniteHead(ix, sentence.firstToken(), sentence.endToken());
            // the noun must head the subject and a verb follow it: "An ambassador's job" is no person, and "An
            // immigrant from Peru, she …" an apposition to a pronoun, not someone new
            if (head < 0 || !headsSubject(ix, head, s)) continue;
            String word = ix.word(head);
            if (ctx.lexicon().personNouns().canBe(pronoun, word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The head noun of an indefinite description opening at {@code first}, before {@code limit} ("A rebel
     * spokesman", "another young witness": an indefinite determiner, then adjectives and nouns, the last noun its
     * head), or -1 when none opens there.
     */
    static int indefiniteHead(DocumentIndex ix, int first, int limit) {
        if (first >= limit || !Words.INDEFINITE_DETERMINERS.contains(ix.word(first).toLowerCase(Locale.ROOT))) return -1;
        int head = -1;
        for (int u = first + 1; u < limit && u - first <= 4; u++) {
            String pos = ix.token(u).pos();
            if (pos.equals("NN")) head = u;
            else if (!pos.startsWith("JJ")) break;
        }
        return head;
    }

    /** Longest prepositional phrase after a subject's head noun that may still stand before its verb. */
    private static final int PREPOSITIONAL_REACH = 6;

    /**
     * True when the person noun at {@code head} heads the subject of sentence {@code s}: its verb follows at once ("A
     * neighbour rejected …"), or after one prepositional phrase ("One nurse on the night ward described …"), or a
     * relative clause about the person follows, set off by a comma or not ("A neighbour, who asked not to be named,
     * described …", "A shopkeeper who fled the town said …", "One nurse on the night ward, who …"). "An engineer from
     * Peru, she drives …" has neither: the noun describes the pronoun.
     */
    static boolean headsSubject(DocumentIndex ix, int head, int s) {
        int t = head + 1;
        if (t < ix.tokenCount() && ix.token(t).sentence() == s && ix.token(t).pos().equals("IN")) {
            int u = t + 1;
            while (u < ix.tokenCount() && ix.token(u).sentence() == s && u - t <= PREPOSITIONAL_REACH
                    && nominalPart(ix.token(u).pos())) {
                u++;
            }
            if (u == t + 1) return false;
            t = u;
        }
        if (t >= ix.tokenCount() || ix.token(t).sentence() != s) return false;
        if (Words.isVerbTag(ix.token(t).pos()) || isWho(ix, t)) return true;
        return ix.word(t).equals(",") && isWho(ix, t + 1);
    }

    private static boolean isWho(DocumentIndex ix, int t) {
        return t < ix.tokenCount() && ix.token(t).pos().equals("WP") && ix.word(t).equals("who");
    }

    /** A tag that may stand inside a prepositional phrase's noun phrase ("the hospital's stroke ward"). */
    private static boolean nominalPart(String pos) {
        return pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("DT") || pos.equals("PRP$") || pos.equals("POS")
                || pos.equals("CD");
    }
}
