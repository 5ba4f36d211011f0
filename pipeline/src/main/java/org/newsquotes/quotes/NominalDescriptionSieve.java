package org.newsquotes.quotes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsquotes.entities.PersonGender;
import org.newsquotes.record.Attribution;
import org.newsquotes.record.LocalEntity;
import org.newsquotes.record.Mention;
import org.newsquotes.record.Sentence;
import org.newsquotes.record.Span;

/**
 * "the Iranian top diplomat said", "the spokesman added": a description resolved to the named person it describes.
 * The role phrase holding the description's head noun ({@link #headRole}: "the former three-term governor":
 * governor; "the spokesman for the mayor": spokesman) is matched against the roles seen with each person earlier in the document
 * ({@link AttributionContext#roles}, with synonyms from {@code speaker-roles.txt}); the most recently mentioned
 * matching person wins; each conjunct of "the former secretary of state and current nominee" counts. Generic sources ("officials", "a source") and plural descriptions ("the Republican
 * candidates") are never resolved. A role in the title, which names it before the story names anyone, takes up the
 * person holding it in the first sentences after ({@link #titleRole}).
 */
public final class NominalDescriptionSieve implements AttributionSieve {
    /** How many sentences back a description may reach for its person. */
    static final int REACH = 25;
    /** Fewest names of a person a role no one was seen with may take up ({@link #roleOfTheOneJustNamed}). */
    static final int MIN_NAMED_FOR_ROLE = 3;
    /** How many sentences back a description by nationality or age looks for the person just named. */
    static final int IDENTITY_REACH = 2;

    @Override public String method() { return AttributionMethod.NOMINAL.label(); }

    @Override public Attribution attribute(QuoteCandidate q, Evidence ev, AttributionContext ctx) {
        if (q.source() == null || ev == null || ev.type() != Evidence.Type.DESCRIPTION) return null;
        String[] words = ev.text().toLowerCase(Locale.ROOT).split("\\s+");
        if (pluralHead(ctx.index(), ev)) return null;
        for (String w : words) if (ctx.lexicon().isCue(CueCategory.GENERIC, w)) return null;
        if (ctx.index().inTitle(ev.span())) return titleRole(q, ev, words, ctx);
        if (!definite(words)) return null;
        // the role of the head noun: "the state's Republican party leader" is a leader, not a Republican (a word of
        // the senators' group); "the spokesman for the mayor" is a spokesman; "the chief executive" a chief executive
        Set<String> wanted = new HashSet<>();
        for (Evidence part : conjuncts(ctx.index(), ev)) {
            String role = headRole(ctx, part);
            if (role != null) wanted.add(role);
        }
        if (wanted.isEmpty()) {
            Attribution same = sameNoun(q, ev, ctx);
            return same != null ? same : identity(q, ev, words, ctx);
        }
        Set<String> seen = new HashSet<>();
        int head = headToken(ctx.index(), ev);
        for (Mention m : ctx.mentionsBefore(ev.span().start(), REACH)) {
            LocalEntity e = ctx.index().entityOf(m);
            if (e == null || !"PERSON".equals(e.type()) || !seen.add(e.id())) continue;
            // "A Western diplomat said … “…,” the diplomat said": someone brought in unnamed since takes it up
            if (head >= 0 && unnamedSince(ctx.index(), m, ev.firstToken(), ctx.index().word(head))) return null;
            Set<String> roles = ctx.roles(e);
            // a head's role phrase must be a role of the person or a synonym of one
            if (!placeAgrees(ctx, ev, e)) continue;
            for (String w : wanted) if (roles.contains(w)) return ctx.entity(e, ev, q.source().cue(), method(), 0.7);
        }
        return roleOfTheOneJustNamed(q, ev, ctx);
    }

