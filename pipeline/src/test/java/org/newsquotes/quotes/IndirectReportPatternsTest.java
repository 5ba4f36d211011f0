package org.newsquotes.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.newsquotes.config.ModelFiles;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.QuoteKind;
import org.newsquotes.record.Sentence;
import org.newsquotes.testing.MarkedText;

/**
 * One group per report pattern of {@link IndirectSpeechExtractor}: each pattern alone, anchored at the word its
 * Javadoc names, on our own sentences; a sentence of another pattern finds nothing. The same sentences through the
 * whole quote stage are in {@link QuoteStageTest}.
 */
class IndirectReportPatternsTest {
    /** The marked document with {@code word} tagged {@code pos} (the fixture tagger's guess corrected). */
    private static AnnotatedDocument tagged(String marked, String word, String pos) {
        return MarkedText.withPos(MarkedText.parseWithEntities(marked), word, pos);
    }

    private static final QuoteLexicon LEXICON = QuoteLexicon.load(ModelFiles.packaged());
    private static final SourcePhraseFinder FINDER = new SourcePhraseFinder(LEXICON);

    /** The content the pattern finds anchored at the first token {@code anchor}, or null. */
    private static String find(IndirectReportPattern p, String marked, String anchor) {
        return find(p, MarkedText.parseWithEntities(marked), anchor);
    }

    private static String find(IndirectReportPattern p, AnnotatedDocument d, String anchor) {
        DocumentIndex ix = new DocumentIndex(d);
        AttributionContext ctx = new AttributionContext(ix, LEXICON, List.of());
        for (Sentence s : d.sentences()) {
            for (int v = s.firstToken(); v < s.endToken(); v++) {
                if (!ix.word(v).equals(anchor)) continue;
                QuoteCandidate q = p.find(new IndirectReportPattern.Site(ix, s, v, List.of(), ctx));
                return q == null ? null : q.content().of(d.text());
            }
        }
        throw new IllegalArgumentException("no token " + anchor);
    }

    /** The index of the first token {@code word} of {@code d}. */
    private static int tokenOf(AnnotatedDocument d, String word) {
        return d.tokens().stream().filter(t -> t.word().equals(word)).findFirst().orElseThrow().index();
    }

    /** The text of source phrase {@code src}. */
    private static String sourceText(DocumentIndex ix, SourcePhrase src) {
        return ix.text().substring(ix.token(src.firstToken()).start(), ix.token(src.endToken() - 1).end());
    }

    @Nested class ComplementAfterVerb {
        final IndirectReportPattern p = new ComplementAfterVerbReport(LEXICON, FINDER);

        @Test void aSubjectHoldingAnAsideOrAListBeforeItsVerb() {
            // an aside set off by commas, then the verb
            assertThat(find(p, "[Ann Roe|PERSON] said her list of friends, mostly farmers a decade ago, was now mostly teachers.", "said"))
                    .isEqualTo("her list of friends, mostly farmers a decade ago, was now mostly teachers");
            // by dashes, which may hold a clause
            assertThat(find(p, "[Ann Roe|PERSON] said the plan to shut the pool — a plan the council has since dropped — did real harm.", "said"))
                    .isEqualTo("the plan to shut the pool — a plan the council has since dropped — did real harm");
            // a list of three or more joined by "and"
            assertThat(find(p, "The clerk said complaints from Roe, Dunn, Park and Lee were consistent with the inquiry.", "said"))
                    .isEqualTo("complaints from Roe, Dunn, Park and Lee were consistent with the inquiry");
            // an object, then verbs of the reporter's own; two clauses joined by "but"
            assertThat(find(p, "[Ann Roe|PERSON] said goodbye, waved, and left.", "said")).isNull();
            assertThat(find(p, "[Ann Roe|PERSON] said thanks, but the crowd booed.", "said")).isNull();
        }

        @Test void aVerbAfterButIsTheReportersOwnNotABareClauses() {
            // "but did not elaborate" is the agent's second predicate: "the split to the magazine" is no clause
            AnnotatedDocument d = MarkedText.withPos(MarkedText.withPos(MarkedText.parseWithEntities(
                    "Her agent confirmed the split to the magazine but did not elaborate."), "but", "CC"), "did", "VBD");
            assertThat(find(p, d, "confirmed")).isNull();
            // a clause whose own verb comes first may go on with "and"
            AnnotatedDocument clause = MarkedText.withPos(MarkedText.withPos(MarkedText.parseWithEntities(
                    "Her agent confirmed the tour was over and would not resume."), "and", "CC"), "was", "VBD");
            assertThat(find(p, clause, "confirmed")).isEqualTo("the tour was over and would not resume");
            // a participle after "and" modifies a noun of the subject; the clause's verb comes later
            AnnotatedDocument participle = MarkedText.withPos(MarkedText.withPos(MarkedText.withPos(MarkedText.parseWithEntities(
                    "Her aides say her long record and proven skill make her the favourite."), "and", "CC"), "proven", "VBN"), "make", "VBP");
            assertThat(find(p, participle, "say")).isEqualTo("her long record and proven skill make her the favourite");
        }

        @Test void aSubjectWithAnAffiliationInBrackets() {
            assertThat(find(p, "[Tom Aske|PERSON] said Senator [Ann Roe|PERSON] (D-Ohio) would back the plan.", "said"))
                    .isEqualTo("Senator Ann Roe (D-Ohio) would back the plan");
        }

        @Test void aSecondReportAfterACommaEndsTheFirstEvenWithAHyphenatedSubject() {
            assertThat(find(p, "Six in 10 voters said the mayor is honest, and three-quarters said the same of her rival.", "said"))
                    .isEqualTo("the mayor is honest");
        }

        @Test void aHyphenatedTimeCompoundModifiesTheSubject() {
            assertThat(find(p, "[Crestline|ORGANIZATION] said [third-quarter|DATE] net income dropped sharply.", "said"))
                    .isEqualTo("third-quarter net income dropped sharply");
            // a date alone is when it was said
            assertThat(find(p, "[Crestline|ORGANIZATION] said [Monday|DATE] net income dropped sharply.", "said"))
                    .isEqualTo("net income dropped sharply");
        }

        @Test void aSubjectThatIsAQuantity() {
            assertThat(find(p, "Police said at least 14 people were hurt in the crash.", "said"))
                    .isEqualTo("at least 14 people were hurt in the crash");
            assertThat(find(p, "The board said about half of the new berths would be ready by [June|DATE].", "said"))
                    .isEqualTo("about half of the new berths would be ready by June");
            assertThat(find(p, "The charity said fewer than 30 boats had returned.", "said"))
                    .isEqualTo("fewer than 30 boats had returned");
            assertThat(find(p, "The charity said half of the volunteers were students.", "said"))
                    .isEqualTo("half of the volunteers were students");
            // a modifier before no number is no quantity: "about" is a preposition here
            DocumentIndex ix = new DocumentIndex(MarkedText.parseWithEntities("said about the plan"));
            assertThat(Words.afterQuantityModifier(ix, 1, ix.tokenCount())).isEqualTo(1);
            DocumentIndex q = new DocumentIndex(MarkedText.parseWithEntities("said nearly a third"));
            assertThat(Words.afterQuantityModifier(q, 1, q.tokenCount())).isEqualTo(3);
            // any fraction after its modifier: "only a fifth", "nearly two-thirds"
            assertThat(find(p, "The operator said only a fifth of the trains would run.", "said"))
                    .isEqualTo("only a fifth of the trains would run");
        }

        @Test void aQuantitySubjectWithPhrasesOfItsOwn() {
            assertThat(find(p, "The union said about 40 percent of its members in the north had voted.", "said"))
                    .isEqualTo("about 40 percent of its members in the north had voted");
            assertThat(find(p, "The port said more than half of the cargo from [Asia|LOCATION] arrived late.", "said"))
                    .isEqualTo("more than half of the cargo from Asia arrived late");
            // a phrase opened by a clause word ends the subject: no verb of its own follows
            assertThat(find(p, "The union said about 40 of the members because of the strike.", "said")).isNull();
        }

        @Test void aDemonstrativeThatIsTheClausesSubject() {
            assertThat(find(p, "[Tom Aske|PERSON] says that's what the ferry is for.", "says"))
                    .isEqualTo("that's what the ferry is for");
            assertThat(find(p, "[Tom Aske|PERSON] said that would be a mistake.", "said")).isEqualTo("that would be a mistake");
            // after a noun it is a relative pronoun: no content opens there
            assertThat(find(p, "[Tom Aske|PERSON] said in a statement that was posted online.", "said")).isNull();
            assertThat(find(p, "[Tom Aske|PERSON] said plans that would close the pier were dropped.", "said"))
                    .isNotEqualTo("that would close the pier were dropped");
            // a relative clause inside the subject of a bare clause: the clause opens right after the verb
            assertThat(find(p, "[Tom Aske|PERSON] said the towns that changed their fares may lose riders.", "said"))
                    .isEqualTo("the towns that changed their fares may lose riders");
            // before a subject "that" is the complementizer
            assertThat(find(p, "[Tom Aske|PERSON] said that the ferry was late.", "said")).isEqualTo("the ferry was late");
        }

        @Test void aClauseAfterAnAsideSetOffByCommas() {
            assertThat(find(p, "Mayor [Ann Roe|PERSON] says, win or lose on [Tuesday|DATE], she is staying in the race.", "says"))
                    .isEqualTo("she is staying in the race");
            // a comma before the verb makes it a report inside its content, not this one
            assertThat(find(p, "In the end, she said, after a long pause, the ferry would stay.", "said")).isNull();
        }

        @Test void aClauseWhoseVerbPhraseWasLeftOut() {
            assertThat(find(p, "[Ann Roe|PERSON] said she would.", "said")).isEqualTo("she would");
            assertThat(find(p, "[Ann Roe|PERSON] and [Tom Aske|PERSON] said they had not.", "said")).isEqualTo("they had not");
            // two words with no auxiliary are no clause
            assertThat(find(p, "[Ann Roe|PERSON] said she often.", "said")).isNull();
        }

        @Test void aTimeExpressionThatIsTheSubject() {
            assertThat(find(p, "Officials said [2016|DATE] has seen the worst start on record.", "said"))
                    .isEqualTo("2016 has seen the worst start on record");
            assertThat(find(p, "[Ann Roe|PERSON] said [Monday|DATE] is the last day to apply.", "said"))
                    .isEqualTo("Monday is the last day to apply");
            // before a subject of its own, the time expression says when she spoke
            assertThat(find(p, "[Ann Roe|PERSON] said [Monday|DATE] she would resign.", "said"))
                    .isEqualTo("she would resign");
            // after a participle it says when: "Monday" is no subject of what the merger would do
            assertThat(find(p, tagged(
                    "A merger announced [Monday|DATE] would double the size of the firm.", "announced", "VBN"), "announced"))
                    .isNull();
        }

        @Test void aLongSubjectWithNoPunctuationBeforeItsVerb() {
            assertThat(find(p, "Officials said the broad ban on spending to move the prisoners to a mainland site in the latest budget bill prevented the ministry from acting.", "said"))
                    .isEqualTo("the broad ban on spending to move the prisoners to a mainland site in the latest budget bill prevented the ministry from acting");
            // a conjunction in those words may start a clause of its own: no report
            assertThat(find(p, "Officials said the words in a speech to the union in the north of the county on Tuesday and the crowd cheered loudly.", "said"))
                    .isNull();
        }

