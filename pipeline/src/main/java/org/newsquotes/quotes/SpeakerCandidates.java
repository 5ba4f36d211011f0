package org.newsquotes.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsquotes.record.Attribution;
import org.newsquotes.record.Mention;
import org.newsquotes.record.QuoteKind;
import org.newsquotes.record.Span;

/**
 * Everyone who might have said a quote: the candidates the {@link SpeakerRanker} chooses from. In a window of two
 * sentences before the quote to one after it (never inside quoted words, nor inside an indirect quote's own
 * content):
 * <ul>
 *   <li>every name of a type that can speak ({@code speaker-type} in {@code quote-cues.txt});</li>
 *   <li>every personal pronoun that can name a source ("he", "they", "his"), "he"/"she" resolved to a person by the
 *       pronoun rules of {@link PronounSieve}; a possessive before a person noun is no candidate of its own but
 *       opens that description ("his neighbours", below: the neighbours speak, not their owner);</li>
 *   <li>every relative "who"/"which" that can open a report ("Ann Roe, who said"), resolved to the antecedent the
 *       sieves read ({@link RelativeAntecedent#of}: a person for "who", past an apposition or a home town), or
 *       to the person the description before it resolves to ("the retired surgeon, who said"); never one whose
 *       clause closes before the report's verb ("the surgeon, who retired in May, said": the surgeon speaks);</li>
 *   <li>every simple noun phrase headed by a common noun ("the spokesman", "two officials", "the party's bylaws"),
 *       resolved to the person's name it stands in apposition with ("the finance chief, Ann Roe,"), else to a
 *       person by {@link NominalDescriptionSieve} where it describes one, or, for a document ("a statement"), to
 *       whoever issued it ({@link IssuedDocumentSieve#issuerOfMention}: "The party issued a statement calling …");</li>
 *   <li>the sieves' own pick, whatever its words, and the previous quote's speaker with its evidence.</li>
 * </ul>
 * Each candidate's attribution carries the method {@value #METHOD} unless a sieve's own answer stands behind it.
 * Stateless; thread-safe.
 */
public final class SpeakerCandidates {
    static final String METHOD = AttributionMethod.RANKER.label();
    static final int SENTENCES_BEFORE = 2;
    static final int SENTENCES_AFTER = 1;
    private static final int MAX_NOMINAL_TOKENS = 8;
    private static final Map<String, String> SUBJECT_FORM = Map.of("his", "he", "her", "she");
    private static final Set<String> NOMINAL_POS = Set.of("DT", "PDT", "JJ", "JJR", "JJS", "NN", "NNS", "CD", "PRP$",
            "POS", "VBN", "VBG");

    private final QuoteLexicon lexicon;
    private final SpeakerFeatures features;
    private final PronounSieve pronouns = new PronounSieve();
    private final NominalDescriptionSieve nominals = new NominalDescriptionSieve();
    private final IssuedDocumentSieve documents = new IssuedDocumentSieve();
    private final EvidencePicker picker;

    public SpeakerCandidates(QuoteLexicon lexicon) {
        this.lexicon = lexicon;
        this.picker = new EvidencePicker(lexicon);
        this.features = new SpeakerFeatures(lexicon);
    }