    /**
     * "Ruth Ames, a prosecutor, told the jury … “He planned it,” the prosecutor said": a head noun no role group lists
     * (a goalkeeper, a headteacher, a prosecutor) names the person most recently described by that same noun
     * ({@link AttributionContext#roleNouns}) within {@value #REACH} sentences, when the description adds no word to that
     * earlier one ("the rival club" is not "her old club"); never a plural ("the MP", written as a proper noun, counts).
     */
    private Attribution sameNoun(QuoteCandidate q, Evidence ev, AttributionContext ctx) {
        DocumentIndex ix = ctx.index();
        int head = headToken(ix, ev);
        if (head < 0 || !(ix.token(head).pos().equals("NN") || ix.token(head).pos().equals("NNP"))) return null;
        String noun = ix.word(head).toLowerCase(Locale.ROOT);
        // a noun of bodies and outlets names an organisation, whatever word a person's title shares with it ("the state")
        if (ctx.lexicon().isCue(CueCategory.BODY, noun) || ctx.lexicon().isCue(CueCategory.OUTLET, noun)
                || ctx.lexicon().isCue(CueCategory.ORGANISATION_NOUN, noun)) return null;
        // the description's own words up to its head, less determiners and possessives
        List<String> said = new ArrayList<>();
        for (int t = ev.firstToken(); t <= head; t++) {
            String pos = ix.token(t).pos();
            if (!(pos.equals("DT") || pos.equals("PRP$") || pos.equals("POS") || ix.isPunct(t))) said.add(ix.word(t).toLowerCase(Locale.ROOT));
        }
        Set<String> seen = new HashSet<>();
        for (Mention m : ctx.mentionsBefore(ev.span().start(), REACH)) {
            LocalEntity e = ix.entityOf(m);
            if (e == null || !"PERSON".equals(e.type()) || !seen.add(e.id())) continue;
            if (unnamedSince(ix, m, ev.firstToken(), noun)) return null;
            Set<String> described = ctx.roleNouns(e).get(noun);
            // a description saying more than the earlier one did is someone else ("the rival club" after "her old club")
            if (described != null && described.containsAll(said) && placeAgrees(ctx, ev, e)) {
                return ctx.entity(e, ev, q.source().cue(), method(), 0.7);
            }
        }
        return null;
    }

    /** Sentences after the title in which {@link #titleRole} looks for the person holding the title's role. */
    static final int TITLE_REACH = 4;

    /**
     * "Minister: ‘We got it wrong on housing’", "“We will not back down,” says union chief": a title drops its
     * articles and speaks before the story names anyone, so its role noun (at most three words, nouns and adjectives
     * only; {@link #attribute} has already set plural heads and generic sources aside) takes up the person the first {@value #TITLE_REACH} sentences after it name with that role or a
     * synonym ("Housing minister Lena Fry admitted …", "The head of the dockers' union, Carl Vance, vowed …"); when
     * two people there hold it, or none does, it stays unresolved.
     */
    private Attribution titleRole(QuoteCandidate q, Evidence ev, String[] words, AttributionContext ctx) {
        DocumentIndex ix = ctx.index();
        if (words.length > 3) return null;
        // a role's words only: "This Democrat Isn't …" is a headline's sentence, not a label
        for (int t = ev.firstToken(); t < ev.endToken(); t++) {
            String pos = ix.token(t).pos();
            if (!(pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("POS"))) return null;
        }
        String role = headRole(ctx, ev);
        if (role == null) return null;
        int first = ix.token(ev.endToken() - 1).sentence() + 1;
        LocalEntity found = null;
        for (Mention m : ix.document().mentions()) {
            if (m.sentence() < first || ctx.insideQuote(m.start())) continue;
            if (m.sentence() >= first + TITLE_REACH) break;
            LocalEntity e = ix.entityOf(m);
            if (e == null || !"PERSON".equals(e.type()) || !ctx.roles(e).contains(role)) continue;
            if (found != null && !found.id().equals(e.id())) return null;
            found = e;
        }
        return found == null ? null : ctx.entity(found, ev, q.source().cue(), method(), 0.6);
    }