        @Test void anAsideBetweenTheVerbAndItsThat() {
            assertThat(find(p, "The mayor said — on local radio, as it happens — that the tunnel would open in [May|DATE].", "said"))
                    .isEqualTo("the tunnel would open in May");
            assertThat(find(p, "[Lena Ortiz|PERSON] said on [Tuesday|DATE], when she visited the site, that the works were on schedule.", "said"))
                    .isEqualTo("the works were on schedule");
            assertThat(find(p, "[Ann Roe|PERSON] told the panel, which met in private, that the port would close.", "told"))
                    .isEqualTo("the port would close");
            // an aside that is not followed by "that" is no way to a content
            assertThat(find(p, "[Ann Roe|PERSON] said on [Tuesday|DATE], when she visited the site.", "said")).isNull();
        }

        @Test void aPastFormDescribingTheNounOfAPhraseBeforeThat() {
            // the tagger's VBD for a participle ("a statement read outside court") does not end the search for "that"
            AnnotatedDocument d = tagged(
                    "[Ann Roe|PERSON] said in a statement read outside court that the family was relieved.", "read", "VBD");
            d = MarkedText.withPos(d, "outside", "IN");
            assertThat(find(p, d, "said")).isEqualTo("the family was relieved");
            assertThat(find(p, "[Ann Roe|PERSON] said in a post published on [Monday|DATE] that the family was relieved.", "said"))
                    .isEqualTo("the family was relieved");
            // a past tense with no phrase before it is the next clause's verb: no "that" of this report
            AnnotatedDocument next = tagged("[Ann Roe|PERSON] said police arrived late that night.", "arrived", "VBD");
            assertThat(find(p, next, "said")).isEqualTo("police arrived late that night");
            // nor is a verb of "be" or a past tense with its own object or clause after a phrase's noun
            assertThat(find(p, "[Ann Roe|PERSON] said the mood at the meeting was calm that day.", "said"))
                    .isEqualTo("the mood at the meeting was calm that day");
            AnnotatedDocument main = tagged(
                    "A woman who accused the mayor of fraud said on [Monday|DATE] that she would testify.", "said", "VBD");
            assertThat(find(p, main, "accused")).isNull();
        }

        @Test void noClauseWhoseOnlyVerbIsASubordinateClauses() {
            // the terms of speaking, then the reason for them: nothing of what was said
            assertThat(find(p, "One official told [The Associated Press|ORGANIZATION] on condition of anonymity because he was not authorized to speak.", "told"))
                    .isNull();
            // "because of" is a preposition inside the clause's subject
            assertThat(find(p, "[Ann Roe|PERSON] said delays because of the storm were likely.", "said"))
                    .isEqualTo("delays because of the storm were likely");
        }

        @Test void anObjectPronounIsTheWholeAddressee() {
            AnnotatedDocument d = MarkedText.withPos(MarkedText.withPos(tagged(
                    "A spokesperson told us engineers would inspect the line once the wind drops.",
                    "us", "PRP"), "inspect", "VB"), "drops", "VBZ");
            assertThat(find(p, d, "told")).isEqualTo("engineers would inspect the line once the wind drops");
        }

        @Test void aSubjectOpeningWithACorrelativePair() {
            // "neither" is tagged as a conjunction, which otherwise opens no clause
            assertThat(find(p, "[Ann Roe|PERSON] said neither the mayor nor his deputy played a role.", "said"))
                    .isEqualTo("neither the mayor nor his deputy played a role");
            assertThat(find(p, "[Ann Roe|PERSON] met the mayor twice but said neither the mayor nor his deputy played a role.", "said"))
                    .isEqualTo("neither the mayor nor his deputy played a role");
        }

        @Test void aSubjectOpeningWithAHyphenatedCompound() {
            // the tokeniser splits the compound and the tagger reads its first part alone ("down" IN, "first" RB)
            assertThat(find(p, tagged(
                    "[Tom Aske|PERSON] said down-river towns can also help fund the ferry.", "down", "IN"), "said"))
                    .isEqualTo("down-river towns can also help fund the ferry");
            assertThat(find(p, tagged("Experts said first-time buyers are often turned away.", "first", "RB"), "said"))
                    .isEqualTo("first-time buyers are often turned away");
            // a compound with no clause after it is no subject
            assertThat(find(p, "[Tom Aske|PERSON] said good-bye to the crew.", "said")).isNull();
        }

        @Test void thatClauseAfterTheVerb() {
            assertThat(find(p, "[Maria Lopez|PERSON] said that the harvest would be late.", "said"))
                    .isEqualTo("the harvest would be late");
        }

        @Test void aProperNounAddresseeTheTaggerGaveNoSpeakerType() {
            // "Herald" tagged MISC: still the one told, and the clause after it the content
            assertThat(find(p, "[Tom Aske|PERSON] told the [Herald|MISC] the harbour would reopen in May.", "told"))
                    .isEqualTo("the harbour would reopen in May");
        }

        @Test void aThatInTheObjectOfAParticipleAfterACommaIsNotTheVerbs() {
            assertThat(find(p, "[Tom Aske|PERSON] told reporters, ending weeks of silence that had worried fans.", "told"))
                    .isNull();
            // nor is the object before it, with the participle's clause, a bare clause
            assertThat(find(p, "[Tom Aske|PERSON] announced his exit on Monday, ending a career that included two titles.", "announced"))
                    .isNull();
            // an aside closed before the verb still is
            assertThat(find(p, "[Tom Aske|PERSON] said the plan, relying on old data, was flawed.", "said"))
                    .isEqualTo("the plan, relying on old data, was flawed");
            // an aside set off by commas before the verb's own "that" is still read past
            assertThat(find(p, "[Tom Aske|PERSON] said on Monday, speaking in Leeds, that the club would be sold.", "said"))
                    .isEqualTo("the club would be sold");
        }

        @Test void anExistentialThereAfterTheAddresseeOpensTheClause() {
            assertThat(find(p, "[Tom Aske|PERSON] told reporters there was no deal.", "told")).isEqualTo("there was no deal");
            assertThat(find(p, "[Tom Aske|PERSON] told the council there would be no new taxes.", "told"))
                    .isEqualTo("there would be no new taxes");
        }

        @Test void aHyphenatedNameAfterTheIsOneAddressee() {
            // the tokenizer splits "Herald-Tribune" at its hyphen: the paper is still the one told
            assertThat(find(p, "[Tom Aske|PERSON] told the [Herald - Tribune|ORGANIZATION] he would resign in May.", "told"))
                    .isEqualTo("he would resign in May");
            // a name the tagger ran on into the clause is read word by word, as before
            assertThat(find(p, "[Tom Aske|PERSON] told The [Border Mail the council|ORGANIZATION] had failed to consult.", "told"))
                    .isEqualTo("the council had failed to consult");
        }

        @Test void anAddresseeAndADateBeforeTheClause() {
            assertThat(find(p, "[Tom Aske|PERSON] told reporters on Monday he would resign in May.", "told"))
                    .isEqualTo("he would resign in May");
        }

        @Test void notWhenTheReportComesAfterItsContent() {
            assertThat(find(p, "The bridge will reopen in June, [Tom Aske|PERSON] said.", "said")).isNull();
        }

        @Test void aGerundPhraseAsTheClauseSubject() {
            assertThat(find(p, "The ministry says widening the canal will protect 300 jobs.", "says"))
                    .isEqualTo("widening the canal will protect 300 jobs");
            // a gerund with no finite verb of its own is no clause
            assertThat(find(p, "The ministry says widening the canal.", "says")).isNull();
        }

        @Test void aParticipleOfSpeechAfterAQuoteEndingTheContentEndsIt() {
            assertThat(find(p, "[Lena Voss|PERSON] said the ruling was “a good day for renters,” adding that more cases would follow.", "said"))
                    .isEqualTo("the ruling was “a good day for renters,”");
            assertThat(find(p, "[Lena Voss|PERSON] said the ruling was a good day for renters, adding that more cases would follow.", "said"))
                    .isEqualTo("the ruling was a good day for renters");
        }

        @Test void aContractedIsAfterAPronounIsTheClausesVerbNotAPossessive() {
            // the fixture tagger, like CoreNLP's on typographic apostrophes, reads "’s" as a possessive
            assertThat(find(p, "As for the strike, [Ida Berg|PERSON] said she’s not worried.", "said"))
                    .isEqualTo("she’s not worried");
            assertThat(find(p, "The coach said it's the best squad in years.", "said"))
                    .isEqualTo("it's the best squad in years");
        }

        @Test void soBeforeAnAdjectiveIsNoClauseWordInAGerundSubject() {
            assertThat(find(p, "[Ida Berg|PERSON] said seeing so many volunteers at the depot was a relief.", "said"))
                    .isEqualTo("seeing so many volunteers at the depot was a relief");
            // "so" joining a clause still ends the gerund's subject
            assertThat(find(p, "[Ida Berg|PERSON] said seeing the depot so she knew the way.", "said")).isNull();
        }

        @Test void aCurrencySignInsideTheSubjectIsNoPunctuation() {
            assertThat(find(p, "The magazine said her $3 million fortune was overstated.", "said"))
                    .isEqualTo("her $3 million fortune was overstated");
        }

        @Test void aDateWithAPossessiveIsTheSubjectNotATimeAdverbial() {
            assertThat(find(p, "[Ann Roe|PERSON], a farmer, said [Monday|DATE]'s vote was void.", "said"))
                    .isEqualTo("Monday's vote was void");
        }

        @Test void insideARelativeClause() {
            assertThat(find(p, "The mayor praised “port-city” policies, which he said had hurt the fishing trade.", "said"))
                    .isEqualTo("had hurt the fishing trade");
            // without its pronoun: ZeroRelativeReport
            assertThat(find(p, "It is a shift [Ann Roe|PERSON] said could push voters toward the mayor.", "said")).isNull();
        }

        @Test void aParticipleAfterTheReportOfAMarkedQuoteSharesItsSource() {
            AnnotatedDocument d = MarkedText.parseWithEntities("“We came a long way,” he said, noting that the town had backed him early.");
            DocumentIndex ix = new DocumentIndex(d);
            SourcePhrase src = p.subjects.subjectOf(ix, d.sentences().get(0), tokenOf(d, "noting"));
            assertThat(src).isNotNull();
            assertThat(sourceText(ix, src)).isEqualTo("he");
            AnnotatedDocument inverted = MarkedText.parseWithEntities("“We came a long way,” said [Ann Roe|PERSON], noting that the town had backed her.");
            DocumentIndex iix = new DocumentIndex(inverted);
            SourcePhrase roe = p.subjects.subjectOf(iix, inverted.sentences().get(0), tokenOf(inverted, "noting"));
            assertThat(sourceText(iix, roe)).isEqualTo("Ann Roe");
        }

        @Test void aContractedAuxiliaryIsNoQuotationMark() {
            AnnotatedDocument d = tagged("He's telling allies that he hopes the vote will fail.", "'s", "VBZ");
            assertThat(find(p, d, "telling")).isEqualTo("he hopes the vote will fail");
        }

        @Test void noClauseWhoseSubjectOneCommaCutsFromItsVerb() {
            // the addressee closes a parenthetical report: ParentheticalReport reads it, with the whole sentence
            assertThat(find(p, "The talks, officials told the [Daily Post|ORGANIZATION], had stalled over pensions.", "told")).isNull();
            assertThat(find(p, "The plan, [Tom Aske|PERSON] told the council, was never costed.", "told")).isNull();
            // only after a verb with an addressee: "added" has none, and an inverted conditional follows the comma
            assertThat(find(p, "[Tom Aske|PERSON] added a word of warning, should the talks fail.", "added"))
                    .isEqualTo("a word of warning, should the talks fail");
            // an apposition (two commas) still lets the clause's subject reach its verb
            assertThat(find(p, "[Tom Aske|PERSON] said the man, a farmer from the valley, was arrested.", "said"))
                    .isEqualTo("the man, a farmer from the valley, was arrested");
        }