    /**
     * The candidates for quote {@code q}, in reading order of their evidence, given the sieves' answer for it and
     * the quotes before it attributed through {@code ctx}.
     */
    public List<SpeakerCandidate> generate(QuoteCandidate q, Attribution sieve, AttributionContext ctx) {
        DocumentIndex ix = ctx.index();
        if (ix.tokenCount() == 0 || q.kind() == QuoteKind.OTHER) return List.of();
        SpeakerFeatures.QuotePlace place = place(ix, q);
        int fromSentence = Math.max(0, place.firstSentence() - SENTENCES_BEFORE);
        int toSentence = Math.min(ix.document().sentences().size() - 1, place.lastSentence() + SENTENCES_AFTER);
        int from = ix.document().sentences().get(fromSentence).firstToken();
        int to = ix.document().sentences().get(toSentence).endToken();

        List<SpeakerFeatures.Draft> drafts = new ArrayList<>();
        for (int t = from; t < to; t++) {
            if (excluded(ix, ctx, q, t)) continue;
            Mention m = ix.mentionAt(t);
            if (m != null) {
                int home = m.firstToken() == t ? placeCompoundEnd(ix, ctx, q, m, to) : -1;
                if (home > 0) {
                    // "The Pittsburgh-based company": one description, not the place and a bare "company"
                    int s = t > from && ix.token(t - 1).pos().equals("DT") && joinsPrevious(ix, t) && !excluded(ix, ctx, q, t - 1) ? t - 1 : t;
                    drafts.add(nominal(q, ctx, s, home));
                    t = home - 1;
                    continue;
                }
                if (m.firstToken() == t && lexicon.isCue(CueCategory.SPEAKER_TYPE, ctx.typeOf(m))) {
                    Evidence ev = new Evidence(Evidence.Type.NAME, m.firstToken(), m.endToken(), m, m.text(), m.span());
                    drafts.add(new SpeakerFeatures.Draft(SpeakerCandidate.Type.NAME, m.firstToken(), m.endToken(),
                            ctx.named(m, ev, null, METHOD, 0.0)));
                }
                continue;
            }
            String w = ix.word(t);
            int people = peopleOfOwner(ix, ctx, q, t, to);
            if (people > t) {
                drafts.add(nominal(q, ctx, t, people));
                t = people - 1;
                continue;
            }
            if (Words.SOURCE_PRONOUNS.contains(w) && ix.token(t).pos().startsWith("PRP")) {
                drafts.add(pronoun(q, sieve, ctx, t));
                continue;
            }
            if (Words.RELATIVE_SUBJECTS.contains(w) && (ix.token(t).pos().equals("WP") || ix.token(t).pos().equals("WDT"))) {
                if (!closedBeforeCue(ix, q, t)) drafts.add(relative(ctx, t, drafts, ix.token(t).sentence() != ix.sentenceAtOrAfter(q.content().start())));
                continue;
            }
            int e = nominalEnd(ix, ctx, q, t, to);
            if (e > t) {
                drafts.add(nominal(q, ctx, ownerStart(ix, ctx, t), e));
                t = e - 1;
            }
        }
        adoptSieve(drafts, sieve, ix);
        AttributionContext.Attributed previous = ctx.lastWithSpeakerBefore(q.content().start());
        String previousId = previous == null ? null : previous.attribution().speakerLocalId();
        if (previous != null && previous.attribution().mentionSpan() != null
                && drafts.stream().noneMatch(d -> previousId != null && previousId.equals(d.attribution.speakerLocalId()))) {
            Attribution p = previous.attribution();
            int first = ix.firstTokenAtOrAfter(p.mentionSpan().start());
            int end = Math.max(first + 1, ix.lastTokenBefore(p.mentionSpan().end()) + 1);
            if (first < ix.tokenCount()) {
                drafts.add(new SpeakerFeatures.Draft(SpeakerCandidate.Type.PREVIOUS, first, end,
                        new Attribution(p.speaker(), p.speakerLocalId(), null, p.mention(), p.mentionSpan(), p.cue(), AttributionMethod.CONTINUATION.label(), 0.0)));
            }
        }
        markNearest(drafts, place);
        List<SpeakerCandidate> out = new ArrayList<>(drafts.size());
        for (SpeakerFeatures.Draft d : drafts) {
            out.add(new SpeakerCandidate(d.type, d.first, d.end, d.attribution, features.describe(d, place, ctx, sieve, previousId)));
        }
        return out;
    }

    /**
     * End of the description a place opens as a hyphenated compound ("Pittsburgh-based company", "London-listed
     * miner": {@link EvidencePicker#afterPlaceCompound}), or -1 when {@code m} is no place so written: the place only
     * says where the one described is from.
     */
    private static int placeCompoundEnd(DocumentIndex ix, AttributionContext ctx, QuoteCandidate q, Mention m, int limit) {
        if (!Mention.PLACE_TYPES.contains(m.ner())) return -1;
        int after = EvidencePicker.afterPlaceCompound(ix, m.endToken(), limit);
        if (after == m.endToken() || excluded(ix, ctx, q, after)) return -1;
        int e = nominalEnd(ix, ctx, q, after, limit);
        return e > after ? e : -1;
    }