    /**
     * '… Trump said the plan was dead. “It is over,” the presumptive nominee said': a role no one in the document was
     * seen with refers back to the one person just named ({@link #justNamed}), when nothing known of that person
     * speaks against it: no role seen with them (a chief executive is no mayor) and no gender the description's head
     * contradicts (the congresswoman is no man).
     */
    private Attribution roleOfTheOneJustNamed(QuoteCandidate q, Evidence ev, AttributionContext ctx) {
        DocumentIndex ix = ctx.index();
        int head = headToken(ix, ev);
        if (head < 0 || namesSomeoneBefore(ctx, ev) || introducedBefore(ix, ev, head)) return null;
        // "the lifelong Republican who wrote the speech" brings its own description of someone
        for (int t = ev.firstToken(); t < ev.endToken(); t++) if (Words.isRelativePronoun(ix, t)) return null;
        // "Cameron's spokesman said": an owner makes the role a post of the owner's, which brings in its holder
        for (int t = ev.firstToken(); t < ev.endToken(); t++) {
            if (Words.isPossessive(ix.word(t)) || Words.POSSESSIVE_PRONOUNS.contains(ix.word(t))) return null; // "her lawyer" too
        }
        LocalEntity only = justNamed(ctx, ev, false);
        // a description stands in for someone the story is about, named again and again, not a passer-by
        if (only == null || !ctx.roles(only).isEmpty() || ctx.mentionCount(only.id()) < MIN_NAMED_FOR_ROLE) return null;
        if (!placeAgrees(ctx, ev, only)) return null;
        PersonGender.Gender described = ctx.lexicon().personNouns().genderOf(ix.word(head));
        PersonGender.Gender named = ctx.lexicon().genders().of(only);
        if (described != PersonGender.Gender.UNKNOWN && named != PersonGender.Gender.UNKNOWN && described != named) return null;
        return ctx.entity(only, ev, q.source().cue(), method(), 0.6);
    }

    /**
     * '“She played the big points better,” the Norwegian said', 'the 23-year-old told reporters', 'the teenager
     * said', 'the retired neurosurgeon said': a description by nationality, age or epithet ("the" and a noun the
     * tagger typed {@code NATIONALITY}, an age, {@link QuoteAttributor#ageNoun}, a noun of age,
     * {@link CueCategory#AGE_NOUN}, or an {@link #epithet}, with at most two words
     * between) names no role to match, so it refers back to the one
     * person just named: the nearest earlier sentence, at most {@value #IDENTITY_REACH} back (news often gives the
     * quote a paragraph of its own), that names any person must name exactly one; a line with no verb (a photo
     * credit) is passed over. With two people there ("Roe beat Lee. “…,” the Briton said") it
     * stays unresolved.
     */
    private Attribution identity(QuoteCandidate q, Evidence ev, String[] words, AttributionContext ctx) {
        DocumentIndex ix = ctx.index();
        int last = ev.endToken() - 1;
        if (!words[0].equals("the") || words.length > 4) return null;
        boolean nationality = "NATIONALITY".equals(ix.token(last).ner());
        boolean epithet = epithet(ix, ctx, ev.firstToken(), last);
        boolean age = QuoteAttributor.ageNoun(ix, last) || ctx.lexicon().isCue(CueCategory.AGE_NOUN, ix.word(last));
        if (!nationality && !epithet && !age) return null;
        LocalEntity only = justNamed(ctx, ev, true);
        return only == null ? null : ctx.entity(only, ev, q.source().cue(), method(), 0.6);
    }

    /** Tokens either side of a person's name that a place naming where they are from may stand in. */
    static final int PLACE_REACH = 4;