        @Test void aReportInsideARelativeClauseEndsWithTheClause() {
            // the verb of a relative clause set off by commas: its object ends where the comma closes the clause
            assertThat(find(p, "The engineer [Ola Berg|PERSON], who first reported the leak, was not convinced.", "reported")).isNull();
            assertThat(find(p, "The engineer [Ola Berg|PERSON], who said the dam would hold, was not convinced.", "said"))
                    .isEqualTo("the dam would hold");
            assertThat(find(p, "The levy, which the mayor said would cost the town a fortune, was dropped in May.", "said"))
                    .isEqualTo("would cost the town a fortune");
            // a restrictive relative clause ends before the main clause's verb
            assertThat(find(p, "Farmers who said the river was rising were ignored for years.", "said")).isEqualTo("the river was rising");
            assertThat(find(p, "Engineers who warned that the cables were corroding have been proved right.", "warned"))
                    .isEqualTo("the cables were corroding");
            // a clause inside the content keeps its own verb
            assertThat(find(p, "Farmers who said the river was rising because the dam had failed were ignored.", "said"))
                    .isEqualTo("the river was rising because the dam had failed");
            assertThat(find(p, "Farmers who said the council had been told the river was safe were ignored.", "said"))
                    .isEqualTo("the council had been told the river was safe");
            assertThat(find(p, "Farmers who said the council felt it had acted were ignored.", "said"))
                    .isEqualTo("the council felt it had acted");
        }

        @Test void aNamedAddresseeBeforeAnyClause() {
            assertThat(find(p, "[Peter Hale|PERSON] told the [Gazette|ORGANIZATION] the roof needed repairs.", "told"))
                    .isEqualTo("the roof needed repairs");
            assertThat(find(p, "[Peter Hale|PERSON] told [Ann Roe|PERSON] the budget was gone.", "told"))
                    .isEqualTo("the budget was gone");
            // "when" after the name opens an adverbial clause, not what was told
            assertThat(find(p, "[Peter Hale|PERSON] told the [Gazette|ORGANIZATION] when asked about the roof.", "told"))
                    .isNotEqualTo("when asked about the roof");
            // not a name: the noun phrase is the clause's subject
            assertThat(find(p, "[Peter Hale|PERSON] said the council budget was gone.", "said")).isEqualTo("the council budget was gone");
        }

        @Test void aWhWordEndsThePhraseBeforeAClause() {
            // the pronoun after "where" is a relative clause's subject, not the start of what was written
            AnnotatedDocument d = tagged(
                    "[Tom Berg|PERSON] has spent years writing about the island where he grew up.", "where", "WRB");
            d = MarkedText.withPos(d, "grew", "VBD");
            assertThat(find(p, d, "writing")).isNull();
            // without it, the phrase before a pronoun subject is skipped as before
            assertThat(find(p, "[Tom Berg|PERSON] said in an interview he would return to the island.", "said"))
                    .isEqualTo("he would return to the island");
        }

        @Test void anAddresseeNounPhraseBeforeTheSubjectsOwn() {
            // two noun phrases in a row after "told": the first is the one told
            assertThat(find(p, "[Ann Roe|PERSON] told reporters the ferry would run again in [spring|DATE].", "told"))
                    .isEqualTo("the ferry would run again in spring");
            assertThat(find(p, "The surveyor told the committee the old bridge was safe.", "told"))
                    .isEqualTo("the old bridge was safe");
            assertThat(find(p, "She told shareholders no decision had been taken.", "told"))
                    .isEqualTo("no decision had been taken");
            assertThat(find(p, "The airline told investors its fuel costs had doubled.", "told"))
                    .isEqualTo("its fuel costs had doubled");
            assertThat(find(p, "The coach told fans [Lee Park|PERSON] would start on [Sunday|DATE].", "told"))
                    .isEqualTo("Lee Park would start on Sunday");
            // an addressee of five words: an outlet's programme
            assertThat(find(p, "[Ann Roe|PERSON] told the [Radio Nord|ORGANIZATION]'s Morning Show the offer was an insult.", "told"))
                    .isEqualTo("the offer was an insult");
            // a title, or an outlet and a title, before the name told are one addressee with it
            assertThat(find(p, "[Ann Roe|PERSON] told [host|TITLE] [Lee Park|PERSON] a deal was close.", "told"))
                    .isEqualTo("a deal was close");
            assertThat(find(p, "[Ann Roe|PERSON] told [Radio Nord|ORGANIZATION] [presenter|TITLE] [Lee Park|PERSON] a deal was close.", "told"))
                    .isEqualTo("a deal was close");
            // a proper noun before a name is part of the name told, not an addressee of its own
            assertThat(find(p, "[Ann Roe|PERSON] told Councillor [Park|PERSON] the deal was close.", "told"))
                    .isEqualTo("the deal was close");
            // one noun phrase only: it is the clause's subject
            assertThat(find(p, "[Ann Roe|PERSON] told the board would appeal.", "told")).isEqualTo("the board would appeal");
            // after "said", which takes no addressee, the words stay the content
            assertThat(find(p, "[Ann Roe|PERSON] said prices the dealers charge would rise.", "said"))
                    .isEqualTo("prices the dealers charge would rise");
        }

        @Test void anAddresseeWithADeterminerBeforeAPronounSubject() {
            assertThat(find(p, "[Tom Aske|PERSON] told the [Daily Post|ORGANIZATION] he would appeal the ruling.", "told"))
                    .isEqualTo("he would appeal the ruling");
            assertThat(find(p, "[Tom Aske|PERSON] asked the students if they agreed with the plan.", "asked"))
                    .isEqualTo("if they agreed with the plan");
            // a relative clause on the addressee is not the reported question
            assertThat(find(p, "[Tom Aske|PERSON] told the students who asked about the plan.", "told")).isNull();
            assertThat(find(p, "[Tom Aske|PERSON] said the man who ran the port was arrested.", "said"))
                    .isEqualTo("the man who ran the port was arrested");
            // without a pronoun after it, "the" starts the clause
            assertThat(find(p, "[Tom Aske|PERSON] told the board would appeal.", "told")).isEqualTo("the board would appeal");
        }

        @Test void aRelativeThatBeforeTheSource() {
            AnnotatedDocument d = tagged(
                    "The deal ends a strike that the managers said could hurt earnings.", "that", "WDT");
            assertThat(find(p, d, "said")).isEqualTo("could hurt earnings");
        }

        @Test void aLongSubjectBeforeTheFiniteVerb() {
            assertThat(find(p, "[Ann Roe|PERSON] says the governor's new rules to more tightly control boat sales will fail.", "says"))
                    .isEqualTo("the governor's new rules to more tightly control boat sales will fail");
        }

        @Test void aClauseAfterTheVerbEvenWhenAMarkedQuoteInterruptsTheSubject() {
            assertThat(find(p, "[Tom Aske|PERSON], citing “the pull of the port,” said the city could win.", "said"))
                    .isEqualTo("the city could win");
            // the verb after the marked quote with no clause of its own attributes that quote
            assertThat(find(p, "“The port is closed,” said the minister.", "said")).isNull();
        }

        @Test void notAfterAnInvertedReport() {
            // the words after ", said" name the source of what came before; the relative clause on the source is no report
            assertThat(find(p, "The line runs old boats, said [Ann Roe|PERSON], the head of a watchdog, which will track them.", "said"))
                    .isNull();
        }

        @Test void aClauseAfterACommaAndTheVerbIsNoInvertedSource() {
            // the subject's relative clause ends at the comma before "said": the clause after it is what she said
            assertThat(find(p, "Councillor [Ida Berg|PERSON], who toured the depot, said the council must act.", "said"))
                    .isEqualTo("the council must act");
        }

        @Test void notTheObjectOfARelativeVerbBeforeTheSentencesOwnReport() {
            // the relative clause describes the subject of "said": "the bill" is what they wrote, not a clause
            assertThat(find(p, "Senators who wrote the bill said they would try again.", "wrote")).isNull();
            assertThat(find(p, "Senators who wrote the bill said they would try again.", "said")).isEqualTo("they would try again");
            // a relative verb keeps a clause whose verb is no report, up to the main clause's verb
            assertThat(find(p, "Engineers who said the dam would hold were wrong.", "said")).isEqualTo("the dam would hold");
            // and outside a relative clause nothing changes
            assertThat(find(p, "[Ann Roe|PERSON] wrote the memo said little.", "wrote")).isEqualTo("the memo said little");
        }

        @Test void aParticipleAfterAnUntaggedNameAndItsApposition() {
            // the name the tagger missed is the main clause's subject, not a leading adverbial to skip
            AnnotatedDocument d = MarkedText.parseWithEntities(
                    "Mutual Shield, the insurer, rejected the claim, saying the husband had hidden a heart condition.");
            assertThat(find(p, d, "saying")).isEqualTo("the husband had hidden a heart condition");
            DocumentIndex ix = new DocumentIndex(d);
            SourcePhrase src = p.subjects.subjectOf(ix, d.sentences().get(0), tokenOf(d, "saying"));
            assertThat(sourceText(ix, src)).isEqualTo("Mutual Shield");
            // a leading date is still skipped
            AnnotatedDocument dated = MarkedText.parseWithEntities(
                    "[Monday|DATE], the insurer rejected the claim, saying the husband had hidden a heart condition.");
            DocumentIndex dix = new DocumentIndex(dated);
            SourcePhrase src2 = p.subjects.subjectOf(dix, dated.sentences().get(0), tokenOf(dated, "saying"));
            assertThat(sourceText(dix, src2)).isEqualTo("the insurer");
        }

        @Test void aParticiplesSubjectRunsThroughAnAppositionThatNamesIt() {
            // the description before the comma is the subject; the name set off after it says who that is
            AnnotatedDocument d = MarkedText.parseWithEntities("Her solicitor, [Ewan Marsh|PERSON], asked for bail, arguing"
                    + " that the accused had no passport.");
            DocumentIndex ix = new DocumentIndex(d);
            SourcePhrase src = p.subjects.subjectOf(ix, d.sentences().get(0), tokenOf(d, "arguing"));
            assertThat(sourceText(ix, src)).isEqualTo("Her solicitor, Ewan Marsh,");
            assertThat(new EvidencePicker(LEXICON).pick(ix, src).text()).isEqualTo("Ewan Marsh");
            // an age after the name is a further apposition
            AnnotatedDocument aged = MarkedText.parseWithEntities("The driver, [Ewan Marsh|PERSON], 52, denied speeding,"
                    + " insisting the camera was faulty.");
            DocumentIndex aix = new DocumentIndex(aged);
            assertThat(new EvidencePicker(LEXICON).pick(aix, p.subjects.subjectOf(aix, aged.sentences().get(0),
                    tokenOf(aged, "insisting"))).text()).isEqualTo("Ewan Marsh");
            // an apposition that names no one leaves the subject as it was
            AnnotatedDocument plain = MarkedText.parseWithEntities("Her solicitor, a keen cyclist, asked for bail,"
                    + " arguing that the accused had no passport.");
            DocumentIndex pix = new DocumentIndex(plain);
            assertThat(sourceText(pix, p.subjects.subjectOf(pix, plain.sentences().get(0), tokenOf(plain, "arguing"))))
                    .isEqualTo("Her solicitor");
        }