    /**
     * End of a description that opens with a possessive pronoun and is headed by a person noun ("his neighbours",
     * "her lawyers", "their friends"), or {@code t} when the token at {@code t} opens none. Such a phrase names
     * people other than the pronoun's owner: in "Hale waved as his neighbours shouted, “Morning!”" the neighbours
     * speak, not Hale, so the phrase is one nominal candidate and the possessive no candidate of its own. A
     * possessive before a word that is no person ("his remarks", "her campaign", "his claim that …") stays a
     * pronoun candidate: there the owner is who speaks.
     */
    private int peopleOfOwner(DocumentIndex ix, AttributionContext ctx, QuoteCandidate q, int t, int limit) {
        if (!ix.token(t).pos().equals("PRP$") || !Words.POSSESSIVE_PRONOUNS.contains(ix.word(t))) return t;
        int e = nominalEnd(ix, ctx, q, t, limit);
        return e > t + 1 && lexicon.personNouns().isPerson(ix.word(e - 1)) ? e : t;
    }

    /**
     * Marks the name or pronoun nearest the quote on each side ({@code nearest-before}, {@code nearest-after}): the
     * one a reader would try first, whatever the words around it.
     */
    private static void markNearest(List<SpeakerFeatures.Draft> drafts, SpeakerFeatures.QuotePlace place) {
        SpeakerFeatures.Draft before = null;
        SpeakerFeatures.Draft after = null;
        for (SpeakerFeatures.Draft d : drafts) {
            if (d.type != SpeakerCandidate.Type.NAME && d.type != SpeakerCandidate.Type.PRONOUN) continue;
            if (d.span().end() <= place.markStart()) before = d; // reading order: the last one before is nearest
            else if (d.span().start() >= place.markEnd() && after == null) after = d;
        }
        if (before != null) before.extra.add("nearest-before");
        if (after != null) after.extra.add("nearest-after");
    }

    /** Where a quote stands: its marks (indirect speech: its content) as offsets, tokens, sentences and paragraph. */
    static SpeakerFeatures.QuotePlace place(DocumentIndex ix, QuoteCandidate q) {
        int first = Math.min(ix.firstTokenAtOrAfter(q.content().start()), ix.tokenCount() - 1);
        int last = Math.max(first, ix.lastTokenBefore(q.content().end()));
        return new SpeakerFeatures.QuotePlace(q.kind(), q.markStart(), q.markEnd(), first, last, ix.token(first).sentence(),
                ix.token(last).sentence(), ix.paragraphOf(q.markStart()));
    }

    /** Tokens inside quoted words, or inside this quote's own span, name no speaker of it. */
    private static boolean excluded(DocumentIndex ix, AttributionContext ctx, QuoteCandidate q, int t) {
        int start = ix.token(t).start();
        return ctx.insideQuote(start) || (start >= q.markStart() && start < q.markEnd());
    }

    private SpeakerFeatures.Draft pronoun(QuoteCandidate q, Attribution sieve, AttributionContext ctx, int t) {
        DocumentIndex ix = ctx.index();
        Evidence ev = EvidencePicker.evidence(ix, Evidence.Type.PRONOUN, t, t + 1);
        String subject = SUBJECT_FORM.getOrDefault(ix.word(t), ix.word(t));
        Attribution resolved = null;
        if ((subject.equals("he") || subject.equals("she")) && !afterOwnUnnamedSource(ix, ctx, sieve, subject, t)) {
            Evidence asSubject = new Evidence(Evidence.Type.PRONOUN, t, t + 1, null, subject, ev.span());
            SourcePhrase sp = new SourcePhrase(SourcePhrase.Position.BEFORE, t, t + 1, -1, null);
            resolved = pronouns.attribute(q.withSource(sp), asSubject, ctx);
        }
        Attribution a = resolved != null
                ? new Attribution(resolved.speaker(), resolved.speakerLocalId(), null, ev.text(), ev.span(), null, METHOD, 0.0)
                : new Attribution(null, null, null, ev.text(), ev.span(), null, METHOD, 0.0);
        return new SpeakerFeatures.Draft(SpeakerCandidate.Type.PRONOUN, t, t + 1, a);
    }