    /**
     * A description naming a place ("the Florida senator", "the Ohio governor") fits only a person the document names
     * with that place beside one of their names ("Florida Sen. Ann Roe", "Ann Roe of Florida"): the senator of
     * another state holds the same role. A description with no place fits anyone.
     */
    static boolean placeAgrees(AttributionContext ctx, Evidence ev, LocalEntity e) {
        DocumentIndex ix = ctx.index();
        String place = null;
        for (int t = ev.firstToken(); t < ev.endToken(); t++) {
            Mention m = ix.mentionAt(t);
            if (m != null && Mention.PLACE_TYPES.contains(m.ner())) {
                place = m.text().toLowerCase(Locale.ROOT);
                break;
            }
        }
        if (place == null) return true;
        for (Mention m : ix.document().mentions()) {
            if (!e.equals(ix.entityOf(m)) || m.span().overlaps(ev.span())) continue;
            int sentence = ix.token(m.firstToken()).sentence();
            for (int t = Math.max(0, m.firstToken() - PLACE_REACH); t < Math.min(ix.tokenCount(), m.endToken() + PLACE_REACH); t++) {
                Mention p = ix.mentionAt(t);
                if (p != null && ix.token(t).sentence() == sentence && Mention.PLACE_TYPES.contains(p.ner())
                        && p.text().toLowerCase(Locale.ROOT).equals(place)) return true;
            }
        }
        return false;
    }

    /**
     * The description's own sentence names a person before it ("Ali rebuked Trump when the businessman …"): the
     * description more likely takes up someone there than someone named sentences before.
     */
    private static boolean namesSomeoneBefore(AttributionContext ctx, Evidence ev) {
        DocumentIndex ix = ctx.index();
        int sentence = ix.token(ev.firstToken()).sentence();
        for (Mention m : ix.document().mentions()) {
            if (m.sentence() != sentence || m.firstToken() >= ev.firstToken() || ctx.insideQuote(m.start())) continue;
            LocalEntity e = ix.entityOf(m);
            if (e != null && "PERSON".equals(e.type())) return true;
        }
        return false;
    }

    /**
     * The description's head noun stood in the sentences just before it ("A second officer backed the account. …, the
     * officer said", "the minister's spokesman said …. “…,” the spokesman said"): an earlier description introduced
     * the one it takes up, who is not the person named there.
     */
    private static boolean introducedBefore(DocumentIndex ix, Evidence ev, int head) {
        int own = ix.token(ev.firstToken()).sentence();
        int from = ix.document().sentences().get(Math.max(0, own - IDENTITY_REACH)).firstToken();
        String noun = ix.word(head);
        for (int t = from; t < ev.firstToken(); t++) if (ix.word(t).equals(noun)) return true;
        return false;
    }

    /** Tokens before an indefinite description's noun that its determiner may stand ("a senior Western diplomat"). */
    static final int INDEFINITE_REACH = 4;

    /**
     * Whether the sentences after the one naming {@code person}, up to token {@code to}, bring in someone unnamed by the
     * description's head noun {@code noun}, after "a", "an", "another" or "one" ("A Western diplomat briefed on the
     * talks said …", "another official said"), outside any name: a later "the diplomat" takes up that one, not the
     * person named before ("The envoy, Mariam Sesay, …"). The person's own sentence is passed over: an apposition
     * there describes the person ("Oda Lie, a spokeswoman for the ministry, …").
     */
    static boolean unnamedSince(DocumentIndex ix, Mention person, int to, String noun) {
        List<Sentence> sentences = ix.document().sentences();
        if (person.sentence() + 1 >= sentences.size()) return false;
        int from = sentences.get(person.sentence() + 1).firstToken();
        for (int t = from; t < to; t++) {
            // a role the tagger types TITLE is still the noun ("A Western diplomat"); a name's word is not
            Mention m = ix.mentionAt(t);
            if (!ix.word(t).equalsIgnoreCase(noun) || !ix.token(t).pos().startsWith("NN") || (m != null && !"TITLE".equals(m.ner()))) continue;
            for (int d = t - 1; d >= Math.max(from, t - INDEFINITE_REACH); d--) {
                if (Words.INDEFINITE_DETERMINERS.contains(ix.word(d).toLowerCase(Locale.ROOT))) return true;
                if (ix.isPunct(d) || Words.isFinite(ix, d) || ix.token(d).pos().equals("IN")) break;
            }
        }
        return false;
    }