        @Test void aParticiplesSubjectIsTheSubjectOfTheLastClauseJoinedBeforeIt() {
            AnnotatedDocument d = MarkedText.parseWithEntities("Prosecutors charged the officer with murder and the mayor,"
                    + " [Ann Lee|PERSON], dismissed her police chief, acknowledging that trust had been lost.");
            DocumentIndex ix = new DocumentIndex(d);
            SourcePhrase src = p.subjects.subjectOf(ix, d.sentences().get(0), tokenOf(d, "acknowledging"));
            assertThat(new EvidencePicker(LEXICON).pick(ix, src).text()).isEqualTo("Ann Lee");
            // not inside what a verb of saying reports: the "and" joins the reported clauses
            AnnotatedDocument said = MarkedText.parseWithEntities("[Tom Aske|PERSON] said taxes would rise and the"
                    + " [Harbour Board|ORGANIZATION] would meet, citing the deficit.");
            DocumentIndex six = new DocumentIndex(said);
            assertThat(sourceText(six, p.subjects.subjectOf(six, said.sentences().get(0), tokenOf(said, "citing"))))
                    .isEqualTo("Tom Aske");
            // nor is one the tagger opens with an adverb
            AnnotatedDocument ahead = tagged("Ahead of the [Illinois|STATE_OR_PROVINCE]"
                    + " primary, [Ann Lee|PERSON] met the workers, hoping to change the owner's mind.", "Ahead", "RB");
            DocumentIndex hix = new DocumentIndex(ahead);
            assertThat(sourceText(hix, p.subjects.subjectOf(hix, ahead.sentences().get(0), tokenOf(ahead, "hoping"))))
                    .isEqualTo("Ann Lee");
            // a long opening phrase with a preposition is no subject
            AnnotatedDocument opening = MarkedText.parseWithEntities("Over the past two weeks, [Ann Lee|PERSON] dismissed"
                    + " her police chief, acknowledging that trust had been lost.");
            DocumentIndex oix = new DocumentIndex(opening);
            assertThat(sourceText(oix, p.subjects.subjectOf(oix, opening.sentences().get(0), tokenOf(opening, "acknowledging"))))
                    .isEqualTo("Ann Lee");
        }

        @Test void aParticiplesSubjectEndsAtAParticipleAfterItsNoun() {
            // the tagger read the lead's main verb as a participle: the subject is still the bank, not its whole clause
            AnnotatedDocument d = tagged(
                    "The central bank held rates steady on [Tuesday|DATE], saying inflation was easing.", "held", "VBN");
            DocumentIndex ix = new DocumentIndex(d);
            assertThat(sourceText(ix, p.subjects.subjectOf(ix, d.sentences().get(0), tokenOf(d, "saying")))).isEqualTo("The central bank");
            // a reduced relative describes the subject: it ends there
            AnnotatedDocument r = tagged(
                    "A spokesman reached by phone declined to comment, saying the talks had stalled.", "reached", "VBN");
            DocumentIndex rix = new DocumentIndex(r);
            assertThat(sourceText(rix, p.subjects.subjectOf(rix, r.sentences().get(0), tokenOf(r, "saying")))).isEqualTo("A spokesman");
            // a participle before its noun is part of the subject
            AnnotatedDocument a = tagged(
                    "The elected council rejected the plan, saying it cost too much.", "elected", "VBN");
            DocumentIndex aix = new DocumentIndex(a);
            assertThat(sourceText(aix, p.subjects.subjectOf(aix, a.sentences().get(0), tokenOf(a, "saying")))).isEqualTo("The elected council");
        }

        @Test void aParticiplesSubjectStartsAfterTheDateline() {
            AnnotatedDocument d = tagged("[LAKEVILLE|CITY], Minn. (Reuters) - Shares of"
                    + " [Harbor Mills|ORGANIZATION] fell on Monday after the miller cut its forecast, citing weak demand from bakers.",
                    "fell", "VBD");
            DocumentIndex ix = new DocumentIndex(d);
            SourcePhrase src = p.subjects.subjectOf(ix, d.sentences().get(0), tokenOf(d, "citing"));
            assertThat(sourceText(ix, src)).isEqualTo("Shares of Harbor Mills");
        }

        @Test void aPassiveParticipleAfterANounReportsNothingForTheNoun() {
            // the man was accused; who accused him is not said. The partner's own report is found whole
            AnnotatedDocument d = tagged(
                    "The partner of a man accused of fraud told the jury that he had lied.", "accused", "VBN");
            assertThat(find(new NounPhraseAfterVerbReport(LEXICON, FINDER), d, "accused")).isNull();
            assertThat(find(p, d, "told")).isEqualTo("he had lied");
            DocumentIndex ix = new DocumentIndex(d);
            QuoteCandidate q = p.find(new IndirectReportPattern.Site(ix, d.sentences().get(0), tokenOf(d, "told"), List.of(),
                    new AttributionContext(ix, LEXICON, List.of())));
            // the evidence ends at the noun phrase the participle describes, whose words name the subject
            assertThat(new EvidencePicker(LEXICON).pick(ix, q.source()).text()).isEqualTo("The partner of a man");
            // the same verb in the past tense after its subject is a report
            AnnotatedDocument active = MarkedText.parseWithEntities("The prosecutor accused the man of lying to the jury.");
            assertThat(find(new NounPhraseAfterVerbReport(LEXICON, FINDER), active, "accused")).isNotNull();
            // a participle followed at once by the verb of its noun: "the plastic found was PET"
            AnnotatedDocument found = tagged(
                    "The most common plastic found was a polyester used in bottles.", "found", "VBN");
            assertThat(find(new FindingObjectReport(LEXICON, FINDER), found, "found")).isNull();
            // and so is a past tense the tagger read as a participle, with no "of"/"by" after it
            AnnotatedDocument mistagged = tagged("The senator reported the figures to the board.", "reported", "VBN");
            assertThat(find(new NounPhraseAfterVerbReport(LEXICON, FINDER), mistagged, "reported")).isEqualTo("the figures to the board");
        }

        @Test void theContentOfARelativeClauseEndsAtTheCommaBeforeTheMainVerb() {
            AnnotatedDocument d = MarkedText.parseWithEntities("[Ann Roe|PERSON], who proposed the levy, said the harbour would close.");
            assertThat(find(p, d, "said")).isEqualTo("the harbour would close");
            assertThat(find(new NounPhraseAfterVerbReport(LEXICON, FINDER), d, "proposed")).isEqualTo("the levy");
        }

        @Test void aThatAfterAnInfinitiveIsARelativePronounInsideTheContent() {
            assertThat(find(p, "[Elena Vasquez|PERSON] promised on [Tuesday|DATE] to rebuild every home hit by the floods that have killed 40 people.",
                    "promised")).isEqualTo("to rebuild every home hit by the floods that have killed 40 people");
            // after a verb that takes no infinitive, the "that" of the infinitive's own verb opens the content
            assertThat(find(p, "[Elena Vasquez|PERSON] responded by citing the dams to prove that the warnings were ignored.", "responded"))
                    .isEqualTo("the warnings were ignored");
            // a "that" before any infinitive still opens the clause
            assertThat(find(p, "[Elena Vasquez|PERSON] told reporters on [Tuesday|DATE] that the floods have killed 40 people.", "told"))
                    .isEqualTo("the floods have killed 40 people");
        }

        @Test void aVerbJoinedByThenSharesTheSubject() {
            AnnotatedDocument d = MarkedText.parseWithEntities("[Ann Roe|PERSON] thanked the crowd, then said the port would reopen.");
            DocumentIndex ix = new DocumentIndex(d);
            assertThat(sourceText(ix, p.subjects.subjectOf(ix, d.sentences().get(0), tokenOf(d, "said")))).isEqualTo("Ann Roe");
            AnnotatedDocument and = MarkedText.parseWithEntities("[Ann Roe|PERSON] thanked the crowd and then said the port would reopen.");
            DocumentIndex aix = new DocumentIndex(and);
            assertThat(sourceText(aix, p.subjects.subjectOf(aix, and.sentences().get(0), tokenOf(and, "said")))).isEqualTo("Ann Roe");
        }

        @Test void aSecondReportJoinedByAndOrButEndsTheFirst() {
            AnnotatedDocument d = MarkedText.parseWithEntities("[Tom Aske|PERSON] called the plan reckless and said he would vote against it.");
            assertThat(find(new NounPhraseAfterVerbReport(LEXICON, FINDER), d, "called")).isEqualTo("the plan reckless");
            assertThat(find(p, d, "said")).isEqualTo("he would vote against it");
            // a clause that goes on with another verb is one content
            assertThat(find(p, MarkedText.parseWithEntities("[Tom Aske|PERSON] said the plan was reckless and would cost jobs."), "said"))
                    .isEqualTo("the plan was reckless and would cost jobs");
        }

        @Test void aQuantifierOpensAnAddresseeToo() {
            // "both", "all", "each", "every" open the one asked or urged, not the content
            AnnotatedDocument asked = MarkedText.parseWithEntities("The moderator asked both candidates whether they would raise taxes.");
            assertThat(find(p, asked, "asked")).isEqualTo("whether they would raise taxes");
            AnnotatedDocument urged = MarkedText.parseWithEntities("[Tom Aske|PERSON] urged all sides to return to the table.");
            assertThat(find(p, urged, "urged")).isEqualTo("to return to the table");
        }

        @Test void aNegatedSecondReportEndsTheFirst() {
            // "but did not say …": the source's second, negated report is none of the content
            AnnotatedDocument d = tagged(
                    "[Tom Aske|PERSON] said the council would pay but did not say how much it would give.", "say", "VB");
            assertThat(find(p, d, "said")).isEqualTo("the council would pay");
            AnnotatedDocument modal = tagged(
                    "[Tom Aske|PERSON] said the council would pay and would not comment further.", "comment", "VB");
            assertThat(find(p, modal, "said")).isEqualTo("the council would pay");
            // a negated verb that reports nothing goes on with the content
            AnnotatedDocument other = tagged(
                    "[Tom Aske|PERSON] said the council would pay and would not delay the work.", "delay", "VB");
            assertThat(find(p, other, "said")).isEqualTo("the council would pay and would not delay the work");
        }

        @Test void aRefusalToSpeakAfterTheContentEndsIt() {
            // "but declined to comment": the source's refusal to speak, joined to the report, is none of the content
            AnnotatedDocument d = tagged(
                    "Officials confirmed they were investigating but declined to comment further.", "comment", "VB");
            assertThat(find(p, d, "confirmed")).isEqualTo("they were investigating");
            // a verb of intention with no speech verb after "to" goes on with the content
            AnnotatedDocument other = tagged(
                    "Officials confirmed they were investigating but declined to reopen the road.", "reopen", "VB");
            assertThat(find(p, other, "confirmed")).isEqualTo("they were investigating but declined to reopen the road");
            // a verb of intention goes on with the content's own subject
            AnnotatedDocument intent = tagged(
                    "An aide said [Ann Roe|PERSON] misspoke and intended to say the opposite.", "say", "VB");
            assertThat(find(p, intent, "said")).isEqualTo("Ann Roe misspoke and intended to say the opposite");
        }

        @Test void aPluralPossessiveIsNoQuotationMark() {
            AnnotatedDocument d = tagged("The farmers' union said the toll would hurt trade.", "'", "POS");
            assertThat(find(p, d, "said")).isEqualTo("the toll would hurt trade");
            // nor does it cut the source short
            DocumentIndex ix = new DocumentIndex(d);
            QuoteCandidate q = p.find(new IndirectReportPattern.Site(ix, d.sentences().get(0), tokenOf(d, "said"), List.of(),
                    new AttributionContext(ix, LEXICON, List.of())));
            assertThat(sourceText(ix, q.source())).isEqualTo("The farmers' union");
        }
    }

    @Nested class ZeroRelative {
        final IndirectReportPattern p = new ZeroRelativeReport(LEXICON, FINDER);

        @Test void aRelativeClauseWithoutItsPronoun() {
            assertThat(find(p, "It is a shift [Ann Roe|PERSON] said could push voters toward the mayor.", "said"))
                    .isEqualTo("could push voters toward the mayor");
            assertThat(find(p, "The toll is a risk they say is growing every month.", "say")).isEqualTo("is growing every month");
        }