    /**
     * 'A nurse, who asked not to be named, said staff were exhausted. “We are running on empty,” she said.': a pronoun
     * after the quote whose own source, as the sieves read it, introduces an unnamed person (an indefinite determiner
     * and a person noun of a gender the pronoun allows, {@link PersonNouns}) goes on with that person; resolving it to
     * someone named earlier would credit the nurse's words to them. (The pronoun sieve asks the same of the reports
     * before a pronoun, {@link PronounSieve#unnamedPersonNearer}; the quote being ranked is not among them yet.)
     */
    private static boolean afterOwnUnnamedSource(DocumentIndex ix, AttributionContext ctx, Attribution sieve, String pronoun, int t) {
        if (sieve == null || sieve.speakerLocalId() != null || sieve.mentionSpan() == null) return false;
        if (ix.token(t).start() < sieve.mentionSpan().end()) return false;
        int head = PronounSieve.indefiniteHead(ix, ix.firstTokenAtOrAfter(sieve.mentionSpan().start()), ix.tokenCount());
        // "a couple of years later" is no person: a noun with "of" after it measures something
        if (head < 0 || (head + 1 < ix.tokenCount() && ix.word(head + 1).equals("of"))) return false;
        return ctx.lexicon().personNouns().canBe(pronoun, ix.word(head));
    }

    /**
     * Where a description opening with a possessive marker begins: with the name that owns it when the name can
     * speak ("Marco Rubio’s campaign", not "’s campaign", whose words name nobody; "Monday’s debate" stays as it was),
     * else at {@code t}. A role as owner opens the phrase too, with its article ("The Chancellor's spokeswoman said",
     * where CoreNLP makes "Chancellor" a TITLE mention: not "'s spokeswoman").
     */
    private int ownerStart(DocumentIndex ix, AttributionContext ctx, int t) {
        if (t == 0 || !ix.token(t).pos().equals("POS")) return t;
        Mention owner = ix.mentionAt(t - 1);
        if (owner == null || owner.endToken() != t) return t;
        if (lexicon.isCue(CueCategory.SPEAKER_TYPE, ctx.typeOf(owner))) return owner.firstToken();
        if (!"TITLE".equals(owner.ner())) return t;
        // with the words before the role that belong to its phrase ("The state attorney general's office")
        int s = owner.firstToken();
        while (s > 0 && owner.firstToken() - s < MAX_OWNER_MODIFIERS && ix.token(s - 1).sentence() == ix.token(s).sentence()
                && OWNER_MODIFIER_POS.contains(ix.token(s - 1).pos()) && ix.mentionAt(s - 1) == null) s--;
        return s;
    }

    /** Words before a role that owns a description, read as the role's phrase: "The", "state", "former". */
    private static final Set<String> OWNER_MODIFIER_POS = Set.of("DT", "JJ", "NN", "PRP$");
    private static final int MAX_OWNER_MODIFIERS = 3;

    /**
     * "The 58-year-old, who joined the firm in 2021, said the group would …": a relative clause set off by commas
     * that closes right before the quote's cue verb. Its pronoun is the subject of its own verb ("joined"), not of
     * the report; who reports is its antecedent, a candidate of its own. ("Ann Roe, who said …" keeps "who": no verb
     * of its own stands between it and the cue. Measured wider, dropping every "who" after a comma that is not the
     * cue's subject, the candidates lost the right answer of 22 training quotes.) The same holds for a restrictive
     * clause, with no commas, right after a noun: "Shopkeepers who spoke to the paper said trade had halved" is the
     * shopkeepers' report; "who" is the subject of "spoke".
     */
    static boolean closedBeforeCue(DocumentIndex ix, QuoteCandidate q, int t) {
        if (q.source() == null || t == 0) return false;
        boolean commas = ix.firstChar(t - 1) == ',';
        if (!commas && !ix.token(t - 1).pos().startsWith("NN")) return false;
        int cue = q.source().cueToken();
        if (cue <= t + 2 || cue >= ix.tokenCount() || ix.token(cue).sentence() != ix.token(t).sentence()) return false;
        // "One patient, a retired builder who gave his name only as Frank, said …": a restrictive clause inside an
        // apposition closes with the apposition's comma
        boolean inApposition = !commas && ix.firstChar(cue - 1) == ',' && appositionOpensBefore(ix, t);
        if (commas != (ix.firstChar(cue - 1) == ',') && !inApposition) return false;
        // "officials who have long said …": the cue's own auxiliaries are no verb of another clause
        int end = commas || inApposition ? cue - 1 : SourcePhraseFinder.trimAuxiliaries(ix, t + 1, cue);
        for (int k = t + 1; k < end; k++) {
            // without commas around it (restrictive, or inside an apposition) the clause holds no comma or mark
            if (!commas && (ix.firstChar(k) == ',' || SourcePhraseFinder.isMark(ix, k))) return false;
            if (Words.isFinite(ix, k)) return true;
        }
        return false;
    }