    /**
     * The one person named in the nearest earlier sentence that names any person, at most {@value #IDENTITY_REACH}
     * sentences before the description's (outside quotes; a line with no verb, such as a photo credit, is passed
     * over), or null when that sentence names two or more, or none is found; with {@code orReporter}, of two or more
     * the one whose report that sentence holds ({@link #reporterAmong}).
     */
    private static LocalEntity justNamed(AttributionContext ctx, Evidence ev, boolean orReporter) {
        DocumentIndex ix = ctx.index();
        int own = ix.token(ev.firstToken()).sentence();
        for (int s = own - 1; s >= 0 && own - s <= IDENTITY_REACH; s--) {
            // a line with no verb names no one in the story: a photo credit ("Ann Roe via Getty Images."), a caption
            Sentence sentence = ix.document().sentences().get(s);
            if (!ClauseShape.hasFiniteVerb(ix, sentence.firstToken(), sentence.endToken())) continue;
            Set<String> people = new HashSet<>();
            LocalEntity only = null;
            for (Mention m : ix.document().mentions()) {
                if (m.sentence() != s || ctx.insideQuote(m.start())) continue;
                LocalEntity e = ix.entityOf(m);
                if (e == null || !"PERSON".equals(e.type())) continue;
                if (people.add(e.id())) only = e;
            }
            if (people.size() > 1) return orReporter ? reporterAmong(ctx, s, people, ev) : null;
            if (only != null) return only;
        }
        return null;
    }

    /**
     * "The landlord, Ann Roe, said she had run the Fox and Hounds for years. “It was my life,” the 61-year-old said":
     * of the people that sentence names (the tagger made "Fox" a person), the one whose report it holds, the speaker
     * of the last attributed quote before the description, is who the description takes up; the others are only
     * named in what was said. Null when the sentence holds no such report ("Roe beat Lee. “…,” the Briton said").
     */
    private static LocalEntity reporterAmong(AttributionContext ctx, int sentence, Set<String> people, Evidence ev) {
        DocumentIndex ix = ctx.index();
        AttributionContext.Attributed last = ctx.lastWithSpeakerBefore(ix.token(ev.firstToken()).start());
        if (last == null || last.attribution().mentionSpan() == null || !people.contains(last.attribution().speakerLocalId())) return null;
        int at = ix.firstTokenAtOrAfter(last.attribution().mentionSpan().start());
        return at < ix.tokenCount() && ix.token(at).sentence() == sentence ? ix.entity(last.attribution().speakerLocalId()) : null;
    }

    /**
     * "the retired neurosurgeon", "the 57-year-old scientist", "the French photographer": a singular person noun
     * ({@link PersonNouns}) that names no office (an office, "the mayor", is matched by role or left alone), with a
     * word before it that says who the person is. A bare "the man", "the witness", "the moderator" more often brings in
     * someone new, and a noun of a body ("the party", {@link CueCategory#BODY}) or of unnamed sources is no person. Nor
     * is a post that someone holds ("the company's chief engineer"): the owner before it brings in a holder not yet named.
     */
    private static boolean epithet(DocumentIndex ix, AttributionContext ctx, int first, int head) {
        String noun = ix.word(head);
        if (!ix.token(head).pos().equals("NN") || head - first < 2 || !ctx.lexicon().personNouns().isPerson(noun)) return false;
        // "the board's chief engineer": an owner makes the noun a post of the owner's, which brings in its holder
        for (int t = first; t < head; t++) if (Words.isPossessive(ix.word(t))) return false;
        for (CueCategory c : List.of(CueCategory.BODY, CueCategory.GENERIC, CueCategory.OUTLET, CueCategory.ORGANISATION_NOUN)) {
            if (ctx.lexicon().isCue(c, noun)) return false;
        }
        return true;
    }