        @Test void notASentenceSubjectOrAClauseWithItsPronoun() {
            // a name that opens the sentence is its subject, not a relative clause's
            assertThat(find(p, "[Ann Roe|PERSON] said could push voters.", "said")).isNull();
            assertThat(find(p, "The mayor praised the policies, which he said had hurt the fishing trade.", "said")).isNull();
            // a clause with its own subject after the verb
            assertThat(find(p, "It is a shift [Ann Roe|PERSON] said the mayor could win.", "said")).isNull();
        }
    }

    @Nested class ContentBefore {
        final IndirectReportPattern p = new ContentBeforeReport(LEXICON, FINDER);

        @Test void aClauseSetAgainstTheOneBeforeItDoesNotReportIt() {
            assertThat(find(p, "The army downed most of the drones, while local officials reported damage.", "reported")).isNull();
            assertThat(find(p, "The port closed for a week, although officials reported delays.", "reported")).isNull();
            // the closing report itself
            assertThat(find(p, "The port closed for a week, local officials reported.", "reported")).isEqualTo("The port closed for a week");
        }

        @Test void anInvertedSourceWhoseNounHasARelativeClauseOrAModifier() {
            String anonymous = "The talks have stalled, said an official who spoke on condition of anonymity because he was not allowed to discuss them.";
            assertThat(find(p, anonymous, "said")).isEqualTo("The talks have stalled");
            // the relative clause and the clause after its subordinator are no bare clause the verb reports
            assertThat(find(new ComplementAfterVerbReport(LEXICON, FINDER), anonymous, "said")).isNull();
            AnnotatedDocument familiar = tagged(
                    "No deal is close, said two people familiar with the talks on the ferry contract.", "familiar", "JJ");
            assertThat(find(p, familiar, "said")).isEqualTo("No deal is close");
            // a noun for a person, described, speaks
            assertThat(find(p, "The owners want more money, said a woman who was briefed on the talks.", "said"))
                    .isEqualTo("The owners want more money");
            // the head must still name a speaker
            assertThat(find(p, "No deal is close, said the weeks that followed the long and bitter talks on the ferry.", "said")).isNull();
        }

        @Test void aVerbCompletingAComparisonReportsNothing() {
            AnnotatedDocument believed = tagged("The glaciers can regrow within a century, far sooner than previously believed.",
                    "believed", "VBN");
            assertThat(find(p, believed, "believed")).isNull();
            AnnotatedDocument thought = tagged("Prices rose in every region, more quickly than had been thought.", "thought", "VBN");
            assertThat(find(p, thought, "thought")).isNull();
            // a reporting noun set off after the clause describes it: "a charge" is no subject of a closing report
            assertThat(find(p, "The rebels were armed by a neighbour, a charge the neighbour has denied.", "denied")).isNull();
            assertThat(find(p, tagged("The rebels were armed by a neighbour, a false claim the neighbour has denied.", "false", "JJ"),
                    "denied")).isNull();
            // the report itself speaking closes its content, as does "a report" with no clause of its own
            assertThat(find(p, "The rebels were armed by a neighbour, the new report said.", "said")).isEqualTo("The rebels were armed by a neighbour");
            assertThat(find(p, "The rebels were armed by a neighbour, a report said.", "said")).isEqualTo("The rebels were armed by a neighbour");
            // "more than" inside a source with a noun is a report: twenty economists speak
            assertThat(find(p, "Prices will rise in May, more than twenty economists said.", "said")).isEqualTo("Prices will rise in May");
        }

        @Test void theWritersAsideAfterADashIsNoPartOfTheTail() {
            // a long phrase of where and when, then a dash and the writer's comment on the report
            assertThat(find(p, "The ferry will stop in May, the harbour master said on [Tuesday|DATE] at a meeting in the old town hall"
                    + " - a sharp reversal of the plans the board had approved in the spring.", "said")).isEqualTo("The ferry will stop in May");
            // without the dash the words after the verb are too many and hold a verb: no closing report
            assertThat(find(p, "The ferry will stop in May, the harbour master said on [Tuesday|DATE] at a meeting in the old town hall"
                    + " a sharp reversal of the plans the board had approved in the spring.", "said")).isNull();
            // after a participle the words before the dash open its own content
            assertThat(ContentBeforeReport.beforeAsideAfterDash(new DocumentIndex(MarkedText.parseWithEntities(
                    "Critics agreed, saying the plan - tolls and all - is unfair.")), 3, 12)).isEqualTo(12);
        }

        @Test void aParticipleInThePhraseAfterTheVerbDescribesItsNoun() {
            assertThat(find(p, "The ferry will run, the company said on [Monday|DATE] in a statement posted on its website.", "said"))
                    .isEqualTo("The ferry will run");
        }

        @Test void notTheQuestionPutToTheSource() {
            AnnotatedDocument asked = tagged(
                    "Asked whether the ferry would run in winter, the mayor said.", "Asked", "VBN");
            assertThat(find(p, asked, "said")).isNull();
            AnnotatedDocument when = tagged(
                    "When asked whether the ferry would run in winter, the mayor said.", "asked", "VBN");
            assertThat(find(p, when, "said")).isNull();
            assertThat(find(p, "The ferry would run in winter, the mayor said.", "said")).isEqualTo("The ferry would run in winter");
        }

        @Test void whereAndWhenItWasSaidMayTakeManyWords() {
            assertThat(find(p, "The ferry has lost money for a decade, the mayor said during a long debate at the town hall on the future of the service.", "said"))
                    .isEqualTo("The ferry has lost money for a decade");
            assertThat(find(p, "Ticket prices will rise, the operator said in a statement that was posted online.", "said"))
                    .isEqualTo("Ticket prices will rise");
            // a "that" clause after the verb is its content
            assertThat(find(p, "Costs rose in the winter, the mayor said in a long speech to the council that the ferry would be sold.", "said"))
                    .isNull();
        }

        @Test void aSemicolonEndsTheReport() {
            assertThat(find(p, "To keep the ferry running, the council would need more money, officials say; last year the council paid less than half of that sum to the operator.", "say"))
                    .isEqualTo("To keep the ferry running, the council would need more money");
        }

        @Test void notWhenTheVerbIsFollowedByTheAnswer() {
            AnnotatedDocument asked = tagged("Asked about the ferry in winter, the mayor said no.", "Asked", "VBN");
            assertThat(find(p, asked, "said")).isNull();
            assertThat(find(p, "When the port asked for more money, the mayor said no.", "said")).isNull();
            assertThat(find(p, "The council will close the pier in winter, the mayor said on [Monday|DATE].", "said"))
                    .isEqualTo("The council will close the pier in winter");
        }

        @Test void aNameWithItsAffiliationInBracketsInsideTheContent() {
            assertThat(find(p, "Senator [Ann Roe|PERSON] (D-Ohio) would back the ferry plan, her aide said.", "said"))
                    .isEqualTo("Senator Ann Roe (D-Ohio) would back the ferry plan");
            // a content that ends with the brackets keeps the closing one
            assertThat(find(p, "The plan was drafted by Senator [Ann Roe|PERSON] (D-Ohio), her aide said.", "said"))
                    .isEqualTo("The plan was drafted by Senator Ann Roe (D-Ohio)");
        }

        @Test void theContentStartsAfterTheDateline() {
            assertThat(find(p, "[MADRID|CITY] - Spain recorded its hottest day in April, the weather agency said.", "said"))
                    .isEqualTo("Spain recorded its hottest day in April");
        }

        @Test void theContentStartsAfterALiveBlogsTimeStamp() {
            assertThat(find(p, "12:15 am — Turnout fell to 52 percent, the returning officer said.", "said"))
                    .isEqualTo("Turnout fell to 52 percent");
            // a colon after the time, and a time zone, stamp an entry too
            assertThat(find(p, "11.42 pm: Turnout fell to 52 percent, the returning officer said.", "said"))
                    .isEqualTo("Turnout fell to 52 percent");
            assertThat(find(p, "14:05 GMT - Turnout fell to 52 percent, the returning officer said.", "said"))
                    .isEqualTo("Turnout fell to 52 percent");
        }

        @Test void theReportClosesTheSentence() {
            assertThat(find(p, "The bridge will reopen in June, [Tom Aske|PERSON] said.", "said"))
                    .isEqualTo("The bridge will reopen in June");
        }

        @Test void notWhenTheClauseFollowsTheVerb() {
            assertThat(find(p, "[Maria Lopez|PERSON] said that the harvest would be late.", "said")).isNull();
        }

        @Test void theWholeClauseBeforeAnInvertedReport() {
            // the comma inside the content is not the start of another report: the report after it is this one
            assertThat(find(p, "Even as costs rise, the port will suffer, said [Dan Roe|PERSON], a local trader.", "said"))
                    .isEqualTo("Even as costs rise, the port will suffer");
        }

        @Test void aLongNounPhraseAfterAnInvertedVerb() {
            assertThat(find(p, "The firm chose where the depots were built, said a former manager at the firm's head office in the north.", "said"))
                    .isEqualTo("The firm chose where the depots were built");
            // past eight words, a finite verb after the inverted one says the words are no noun phrase of its subject
            assertThat(find(p, "The firm chose the sites, said the manager and the union then called a strike over it.", "said")).isNull();
            // whose head names no speaker, or after a participle, the words are the verb's object
            assertThat(find(p, "Two years on, the band, with its new producer, wrote a dozen new songs for the coming album.", "wrote")).isNull();
            AnnotatedDocument participle = tagged(
                    "Later that year he repeated it, recalling a story about watching [Ann Roe|PERSON] at a rally in the town.", "recalling", "VBG");
            assertThat(find(p, participle, "recalling")).isNull();
        }

        @Test void aRoleAndANameBeforeAVerbWithAnAddressee() {
            assertThat(find(p, "The race is close, her top aide, [Tom Aske|PERSON], told reporters.", "told"))
                    .isEqualTo("The race is close");
        }

        @Test void notWhenTheWordsAfterTheVerbAreItsClause() {
            // a subject with a relative clause before the verb: what follows "said" is the content, not a source
            assertThat(find(p, "Councillor [Ida Berg|PERSON], who toured the depot, said the council must act.", "said")).isNull();
            // an inverted source has no verb of its own
            assertThat(find(p, "The depot will close, said the depot manager.", "said")).isEqualTo("The depot will close");
        }

        @Test void notAfterAConjunctionThatJoinsAClauseOfItsOwn() {
            assertThat(find(p, "The ferry sailed in 1990, and for a decade [Ida Berg|PERSON] wrote nothing.", "wrote")).isNull();
            assertThat(find(p, "The ferry sailed in 1990, but the crew said little.", "said")).isNull();
        }

        @Test void notWhenTheWordsAfterTheVerbAreAClauseWithAContractedIs() {
            // "and" joins a second clause whose report has its own content after the verb
            assertThat(find(p, "He first met the crew in 1990, and [Ida Berg|PERSON] said it’s her favourite photo.", "said")).isNull();
        }

        @Test void notWhenAClauseGoesOnAfterTheReport() {
            // "A, they say, B": the report is parenthetical, its content the whole sentence
            assertThat(find(p, "Unless the mayor wants a deal, they say, the bridge will close.", "say")).isNull();
            // a subordinate clause after the report is not part of the content
            assertThat(find(p, "The bridge will close in June, they say, because the mayor wants a deal.", "say"))
                    .isEqualTo("The bridge will close in June");
        }