    /** Most words of the noun phrase an apposition's relative clause follows ({@link #appositionOpensBefore}). */
    static final int APPOSITION_HEAD_TOKENS = 6;

    /**
     * A comma opens an apposition within a few words before the relative pronoun at {@code t}, after a subject of
     * at least one word in the same sentence ("One patient, | a retired builder who …"), with no verb between.
     */
    static boolean appositionOpensBefore(DocumentIndex ix, int t) {
        int sentence = ix.token(t).sentence();
        for (int k = t - 1; k > 0 && t - k <= APPOSITION_HEAD_TOKENS && ix.token(k).sentence() == sentence; k--) {
            if (ix.firstChar(k) == ',') return ix.token(k - 1).sentence() == sentence && !ix.isPunct(k - 1);
            if (ix.isPunct(k) || Words.isVerbTag(ix.token(k).pos()) && !ix.token(k).pos().equals("VBN")) return false;
        }
        return false;
    }

    /**
     * A relative pronoun that can be the subject of a report ("Ann Roe, who said", "the agency, which reported"),
     * resolved to the name {@link RelativeAntecedent#of} reads for the sieves (a person for "who", anything else
     * for "which"; past an apposition, age or home town); "who" after a description, to the person that
     * description's candidate ({@code before}, the last one so far) resolved to; for a quote in a later sentence
     * ({@code otherSentence}), after a description resolved to no one, that description as the evidence.
     */
    private SpeakerFeatures.Draft relative(AttributionContext ctx, int t, List<SpeakerFeatures.Draft> before, boolean otherSentence) {
        DocumentIndex ix = ctx.index();
        Evidence ev = EvidencePicker.evidence(ix, Evidence.Type.PRONOUN, t, t + 1);
        int end = ix.firstChar(t - 1) == ',' ? t - 1 : t;
        // the same antecedent the sieves read: "who" a person's ("a volunteer from Istanbul who said" is not
        // Istanbul; "Sen. Ann Roe of Ohio, who said" is Roe), "which" a body's
        Mention m = picker.antecedents.of(ix, t, ix.sentenceOf(t).firstToken());
        Attribution a = new Attribution(null, null, null, ev.text(), ev.span(), null, METHOD, 0.0);
        if (m != null && otherSentence && end == t - 1 && m.endToken() == end) {
            // '“…,” warns Ellen Marsh, who runs a consultancy. “…”': for a later sentence's quote "who" is no report's
            // subject there; the name it follows is the evidence, as it is for a description
            a = ctx.named(m, EvidencePicker.nameEvidence(ix, m), null, METHOD, 0.0);
        } else if (m != null) {
            a = ctx.named(m, ev, null, METHOD, 0.0);
        } else if (ix.word(t).equalsIgnoreCase("who") && !before.isEmpty()) {
            // "the retired surgeon, who said": "who" stays the evidence and speaks for the person the description
            // right before it resolves to
            SpeakerFeatures.Draft last = before.get(before.size() - 1);
            Attribution r = last.attribution;
            if (last.type == SpeakerCandidate.Type.NOMINAL && last.end == end && r.speakerLocalId() != null) {
                a = new Attribution(r.speaker(), r.speakerLocalId(), null, ev.text(), ev.span(), null, METHOD, 0.0);
            } else if (otherSentence && end == t - 1) {
                // '“…,” said one aide involved in the planning, who spoke on condition of anonymity. “…”': for a
                // later sentence's quote "who" is no report's subject there, and the unnamed description it stands
                // for (the first of the nominals before it that only modifiers follow: not "the planning") is the
                // evidence
                SpeakerFeatures.Draft head = null;
                for (int i = before.size() - 1; i >= 0; i--) {
                    SpeakerFeatures.Draft d = before.get(i);
                    if (d.type != SpeakerCandidate.Type.NOMINAL || d.attribution.mentionSpan() == null || !modifiersOnly(ix, d.end, end)) break;
                    head = d;
                }
                // a nominal after a preposition is inside another's modifier ("involved in the planning"): when the
                // walk stops there, the description's head is a name or nothing, and "who" stays the evidence
                if (head != null && !(head.first > 0 && ix.token(head.first - 1).pos().equals("IN"))) {
                    Attribution h = head.attribution;
                    a = new Attribution(h.speaker(), h.speakerLocalId(), null, h.mention(), h.mentionSpan(), null, METHOD, 0.0);
                } else if (head != null) {
                    // unless that head is an adjective or a number no nominal starts at ("said one Republican
                    // involved in the planning, who"): the words from it to the comma are the evidence
                    int s = adjectiveHeadBefore(ix, head.first - 1);
                    if (s >= 0) {
                        Evidence whole = EvidencePicker.evidence(ix, Evidence.Type.DESCRIPTION, s, end);
                        a = new Attribution(null, null, null, whole.text(), whole.span(), null, METHOD, 0.0);
                    }
                }
            }
        }
        return new SpeakerFeatures.Draft(SpeakerCandidate.Type.PRONOUN, t, t + 1, a);
    }