    /**
     * "the former secretary of state and current Democratic nominee": one person with two roles, each conjunct with a
     * head of its own, when an adjective of time dates the second ({@link Words#joinsRolesOfOne}); otherwise "and"
     * may join two people ("the senator and his wife", "the mayor and police chief"), and the description is read as
     * a whole.
     */
    static List<Evidence> conjuncts(DocumentIndex ix, Evidence ev) {
        for (int t = ev.firstToken() + 1; t < ev.endToken() - 1; t++) {
            if (!ix.word(t).equals("and")) continue;
            return Words.joinsRolesOfOne(ix, t)
                    ? List.of(part(ix, ev, ev.firstToken(), t), part(ix, ev, t + 1, ev.endToken())) : List.of(ev);
        }
        return List.of(ev);
    }

    private static Evidence part(DocumentIndex ix, Evidence ev, int first, int end) {
        Span span = new Span(ix.token(first).start(), ix.token(end - 1).end());
        return new Evidence(ev.type(), first, end, null, span.of(ix.text()), span);
    }

    /**
     * "the Republican candidates", "the party's senators": a plural head noun (the last noun before any preposition or
     * relative clause) describes several people, never the one person the rule would name.
     */
    static boolean pluralHead(DocumentIndex ix, Evidence ev) {
        int head = headToken(ix, ev);
        return head >= 0 && (ix.token(head).pos().equals("NNS") || ix.token(head).pos().equals("NNPS"));
    }

    /**
     * The longest role phrase of {@code speaker-roles.txt} holding the description's head noun (its last noun before
     * any preposition, "to", wh-word, punctuation or finite verb), or null: "the former secretary of state" → secretary of state,
     * "the chief executive" → chief executive (not "chief", a word of the chairmen's group), "the president's
     * victory" → none (the president only owns the head).
     */
    static String headRole(AttributionContext ctx, Evidence ev) {
        DocumentIndex ix = ctx.index();
        int head = headToken(ix, ev);
        if (head < 0) return null;
        String best = null;
        int max = ctx.lexicon().maxRoleWords();
        for (int i = Math.max(ev.firstToken(), head - max + 1); i <= head; i++) {
            StringBuilder sb = new StringBuilder();
            for (int t = i; t < ev.endToken() && t < ix.tokenCount() && t - i < max; t++) {
                if (t > i) sb.append(' ');
                sb.append(ix.word(t));
                String phrase = sb.toString();
                if (t >= head && ctx.lexicon().isRole(phrase) && (best == null || phrase.length() > best.length())) best = phrase;
            }
        }
        return best;
    }

    /** The description's head noun: its last noun before {@link #headEnd}; -1 when it has none. */
    private static int headToken(DocumentIndex ix, Evidence ev) {
        int head = -1;
        int end = headEnd(ix, ev);
        for (int t = ev.firstToken(); t < end; t++) if (ix.token(t).pos().startsWith("NN")) head = t;
        return head;
    }

    private static int headEnd(DocumentIndex ix, Evidence ev) {
        int t = ev.firstToken();
        for (; t < ev.endToken() && t < ix.tokenCount(); t++) {
            String pos = ix.token(t).pos();
            if (t > ev.firstToken() && (pos.equals("IN") || pos.equals("TO") || pos.startsWith("W") || ix.isPunct(t))
                    && !Words.isPossessive(ix.word(t)) && !pos.equals("HYPH")) break; // "three-term" is one word
            // evidence words that run on into the clause ("The president listed …") end the phrase at its verb
            if (t > ev.firstToken() && Words.isFinite(ix, t)) break;
        }
        return t;
    }

    /** "the spokesman" / "Iran's top diplomat" describe one known person; "a spokesman" does not. */
    private static boolean definite(String[] words) {
        String first = words[0];
        return first.equals("the") || first.equals("this") || first.equals("that") || first.endsWith("'s") || first.endsWith("’s")
                // "her daughter, Priya Anand, … “…,” her daughter said"; not "its": an organisation's officer the
                // story never named is not whoever else held that post in it ("its senior vice president")
                || (Words.POSSESSIVE_PRONOUNS.contains(first) && !first.equals("its"))
                || (words.length > 1 && Words.isPossessive(words[1]));
    }
}