        @Test void aParticipleOfSpeechAfterTheReportIsTheReporters() {
            // "blaming …" goes on with the carmaker's act: the report closes the content before it
            assertThat(find(p, "[Orvel Motors|ORGANIZATION] will cut 900 jobs, the carmaker said on [Monday|DATE], blaming weak demand for its vans.", "said"))
                    .isEqualTo("Orvel Motors will cut 900 jobs");
        }

        @Test void noSpeakerOpensWithAPreposition() {
            // "said on court": "court" can name a body, but after a preposition it is where she spoke
            assertThat(find(p, "Then she said: “I am shaking so much.” [Okafor|PERSON], 19, said on court.", "said")).isNull();
            assertThat(find(p, "The ferry will run again, said in court.", "said")).isNull();
            assertThat(find(p, "The ferry will run again, said the court.", "said")).isEqualTo("The ferry will run again");
        }
    }

    @Nested class Parenthetical {
        final IndirectReportPattern p = new ParentheticalReport(LEXICON, FINDER);

        @Test void whereAndHowItWasSaidBeforeTheClosingComma() {
            assertThat(find(p, "The plan, [Ann Roe|PERSON] said in an interview, was dead.", "said"))
                    .isEqualTo("The plan, Ann Roe said in an interview, was dead");
            assertThat(find(p, "The deal, officials said privately, was never close.", "said"))
                    .isEqualTo("The deal, officials said privately, was never close");
            assertThat(find(p, "The vote, she told reporters at the harbour on [Monday|DATE], would be close.", "told"))
                    .isEqualTo("The vote, she told reporters at the harbour on Monday, would be close");
            // what the verb is about is its content, and an object is no phrase of place or time
            assertThat(find(p, "The mayor, [Ann Roe|PERSON] complained about the deal, would lose the vote.", "complained")).isNull();
            AnnotatedDocument object = tagged(
                    "The pledge, the ministers added almost 7,000 soldiers to the army, was welcomed.", "almost", "RB");
            assertThat(find(p, object, "added")).isNull();
            // nor is the verb of a relative clause on a noun set off by commas a report around it
            assertThat(find(p, "The rate, a former governor who argued with the chair at the hearing, said little.", "argued")).isNull();
        }

        @Test void anInvertedReportInsideItsContent() {
            assertThat(find(p, "The chairman, said [Ed Wilkes|PERSON], never trusted his critics.", "said"))
                    .isEqualTo("The chairman, said Ed Wilkes, never trusted his critics");
            // a relative clause on the source is passed over
            assertThat(find(p, "The chairman, said [Ed Wilkes|PERSON], who still works for the club, never trusted his critics.", "said"))
                    .isEqualTo("The chairman, said Ed Wilkes, who still works for the club, never trusted his critics");
            // a clause before the verb is the content of a report that closes it, with an apposition after its source
            assertThat(find(p, "The port will close in May, said [Ann Roe|PERSON], a lawyer for the city.", "said")).isNull();
            // a participle set off by commas is no report of this kind: its words are its object
            AnnotatedDocument participle = tagged(
                    "[Tom Aske|PERSON], telling [Ann Roe|PERSON] of his plans, described himself as her adviser.", "telling", "VBG");
            assertThat(find(p, participle, "telling")).isNull();
        }

        @Test void aShortPredicateAfterTheReport() {
            assertThat(find(p, "This year, she says, is different.", "says")).isEqualTo("This year, she says, is different");
            // too few words in all
            assertThat(find(p, "This, she says, is.", "says")).isNull();
        }

        @Test void aReportSetOffByCommasInsideItsContent() {
            assertThat(find(p, "The museum, [Hugh Hill|PERSON] said, will open in May.", "said"))
                    .isEqualTo("The museum, Hugh Hill said, will open in May");
        }

        @Test void withAShortAddressee() {
            assertThat(find(p, "The plan, the minister told them, will fail by spring.", "told")).isEqualTo("The plan, the minister told them, will fail by spring");
            assertThat(find(p, "The plan, the minister told reporters, will fail by spring.", "told"))
                    .isEqualTo("The plan, the minister told reporters, will fail by spring");
        }

        @Test void withAnAddresseeAndTimeWords() {
            assertThat(find(p, "Unless the port reopens by May, the minister told reporters on [Friday|DATE], the town will lose its ferry.", "told"))
                    .isEqualTo("Unless the port reopens by May, the minister told reporters on Friday, the town will lose its ferry");
        }

        @Test void withANamedAddressee() {
            assertThat(find(p, "The talks, officials told the [Daily Post|ORGANIZATION], had stalled over pensions.", "told"))
                    .isEqualTo("The talks, officials told the Daily Post, had stalled over pensions");
        }

        @Test void aSubjectWithARelativeClause() {
            assertThat(find(p, "The man who runs the ferry, two officials told the [Daily Post|ORGANIZATION], has left the island.", "told"))
                    .isEqualTo("The man who runs the ferry, two officials told the Daily Post, has left the island");
        }

        @Test void notWhenAParticipleOfSpeechFollowsTheReport() {
            // the carmaker blames: the report closes the content ({@link ContentBeforeReport}), it sits inside none
            assertThat(find(p, "[Orvel Motors|ORGANIZATION] will cut 900 jobs, the carmaker said, blaming weak demand for its vans.", "said")).isNull();
            // another participle may go on with the content
            assertThat(find(p, "Prices rose sharply, the union said, hitting rents and fares alike.", "said")).isNotNull();
        }

        @Test void aBodyNounNamesTheSource() {
            assertThat(find(p, "The harbour, the union said, could stay shut until autumn.", "said"))
                    .isEqualTo("The harbour, the union said, could stay shut until autumn");
            assertThat(find(p, "Fees, the council says, will rise in June.", "says")).isEqualTo("Fees, the council says, will rise in June");
        }

        @Test void afterAnOpeningSubordinateClause() {
            assertThat(find(p, "Unless the mayor wants a deal, they say, the bridge will close.", "say"))
                    .isEqualTo("Unless the mayor wants a deal, they say, the bridge will close");
        }

        @Test void notAReportThatClosesTheSentence() {
            assertThat(find(p, "The museum will open in May, [Hugh Hill|PERSON] said.", "said")).isNull();
        }

        @Test void peopleNamedByACommonNoun() {
            assertThat(find(p, "To reach the island, local fishermen said, the ferry must leave before dawn.", "said"))
                    .isEqualTo("To reach the island, local fishermen said, the ferry must leave before dawn");
            assertThat(find(p, "The ferry, the [captain|TITLE] said, will run again on Friday.", "said"))
                    .isEqualTo("The ferry, the captain said, will run again on Friday");
            // words that name no one are no source, however they are set off
            assertThat(find(p, "The ferry, the old timetable said, will run again on Friday.", "said")).isNull();
        }

        @Test void aSourceOfSevenWords() {
            assertThat(find(p, "At times last year, people close to the former mayor said, the talks nearly collapsed.", "said"))
                    .isEqualTo("At times last year, people close to the former mayor said, the talks nearly collapsed");
        }

        @Test void theClauseBeforeGoesOnAfterTheReport() {
            assertThat(find(p, "It makes sense, analysts said, for the council to wait until spring.", "said"))
                    .isEqualTo("It makes sense, analysts said, for the council to wait until spring");
            // what opens a clause of its own after the report is no rest of the first
            assertThat(find(p, "It makes sense, analysts said, after the storm.", "said")).isNull();
        }
    }

    @Nested class AsReported {
        final IndirectReportPattern p = new AsReportedReport(LEXICON, FINDER);

        @Test void beforeAndAfterTheContent() {
            assertThat(find(p, "As the ministry noted in June, the port has lost half its trade.", "noted"))
                    .isEqualTo("the port has lost half its trade");
            assertThat(find(p, "The port has lost half its trade, as the ministry noted.", "noted"))
                    .isEqualTo("The port has lost half its trade");
            assertThat(find(p, "But as [Ann Roe|PERSON] has said, the port will survive.", "said")).isEqualTo("the port will survive");
        }

        @Test void notATimeClauseOrAReportWithItsOwnClause() {
            // "as" with a clause of its own after the verb: the report's content is that clause, not the main one
            assertThat(find(p, "As the board said that the port was sold, the workers left.", "said")).isNull();
            // no speaker between "as" and the verb
            assertThat(find(p, "As expected, the port has lost half its trade.", "expected")).isNull();
            // "as" a time word: the verb has an object of its own
            AnnotatedDocument d = MarkedText.withPos(MarkedText.withPos(
                    MarkedText.parseWithEntities("As the mayor read his decision, the crowd fell silent."), "read", "VBD"), "fell", "VBD");
            assertThat(find(p, d, "read")).isNull();
            // an addressee is no such object
            assertThat(find(p, "As the mayor told reporters, the port will survive.", "told")).isEqualTo("the port will survive");
        }
    }

    @Nested class AccordingTo {
        final IndirectReportPattern p = new AccordingToReport(LEXICON, FINDER);

        @Test void aLiveBlogsTimeStampIsNoOnesWords() {
            assertThat(find(p, "08:50 — More than 40,000 homes are without power, according to [National Grid|ORGANIZATION].", "according"))
                    .isEqualTo("More than 40,000 homes are without power");
            // CoreNLP splits "12:15am" into a time and "am": still a stamp
            assertThat(find(p, "12:15 am — Turnout fell to 52 percent, according to the returning officer.", "according"))
                    .isEqualTo("Turnout fell to 52 percent");
            assertThat(Words.isClockTime("9.45am")).isTrue();
            assertThat(Words.isClockTime("2016")).isFalse();
        }

        @Test void theWordsOfASourceIntroduceItAsAccordingToDoes() {
            assertThat(find(p, "In the words of one harbour pilot, the channel is a graveyard.", "in"))
                    .isEqualTo("the channel is a graveyard");
            assertThat(find(p, "The channel is a graveyard, in the words of one harbour pilot.", "in"))
                    .isEqualTo("The channel is a graveyard");
            // "in the words" with no "of" names no one
            assertThat(find(p, "In the words on the sign, the channel is closed.", "in")).isNull();
        }

        @Test void anyCueOfTheListOneToFourWordsLong() {
            assertThat(find(p, "The striker will miss the final, per a club statement.", "per")).isEqualTo("The striker will miss the final");
            assertThat(find(p, "Per [ESPN|ORGANIZATION], the striker will miss the final.", "per")).isEqualTo("the striker will miss the final");
            assertThat(find(p, "Fares will rise in May, as reported by the [Gazette|ORGANIZATION].", "as")).isEqualTo("Fares will rise in May");
            // "per" as a rate or before a bare noun introduces no one
            assertThat(find(p, "The fare rose to $5 per ride, the council said.", "per")).isNull();
            assertThat(find(p, "Spending per pupil fell, the council said.", "per")).isNull();
            // nor does a given name: "Per Aasen" is a man
            assertThat(find(p, "The trust, [Per Aasen|PERSON] said, could not pay.", "per")).isNull();
        }

        @Test void theClosingMarkOfTheQuoteBeforeIsNoPartOfTheContent() {
            // CoreNLP's splitter may leave a closing mark set off by a space opening the next sentence
            AnnotatedDocument d = closingMarkOpensNextSentence(MarkedText.parseWithEntities(
                    "\"We lost the vote. \" [Ellen Marsh|PERSON] said the board would meet again, according to a note from the clerk."));
            assertThat(d.tokens().get(d.sentences().get(1).firstToken()).word()).isEqualTo("\"");
            assertThat(find(p, d, "according")).isEqualTo("Ellen Marsh said the board would meet again");
            // words that only say who spoke that quote report nothing of their own: the source is the quote's
            AnnotatedDocument frame = closingMarkOpensNextSentence(MarkedText.parseWithEntities(
                    "\"Is the plan dead? \" [Ellen Marsh|PERSON] asked on Monday, according to a transcript of the meeting."));
            assertThat(find(p, frame, "according")).isNull();
        }