    /**
     * The first token of a description whose head is an adjective, a number or a capitalised word no nominal
     * starts at (a party's member: "Republican", "Democrat"), right before the preposition at {@code prep} and after
     * a verb or a comma: "said one Republican involved in | the planning" gives "one";
     * or -1 when a verb, a noun or nothing stands there ("spoke about | the plan").
     */
    static int adjectiveHeadBefore(DocumentIndex ix, int prep) {
        int t = prep - 1;
        if (t >= 0 && ix.token(t).pos().equals("VBN")) t--; // "involved", "briefed"
        int last = t;
        boolean adjective = false;
        while (t >= 0 && last - t < MODIFIER_WORDS && ix.token(t).sentence() == ix.token(prep).sentence()) {
            String pos = ix.token(t).pos();
            if (pos.startsWith("JJ") || pos.equals("CD") || pos.startsWith("NNP")) adjective = true;
            else if (!pos.equals("DT")) break;
            t--;
        }
        if (!adjective || t == last || t < 0) return -1;
        boolean opens = Words.isVerbTag(ix.token(t).pos()) || ix.firstChar(t) == ',';
        return opens ? t + 1 : -1;
    }

    /**
     * Tokens [from, to) are at most a modifier of the noun before them, no clause: no punctuation and no finite verb
     * ("involved in the planning", "close to the talks").
     */
    private static boolean modifiersOnly(DocumentIndex ix, int from, int to) {
        if (to - from > MODIFIER_WORDS) return false;
        for (int t = from; t < to; t++) if (ix.isPunct(t) || Words.isFinite(ix, t)) return false;
        return true;
    }

    /** Most words of a modifier after a description's head that {@link #modifiersOnly} reads. */
    static final int MODIFIER_WORDS = 8;

    private SpeakerFeatures.Draft nominal(QuoteCandidate q, AttributionContext ctx, int s, int e) {
        DocumentIndex ix = ctx.index();
        Evidence ev = EvidencePicker.evidence(ix, Evidence.Type.DESCRIPTION, s, e);
        SourcePhrase sp = new SourcePhrase(SourcePhrase.Position.BEFORE, s, e, -1, null);
        Mention apposed = apposedName(ix, ctx, s, e);
        Attribution resolved = apposed != null ? ctx.named(apposed, ev, null, METHOD, 0.0) : nominals.attribute(q.withSource(sp), ev, ctx);
        // "The party issued a statement calling …": a document speaks for whoever issued it
        if (resolved == null) resolved = documents.issuerOfMention(ix, ctx, headBeforeParticiple(ix, s, e), ev);
        Attribution a = resolved != null
                ? new Attribution(resolved.speaker(), resolved.speakerLocalId(), null, ev.text(), ev.span(), null, METHOD, 0.0)
                : new Attribution(null, null, null, ev.text(), ev.span(), null, METHOD, 0.0);
        return new SpeakerFeatures.Draft(SpeakerCandidate.Type.NOMINAL, s, e, a);
    }

    /**
     * The person a description stands in apposition with, which it describes whatever other person shares its role:
     * "the company's finance chief, Robert Klein, said" and "Robert Klein, the company's finance chief, said" are
     * Robert Klein. So does a description that gives the name after "named" or "called": "a retired nurse named Ann
     * Roe" is Ann Roe. Null when the description has no person's name beside it between commas or so given.
     */
    private Mention apposedName(DocumentIndex ix, AttributionContext ctx, int s, int e) {
        if (e + 1 < ix.tokenCount() && Words.NAMING_PARTICIPLES.contains(ix.word(e)) && ix.token(e).pos().equals("VBN")) {
            Mention named = ix.mentionAt(e + 1);
            if (named != null && named.firstToken() == e + 1 && "PERSON".equals(ctx.typeOf(named))
                    && ix.token(e + 1).sentence() == ix.token(s).sentence()) return named;
        }
        if (e + 2 < ix.tokenCount() && ix.firstChar(e) == ',') {
            Mention after = ix.mentionAt(e + 1);
            if (after != null && after.firstToken() == e + 1 && "PERSON".equals(ctx.typeOf(after))
                    && after.endToken() < ix.tokenCount() && ix.firstChar(after.endToken()) == ','
                    && ix.token(after.endToken()).sentence() == ix.token(s).sentence()) return after;
        }
        if (s >= 2 && ix.firstChar(s - 1) == ',' && e < ix.tokenCount() && ix.firstChar(e) == ',') {
            Mention before = ix.mentionAt(s - 2);
            if (before != null && before.endToken() == s - 1 && "PERSON".equals(ctx.typeOf(before))
                    && ix.token(before.firstToken()).sentence() == ix.token(s).sentence()) return before;
        }
        return null;
    }

    /** The head of the noun phrase [s, e): the word before a participle that modifies it ("a statement calling …"), else its last word. */
    private static int headBeforeParticiple(DocumentIndex ix, int s, int e) {
        for (int t = s + 1; t < e; t++) {
            String pos = ix.token(t).pos();
            if (pos.equals("VBG") || pos.equals("VBN")) return t - 1;
        }
        return e - 1;
    }

    /**
     * End of a simple noun phrase starting at t and headed by a common noun ("the party's bylaws", "two senior
     * officials"), or t when none starts there. It may not run into a name, a quote or the quote's own words; words
     * that run straight into a person's name or a title are the name's title, no phrase of their own ("aviation" in
     * "according to aviation analyst Raj Patel", where CoreNLP tags "analyst" a title). A phrase stays in its
     * sentence: a headline that ends on a noun ("Army retakes border town") is no part of "The army said …" below it
     * ({@link #joinsPrevious}).
     */
    private static int nominalEnd(DocumentIndex ix, AttributionContext ctx, QuoteCandidate q, int t, int limit) {
        if (t > 0 && joinsPrevious(ix, t) && NOMINAL_POS.contains(ix.token(t - 1).pos())
                && ix.mentionAt(t - 1) == null && !excluded(ix, ctx, q, t - 1)
                && !ix.token(t - 1).pos().startsWith("VB")) return t; // not the start of the phrase
        int lastNoun = -1;
        int u = t;
        for (; u < limit && u - t < MAX_NOMINAL_TOKENS && (u == t || joinsPrevious(ix, u)); u++) {
            String pos = ix.token(u).pos();
            // "The shop's manager", "the company's chief executive": a role CoreNLP tags TITLE heads the phrase it
            // closes (unless a name follows it, below); it had been left out, so the phrase was its owner alone
            Mention title = ix.mentionAt(u);
            if (u > t && title != null && title.firstToken() == u && "TITLE".equals(title.ner())
                    && title.endToken() <= limit && !excluded(ix, ctx, q, u) && allNouns(ix, u, title.endToken())) {
                lastNoun = title.endToken() - 1;
                u = title.endToken();
                break;
            }
            if (!NOMINAL_POS.contains(pos) || ix.mentionAt(u) != null || excluded(ix, ctx, q, u)) break;
            if ((pos.equals("VBN") || pos.equals("VBG")) && u == t) break;
            if (pos.equals("NN") || pos.equals("NNS")) lastNoun = u;
        }
        if (lastNoun >= 0 && u == lastNoun + 1 && u < limit && joinsPrevious(ix, u) && ix.mentionAt(u) != null
                && TITLED.contains(ix.mentionAt(u).ner())) return t;
        return lastNoun < 0 ? t : lastNoun + 1;
    }