        /**
         * {@code d} whose second sentence, the lone closing mark the fixture splits off after a space, opens the
         * third, as CoreNLP's splitter may leave it.
         */
        private AnnotatedDocument closingMarkOpensNextSentence(AnnotatedDocument d) {
            Sentence mark = d.sentences().get(1);
            Sentence next = d.sentences().get(2);
            List<org.newsquotes.record.Token> tokens = d.tokens().stream().map(t -> t.sentence() < 2 ? t
                    : new org.newsquotes.record.Token(t.index(), t.sentence() - 1, t.start(), t.end(), t.word(), t.lemma(), t.pos(), t.ner()))
                    .toList();
            List<Sentence> sentences = new java.util.ArrayList<>();
            sentences.add(d.sentences().get(0));
            sentences.add(new Sentence(1, mark.start(), next.end(), mark.firstToken(), next.endToken()));
            for (Sentence x : d.sentences().subList(3, d.sentences().size())) {
                sentences.add(new Sentence(x.index() - 1, x.start(), x.end(), x.firstToken(), x.endToken()));
            }
            List<org.newsquotes.record.Mention> mentions = d.mentions().stream().map(m -> m.sentence() < 2 ? m
                    : new org.newsquotes.record.Mention(m.id(), m.sentence() - 1, m.start(), m.end(), m.text(), m.ner(),
                            m.firstToken(), m.endToken(), m.entityId(), m.kind())).toList();
            return d.withTokens(tokens, sentences).withMentions(mentions);
        }

        @Test void beforeAndAfterTheContent() {
            assertThat(find(p, "According to [Anna Meyer|PERSON], the repairs will take a year.", "according"))
                    .isEqualTo("the repairs will take a year");
            assertThat(find(p, "The repairs will take a year, according to [Anna Meyer|PERSON].", "according"))
                    .isEqualTo("The repairs will take a year");
        }

        @Test void aBracketedShortFormBelongsToTheSource() {
            assertThat(find(p, "According to the [Harbour Weather Office|ORGANIZATION] (HWO), more storms are likely this week.", "according"))
                    .isEqualTo("more storms are likely this week");
            assertThat(find(p, "More storms are likely this week, according to the [Harbour Weather Office|ORGANIZATION] (HWO).", "according"))
                    .isEqualTo("More storms are likely this week");
            // a bracket that holds a clause is no short form: the source ends before it
            assertThat(find(p, "According to the [Harbour Weather Office|ORGANIZATION] (which was wrong last year, too), more storms are likely.", "according"))
                    .isNull();
        }

        @Test void aLongSourceOpeningTheSentenceRunsToItsComma() {
            assertThat(find(p, "According to early results of a survey of ferry passengers conducted for the harbour board by a firm in Leeds, most riders want later boats.", "according"))
                    .isEqualTo("most riders want later boats");
            // past twelve words, a clause of its own in the words ends the source: no report
            assertThat(find(p, "According to early results of a survey of ferry passengers that the harbour board commissioned last spring, most riders want later boats.", "according"))
                    .isNull();
        }

        @Test void afterAConjunctionAnAdverbOrAColonThatOpenTheSentence() {
            assertThat(find(p, "But, according to the survey, most voters want a new bridge.", "according"))
                    .isEqualTo("most voters want a new bridge");
            assertThat(find(p, "And yet according to the survey most voters want a new bridge, not a tunnel.", "according"))
                    .isNull(); // no comma closes the source: where the content starts is not known
            assertThat(find(p, "It has not gone unnoticed: according to the survey, most voters want a new bridge.", "according"))
                    .isEqualTo("most voters want a new bridge");
            // a subject before it is not an opening
            assertThat(find(p, "Voters in the valley according to the survey, want a new bridge.", "according")).isNull();
        }

        @Test void setOffByCommasInsideItsContent() {
            // the subject before, the verb after: the whole sentence is the content
            assertThat(find(p, "Sales of tickets, according to the organisers, have doubled since May.", "according"))
                    .isEqualTo("Sales of tickets, according to the organisers, have doubled since May");
            // the verb before, its object after
            assertThat(find(p, "The club has, according to one estimate, $2 million in debt.", "according"))
                    .isEqualTo("The club has, according to one estimate, $2 million in debt");
            // a relative clause or a conjunction after the source leaves the content before it
            assertThat(find(p, "The club earns $2 million a season, according to [Anna Meyer|PERSON], who runs it.", "according"))
                    .isEqualTo("The club earns $2 million a season");
            assertThat(find(p, "The club earns $2 million a season, according to one estimate, and costs rise.", "according"))
                    .isEqualTo("The club earns $2 million a season");
            // a wh-word after the source opens a relative clause; a clause on each side is no one clause
            assertThat(find(p, "The club has a lead in the north, according to one estimate, where fans are many.", "according"))
                    .isEqualTo("The club has a lead in the north");
            assertThat(find(p, "The mayor resigned on Friday, according to two aides, the council has met.", "according"))
                    .isEqualTo("The mayor resigned on Friday");
            // after a clause word the source opens the clause it reports
            assertThat(find(p, "The club will sell the ground because, according to the owner, the debt is too high.", "according"))
                    .isEqualTo("the debt is too high");
        }
    }

    @Nested class ProForm {
        final IndirectReportPattern p = new ProFormReport(LEXICON, FINDER);

        @Test void aWordStandingForTheAnswer() {
            assertThat(find(p, "Six in ten voters said yes, up from half in May.", "said")).isEqualTo("yes");
            assertThat(find(p, "[Tom Aske|PERSON] said so.", "said")).isEqualTo("so");
        }

        @Test void withWhomItIsSaidOf() {
            assertThat(find(p, "Most farmers say the same of the new toll.", "say")).isEqualTo("the same of the new toll");
            assertThat(find(p, "A third said the opposite about the mayor, and the rest were unsure.", "said"))
                    .isEqualTo("the opposite about the mayor");
        }

        @Test void notAWordThatOpensAPhraseOfItsOwn() {
            assertThat(find(p, "[Tom Aske|PERSON] said no one came to the meeting.", "said")).isNull();
            assertThat(find(p, "[Tom Aske|PERSON] said so many times.", "said")).isNull();
            assertThat(find(p, "[Tom Aske|PERSON] said the port would close.", "said")).isNull();
        }
    }

    @Nested class LabelledClaim {
        final IndirectReportPattern p = new LabelledClaimReport(LEXICON, FINDER);

        @Test void aNamedLabelAndAColonOpeningTheParagraph() {
            assertThat(find(p, "Harbour chief [Tom Aske|PERSON]: Port will reopen in May", ":")).isEqualTo("Port will reopen in May");
            assertThat(find(p, "[Tom Aske|PERSON] at the hearing: Port will reopen in May", ":")).isEqualTo("Port will reopen in May");
        }

        @Test void aLabelHeadedByANounForPeopleOrAPoll() {
            assertThat(find(p, "Economists: Rates will rise before winter", ":")).isEqualTo("Rates will rise before winter");
            assertThat(find(p, "New survey: Most commuters still drive to work", ":")).isEqualTo("Most commuters still drive to work");
            // a label headed by any other noun is chrome or a section name
            assertThat(find(p, "Editor's note: This story was updated on Monday", ":")).isNull();
            assertThat(find(p, "Weather: Rain will fall before winter", ":")).isNull();
            // a singular noun for people is as often a section or a collective
            assertThat(find(p, "His family: Rates will rise before winter", ":")).isNull();
            // "report" heading the label is the noun, not the speech verb
            assertThat(find(p, "Report: Harbour will close for the winter", ":")).isEqualTo("Harbour will close for the winter");
        }

        @Test void aLabelTheTaggerMissedThatNamesAPersonOfTheDocument() {
            // the headline's "Varga" and "Ilona Varga" untagged; the body names her
            assertThat(find(p, "Varga: No new money for the ferry\n\nHarbour chief [Ilona Varga|PERSON] spoke on Monday.", ":"))
                    .isEqualTo("No new money for the ferry");
            assertThat(find(p, "Ilona Varga: No new money for the ferry\n\nHarbour chief [Ilona Varga|PERSON] spoke on Monday.", ":"))
                    .isEqualTo("No new money for the ferry");
            // a surname the document gives no one is no label
            assertThat(find(p, "Kovacs: No new money for the ferry\n\nHarbour chief [Ilona Varga|PERSON] spoke on Monday.", ":")).isNull();
        }

        @Test void notChromeASentenceOrAMarkedQuote() {
            assertThat(find(p, "Read more: Port will reopen in May", ":")).isNull();
            assertThat(find(p, "[Tom Aske|PERSON] told the board: the port will reopen in May.", ":")).isNull();
            assertThat(find(p, "The plan of [Tom Aske|PERSON] was clear to the whole board. [Ann Roe|PERSON]: the port is sold.", ":")).isNull();
        }
    }

    @Nested class NounCues {
        @Test void aReportingNounBeforeThat() {
            assertThat(find(new NounCueThatReport(LEXICON, FINDER),
                    "[Tom Aske|PERSON]'s claim that the fund was empty surprised the council.", "that"))
                    .isEqualTo("the fund was empty surprised the council");
        }

        @Test void aReportingNounWithoutThatNeedsAPronounAndAFiniteVerb() {
            IndirectReportPattern bare = new NounCueBareReport(LEXICON, FINDER);
            assertThat(find(bare, "[Tom Aske|PERSON]'s claim it had asked for talks was denied.", "claim"))
                    .startsWith("it had asked for talks");
            assertThat(find(bare, "[Tom Aske|PERSON]'s claim was denied.", "claim")).isNull();
        }
    }

    @Nested class Findings {
        @Test void aFindingVerbWithThat() {
            assertThat(find(new FindingThatReport(LEXICON, FINDER),
                    "The survey found that most riders want later trains.", "found"))
                    .isEqualTo("most riders want later trains");
        }

        @Test void notAnInfinitiveWhoseSubjectIsTheObjectBefore() {
            IndirectReportPattern p = new FindingObjectReport(LEXICON, FINDER);
            assertThat(find(p, "The new rule requires drivers to show two forms of identity.", "show")).isNull();
            assertThat(find(p, "The bank asked them to show proof of income.", "show")).isNull();
            // raised or passive before "to": still the finding of the subject
            assertThat(find(p, "The poll is expected to show a close race.", "show")).isEqualTo("a close race");
        }

        @Test void aFindingVerbClosingTheSentence() {
            IndirectReportPattern p = new FindingClosingReport(LEXICON, FINDER);
            assertThat(find(p, tagged("Turnout fell by a third in the valley, the survey found."), "found"))
                    .isEqualTo("Turnout fell by a third in the valley");
            assertThat(find(p, tagged("The mayor paid the firm twice, court records show."), "show")).isEqualTo("The mayor paid the firm twice");
            assertThat(find(p, tagged("Most riders want later trains, a new poll has found."), "found")).isEqualTo("Most riders want later trains");
            // not closing the sentence, no clause before the comma, a relative clause, a pronoun subject
            assertThat(find(p, tagged("Turnout fell by a third, the survey found, in the valley."), "found")).isNull();
            assertThat(find(p, tagged("In the valley, the survey found."), "found")).isNull();
            assertThat(find(p, tagged("Turnout fell in the valley, which the survey found."), "found")).isNull();
            assertThat(find(p, tagged("Turnout fell by a third in the valley, they found."), "found")).isNull();
        }

        /** The fixture's tags, with the verbs these sentences need ("fell", "show", "want"). */
        private AnnotatedDocument tagged(String text) {
            AnnotatedDocument d = MarkedText.parseWithEntities(text);
            for (String[] wp : new String[][] {{"fell", "VBD"}, {"show", "VBP"}, {"want", "VBP"}, {"records", "NNS"}}) {
                if (java.util.Arrays.asList(text.split("[ ,.]")).contains(wp[0])) d = MarkedText.withPos(d, wp[0], wp[1]);
            }
            return d;
        }
    }

    @Nested class ParcOnly {
        @Test void aNounPhraseAfterAnNpVerb() {
            assertThat(find(new NounPhraseAfterVerbReport(LEXICON, FINDER),
                    "[Anna Meyer|PERSON] called for an inquiry into the sale of the port.", "called"))
                    .isEqualTo("an inquiry into the sale of the port");
        }

        @Test void whatSomeoneRespondedToIsTheContent() {
            IndirectReportPattern np = new NounPhraseAfterVerbReport(LEXICON, FINDER);
            AnnotatedDocument d = tagged(
                    "[Tom Aske|PERSON] did not respond to a request for comment.", "respond", "VB");
            assertThat(find(np, d, "respond")).isEqualTo("a request for comment");
        }

        @Test void aShortNounPhraseOrANameIsAContentButAPronounOrOneWordIsNot() {
            IndirectReportPattern np = new NounPhraseAfterVerbReport(LEXICON, FINDER);
            assertThat(find(np, "[Tom Aske|PERSON] denied the claims.", "denied")).isEqualTo("the claims");
            assertThat(find(new ParcVerbObjectReport(LEXICON, FINDER), "[Tom Aske|PERSON] endorsed [Ann Roe|PERSON] on Monday.", "endorsed"))
                    .isEqualTo("Ann Roe on Monday");
            assertThat(find(new ParcVerbObjectReport(LEXICON, FINDER), "[Tom Aske|PERSON] endorsed [Ann Roe|PERSON].", "endorsed"))
                    .isEqualTo("Ann Roe");
            assertThat(find(np, "[Tom Aske|PERSON] denied it.", "denied")).isNull();
            assertThat(find(np, "[Tom Aske|PERSON] denied everything.", "denied")).isNull();
        }

        @Test void aVerbOfTalkingNamesItsTopicOnlyAfterAParticle() {
            IndirectReportPattern np = new ParcVerbObjectReport(LEXICON, FINDER); // "speak" is a verb of the parc scope only
            assertThat(find(np, "[Tom Aske|PERSON] spoke warmly of the old harbour master.", "spoke")).isEqualTo("the old harbour master");
            assertThat(find(np, "[Tom Aske|PERSON] spoke candidly at a town hall about the ferry cuts.", "spoke"))
                    .isEqualTo("the ferry cuts");
            // a language, a length of time, a noun the participle modifies: no topic
            assertThat(find(np, "[Tom Aske|PERSON] spoke fluent [Welsh|LANGUAGE] to the crowd.", "spoke")).isNull();
            assertThat(find(np, "[Tom Aske|PERSON] spoke for 40 minutes.", "spoke")).isNull();
            assertThat(find(np, "[Tom Aske|PERSON] earned large speaking fees last year.", "speaking")).isNull();
        }

        @Test void aBeliefSetOffByCommasInsideItsContent() {
            IndirectReportPattern belief = new ParentheticalReport(LEXICON, FINDER, true);
            assertThat(find(belief, "The plan, [Ann Roe|PERSON] fears, will fail.", "fears"))
                    .isEqualTo("The plan, Ann Roe fears, will fail");
            // that instance reads beliefs only; the speech scope's reads speech verbs only ("believe" is one of those)
            assertThat(find(belief, "The plan, [Ann Roe|PERSON] says, will fail.", "says")).isNull();
            assertThat(find(new ParentheticalReport(LEXICON, FINDER), "The plan, [Ann Roe|PERSON] fears, will fail.", "fears")).isNull();
        }

        @Test void aNameAfterAVerbThatTakesAnAddresseeIsTheOneSpokenTo() {
            IndirectReportPattern np = new NounPhraseAfterVerbReport(LEXICON, FINDER);
            assertThat(find(np, "The reporter asked [Ann Roe|PERSON].", "asked")).isNull();
            // what was asked is a content
            assertThat(find(np, "The reporter asked the obvious question.", "asked")).isEqualTo("the obvious question");
        }

        @Test void aNounPhraseAfterToForVerbsThatTakeIt() {
            AnnotatedDocument d = MarkedText.parseWithEntities("“The party needs new blood,” [Ann Roe|PERSON] said, referring to the old committee.");
            assertThat(find(new ParcVerbObjectReport(LEXICON, FINDER), d, "referring")).isEqualTo("the old committee");
            assertThat(find(new NounPhraseAfterVerbReport(LEXICON, FINDER), "[Tom Aske|PERSON] pointed to rising costs at the port.", "pointed"))
                    .isEqualTo("rising costs at the port");
            // other verbs take no object after "to"
            assertThat(find(new NounPhraseAfterVerbReport(LEXICON, FINDER), "[Tom Aske|PERSON] wrote to the harbour board.", "wrote")).isNull();
        }

        @Test void anOpeningInPhraseHeadedByAPollIsTheSourceOfTheClause() {
            IndirectReportPattern p = new InPhraseReport(LEXICON, FINDER);
            assertThat(find(p, "In the latest poll, the mayor gained eight points.", "in")).isEqualTo("the mayor gained eight points");
            assertThat(find(p, "But in a survey of farmers, most wanted the toll gone.", "in")).isEqualTo("most wanted the toll gone");
            // a place or a time is no source; nor is a phrase inside the clause
            assertThat(find(p, "In [Ohio|STATE], the mayor gained eight points.", "in")).isNull();
            assertThat(find(p, "The mayor gained, in the latest poll, eight points.", "in")).isNull();
            // a clause with its own report belongs to that report
            assertThat(find(p, "In a new survey, researchers showed that the mayor gained.", "in")).isNull();
        }

        @Test void anAttitude() {
            IndirectReportPattern p = new AttitudeReport(LEXICON, FINDER);
            assertThat(find(p, "[Tom Aske|PERSON] thinks the plan will fail.", "thinks")).isEqualTo("the plan will fail");
            assertThat(find(p, "[Tom Aske|PERSON] walked to the plan.", "walked")).isNull();
        }

        @Test void aRefusalToSpeakIsAWholeContentInTwoWords() {
            IndirectReportPattern p = new AttitudeReport(LEXICON, FINDER);
            AnnotatedDocument speak = tagged("The family of [Tom Aske|PERSON] declined to comment.", "comment", "VB");
            assertThat(find(p, speak, "declined")).isEqualTo("to comment");
            // two words that are no speech are too short a content
            AnnotatedDocument move = tagged("The family of [Tom Aske|PERSON] declined to move.", "move", "VB");
            assertThat(find(p, move, "declined")).isNull();
        }
    }

    @Test void aParticipleAfterACommaInsideTheMarksReportsOnItsOwn() {
        // the content of "said" ends at the comma inside the marks; the participle after them is a report of its own
        AnnotatedDocument d = tagged(
                "[Lena Voss|PERSON] said there was “more work to do,” noting the rising rents in the north.", "noting", "VBG");
        DocumentIndex ix = new DocumentIndex(d);
        List<QuotedSpan> spans = new QuoteMarkScanner(LEXICON.cues(CueCategory.ELISION)).scan(d.text());
        List<QuoteCandidate> marked = spans.stream().map(s -> new QuoteCandidate(s.span(), s.markStart(), s.markEnd(),
                QuoteKind.FRAGMENT, false, null)).toList();
        AttributionContext ctx = new AttributionContext(ix, LEXICON, spans);
        assertThat(new IndirectSpeechExtractor(LEXICON, FINDER, IndirectScope.PARC).extract(ix, marked, ctx))
                .extracting(q -> q.content().of(d.text()))
                .contains("there was “more work to do,”", "the rising rents in the north");
    }

    @Test void theSpeechScopeHasNoParcOnlyPattern() {
        AnnotatedDocument d = MarkedText.parseWithEntities("[Tom Aske|PERSON] thinks the plan will fail.");
        DocumentIndex ix = new DocumentIndex(d);
        AttributionContext ctx = new AttributionContext(ix, LEXICON, List.of());
        assertThat(new IndirectSpeechExtractor(LEXICON, FINDER, IndirectScope.SPEECH).extract(ix, List.of(), ctx)).isEmpty();
        assertThat(new IndirectSpeechExtractor(LEXICON, FINDER, IndirectScope.PARC).extract(ix, List.of(), ctx)).hasSize(1);
    }

    @Test void aReportClosingTheSentenceTakesTheClauseAnAttitudeClaimed() {
        AnnotatedDocument d = tagged(
                "The plant is expected to close next year, a company spokesman said.", "expected", "VBN");
        DocumentIndex ix = new DocumentIndex(d);
        AttributionContext ctx = new AttributionContext(ix, LEXICON, List.of());
        List<QuoteCandidate> parc = new IndirectSpeechExtractor(LEXICON, FINDER, IndirectScope.PARC).extract(ix, List.of(), ctx);
        assertThat(parc).extracting(q -> q.content().of(d.text())).containsExactly("The plant is expected to close next year");
        // a report found at a speech verb keeps its place: the second one here reports it whole, so both are kept,
        // one nested in the other
        AnnotatedDocument two = MarkedText.parseWithEntities("[Ann Roe|PERSON] said the plant would close next year, a spokesman said.");
        DocumentIndex tix = new DocumentIndex(two);
        List<QuoteCandidate> kept = new IndirectSpeechExtractor(LEXICON, FINDER, IndirectScope.PARC)
                .extract(tix, List.of(), new AttributionContext(tix, LEXICON, List.of()));
        assertThat(kept).extracting(q -> q.content().of(two.text()))
                .containsExactly("Ann Roe said the plant would close next year", "the plant would close next year");
        // a noun phrase after a verb whose subject is a name: the lawyer reports Aske's denial, which is kept inside
        AnnotatedDocument np = MarkedText.parseWithEntities("[Tom Aske|PERSON] denied the report, his lawyer said.");
        DocumentIndex nix = new DocumentIndex(np);
        List<QuoteCandidate> outer = new IndirectSpeechExtractor(LEXICON, FINDER, IndirectScope.PARC)
                .extract(nix, List.of(), new AttributionContext(nix, LEXICON, List.of()));
        assertThat(outer).extracting(q -> q.content().of(np.text())).containsExactly("Tom Aske denied the report", "the report");
    }

    /** The contents the extractor finds in {@code d} under the parc scope, in order. */
    private static List<String> contents(AnnotatedDocument d) {
        DocumentIndex ix = new DocumentIndex(d);
        return new IndirectSpeechExtractor(LEXICON, FINDER, IndirectScope.PARC)
                .extract(ix, List.of(), new AttributionContext(ix, LEXICON, List.of())).stream()
                .map(q -> q.content().of(d.text())).toList();
    }

    @Test void aReportInsideTheContentOfAnEarlierOneIsFoundToo() {
        // the first report's content holds a report of its own, source and cue included: both are reports
        AnnotatedDocument d = MarkedText.parseWithEntities(
                "[Ann Roe|PERSON] said the town needed the cuts that [Tom Aske|PERSON] said had saved jobs.");
        assertThat(contents(d)).containsExactly("the town needed the cuts that Tom Aske said had saved jobs", "had saved jobs");
        // a verb inside the content that starts no report of its own adds nothing
        AnnotatedDocument plain = MarkedText.parseWithEntities(
                "[Ann Roe|PERSON] said the town needed the cuts that [Tom Aske|PERSON] made last year.");
        assertThat(contents(plain)).containsExactly("the town needed the cuts that Tom Aske made last year");
    }
}