    /** Every token of [from, to) is tagged a noun. */
    private static boolean allNouns(DocumentIndex ix, int from, int to) {
        for (int t = from; t < to; t++) if (!ix.token(t).pos().startsWith("NN")) return false;
        return true;
    }

    /**
     * True when token {@code t} (t &gt; 0) reads on from the token before it: they share a sentence, or the sentence
     * break between them is only a line break inside a sentence (the word before ends in no full stop, question or
     * exclamation mark and {@code t} is lower-case: "… as both an act of terrorism and a hate⏎crime, reiterated …").
     * A capital after the break opens a sentence of its own ("… border town⏎The army said …").
     */
    static boolean joinsPrevious(DocumentIndex ix, int t) {
        if (ix.token(t).sentence() == ix.token(t - 1).sentence()) return true;
        String before = ix.token(t - 1).word();
        boolean ended = before.endsWith(".") || before.endsWith("?") || before.endsWith("!");
        return !ended && Character.isLowerCase(ix.firstChar(t));
    }

    /** Mentions whose title a common noun right before them is: people and titles. */
    private static final Set<String> TITLED = Set.of("PERSON", "TITLE");

    /**
     * The sieves' answer joins the candidate whose words it overlaps most (taking over its resolved speaker and
     * method), or stands as a candidate of its own.
     */
    private static void adoptSieve(List<SpeakerFeatures.Draft> drafts, Attribution sieve, DocumentIndex ix) {
        if (sieve == null || sieve.mentionSpan() == null) return;
        Span s = sieve.mentionSpan();
        SpeakerFeatures.Draft best = null;
        int bestOverlap = 0;
        for (SpeakerFeatures.Draft d : drafts) {
            int ov = Math.min(d.span().end(), s.end()) - Math.max(d.span().start(), s.start());
            if (ov > bestOverlap) {
                bestOverlap = ov;
                best = d;
            }
        }
        if (best == null) {
            int first = ix.firstTokenAtOrAfter(s.start());
            if (first >= ix.tokenCount()) return;
            int end = Math.max(first + 1, ix.lastTokenBefore(s.end()) + 1);
            String w = ix.word(first);
            SpeakerCandidate.Type type = ix.mentionAt(first) != null ? SpeakerCandidate.Type.NAME
                    : end == first + 1 && Words.SOURCE_PRONOUNS.contains(w.toLowerCase(Locale.ROOT)) ? SpeakerCandidate.Type.PRONOUN
                    : SpeakerCandidate.Type.NOMINAL;
            best = new SpeakerFeatures.Draft(type, first, end, sieve);
            insertInOrder(drafts, best);
        } else {
            best.attribution = sieve;
        }
        best.sieveMethod = sieve.method();
    }

    private static void insertInOrder(List<SpeakerFeatures.Draft> drafts, SpeakerFeatures.Draft d) {
        int i = 0;
        while (i < drafts.size() && drafts.get(i).span().start() <= d.span().start()) i++;
        drafts.add(i, d);
    }
}
