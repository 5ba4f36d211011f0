package org.newsquotes.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsquotes.config.ModelFiles;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.Layer;
import org.newsquotes.record.LocalEntity;
import org.newsquotes.record.Mention;
import org.newsquotes.testing.MarkedText;

class InDocumentClustererTest {
    private static final EntityKnowledge KNOWLEDGE = EntityKnowledge.load(ModelFiles.packaged());
    private static final InDocumentClusterer CLUSTERER = new InDocumentClusterer(KNOWLEDGE);

    /** A clusterer with the packaged given names and family names ({@link PersonGender#load}). */
    private static final InDocumentClusterer PACKAGED = new InDocumentClusterer(KNOWLEDGE, PersonGender.load(ModelFiles.packaged()));

    /** Compact view: "e1 Donald Trump PERSON [m1,m2]" per entity. */
    private static String clusters(String marked) {
        return clusters(CLUSTERER, marked);
    }

    private static String clusters(InDocumentClusterer clusterer, String marked) {
        AnnotatedDocument doc = clusterer.process(MarkedText.parse(marked));
        assertThat(doc.has(Layer.LOCAL_ENTITIES)).isTrue();
        return doc.entities().stream().map(e -> e.id() + " " + e.name() + " " + e.type() + " " + e.mentionIds())
                .collect(Collectors.joining("; "));
    }

    private static LocalEntity entity(String marked, String name) {
        return CLUSTERER.cluster(MarkedText.parse(marked)).stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity named " + name));
    }

    @Test void surnameJoinsTheFullNameGivenEarlier() {
        assertThat(clusters("[Donald Trump|PERSON] spoke. Later [Trump|PERSON] said no."))
                .isEqualTo("e1 Donald Trump PERSON [m1, m2]");
    }

    @Test void aGivenNameAfterSirOrDameJoinsThePersonNamedInFull() {
        InDocumentClusterer titled = new InDocumentClusterer(KNOWLEDGE, PersonGender.NONE,
                GivenNameTitles.load(ModelFiles.packaged(), KNOWLEDGE));
        java.util.function.Function<String, String> view = marked -> titled.cluster(MarkedText.parse(marked)).stream()
                .map(e -> e.name() + " " + e.mentionIds()).collect(Collectors.joining("; "));
        // the title inside the mention or before it
        assertThat(view.apply("[Sir Oswin Tarrant|PERSON] opened the debate. Later [Sir Oswin|PERSON] spoke."))
                .isEqualTo("Oswin Tarrant [m1, m2]");
        assertThat(view.apply("[Dame Ilse Marlow|PERSON] opened the debate. Later Dame [Ilse|PERSON] spoke."))
                .isEqualTo("Ilse Marlow [m1, m2]");
        // a given name with no such title stays apart ("Oswin, 8," is someone else), and so does one under "Mr"
        assertThat(view.apply("[Sir Oswin Tarrant|PERSON] opened the debate. Later [Oswin|PERSON] spoke."))
                .isEqualTo("Oswin Tarrant [m1]; Oswin [m2]");
        assertThat(view.apply("[Sir Oswin Tarrant|PERSON] opened the debate. Later Mr [Oswin|PERSON] spoke."))
                .isEqualTo("Oswin Tarrant [m1]; Oswin [m2]");
        // without the list, no title takes a given name
        assertThat(clusters("[Sir Oswin Tarrant|PERSON] opened the debate. Later [Sir Oswin|PERSON] spoke."))
                .contains("Oswin Tarrant PERSON [m1]");
    }

    @Test void aPeeragesTitleIsStrippedLikeAnyOther() {
        // "Baroness" is a title, not a given name: the later surname joins the person
        assertThat(clusters("[Baroness Amina Rahman|PERSON] tabled it. [Rahman|PERSON] said more."))
                .isEqualTo("e1 Amina Rahman PERSON [m1, m2]");
        // a title that is also a common surname is left out of the list: "Baron" alone is the editor Baron
        assertThat(clusters("[Marty Baron|PERSON] edits the paper. [Baron|PERSON] said no."))
                .isEqualTo("e1 Marty Baron PERSON [m1, m2]");
    }

    @Test void aNewsOutletTypedAsAPersonOrPlaceIsAnOrganisation() {
        assertThat(clusters("[Tehran Times|PERSON] wrote that the talks had failed."))
                .isEqualTo("e1 Tehran Times ORGANIZATION [m1]");
        assertThat(clusters("[The Harbour Daily|PERSON] wrote it, and [Al Jazeera|LOCATION] aired it."))
                .isEqualTo("e1 The Harbour Daily PERSON [m1]; e2 Al Jazeera ORGANIZATION [m2]");
    }

    @Test void anOutletsOneWordNameJoinsItsFullNameInTheSameArticle() {
        assertThat(clusters("[The Washington Post|ORGANIZATION] asked the court. [The Post|ORGANIZATION] argued it."))
                .isEqualTo("e1 The Washington Post ORGANIZATION [m1, m2]");
        assertThat(clusters("[The Post|ORGANIZATION] argued it. Later [The Washington Post|ORGANIZATION] won."))
                .startsWith("e1").doesNotContain("e2");
        // only an outlet's name: "the Council" is no short name of the Harbour Council
        assertThat(clusters("[Harbour Town Council|ORGANIZATION] met. [Council|ORGANIZATION] agreed."))
                .contains("e2");
    }

    @Test void shortFormAfterTitledFullName() {
        assertThat(clusters("[Foreign Minister Abbas Araghchi|PERSON] wrote. [Araghchi|PERSON] added."))
                .isEqualTo("e1 Abbas Araghchi PERSON [m1, m2]");
    }

    @Test void aChineseFamilyNameWrittenFirstIsThePerson() {
        assertThat(clusters(PACKAGED, "[Wang Yi|PERSON] met the envoy. [Wang|PERSON] said talks went well."))
                .isEqualTo("e1 Wang Yi PERSON [m1, m2]");
        // only with the curated family names: a clusterer that knows none reads "Wang" as no surname of Wang Yi
        assertThat(clusters("[Wang Yi|PERSON] met the envoy. [Wang|PERSON] said talks went well.")).contains("e2");
        // a name not made of Chinese syllables keeps its given name first: "Jim" is no family name of Jim Brock
        assertThat(clusters(PACKAGED, "[Jim Brock|PERSON] met the envoy. [Jim|PERSON] said talks went well.")).contains("e2");
        // nor does the last word stop joining as a surname
        assertThat(clusters("[Li Qiang|PERSON] met the envoy. [Qiang|PERSON] said talks went well.")).contains("e1 Li Qiang PERSON [m1, m2]");
    }

    @Test void localCouncilAndPoliceTitlesAreStripped() {
        // Australian and British local news write a councillor as "Cr" or "Cllr" before the name, and crime reports
        // a police rank: the title is no part of the name, so the short form joins the full one
        assertThat(clusters("[Cr Hannah Poole|PERSON] moved it. [Cr Poole|PERSON] said no."))
                .isEqualTo("e1 Hannah Poole PERSON [m1, m2]");
        assertThat(clusters("[Cllr Omar Baig|PERSON] spoke. [Baig|PERSON] voted."))
                .isEqualTo("e1 Omar Baig PERSON [m1, m2]");
        assertThat(entity("[Detective Chief Inspector Ruth Adair|PERSON] spoke.", "Ruth Adair").attributes())
                .containsExactly("Detective Chief Inspector");
    }

    @Test void aGivenNameBeforeAndAndAFullNameSharesItsSurname() {
        // "Mark and Susan Delaney": Mark is Mark Delaney, and his later full name joins him
        assertThat(clusters(PACKAGED, "[Mark|PERSON] and [Susan Delaney|PERSON] lost their home. [Mark Delaney|PERSON] said so."))
                .isEqualTo("e1 Mark Delaney PERSON [m1, m3]; e2 Susan Delaney PERSON [m2]");
        // a surname in a list, or one of a person named before, stays a surname
        assertThat(clusters(PACKAGED, "[Rand Paul|PERSON] spoke. Later [Cruz|PERSON], [Paul|PERSON] and [Chris Christie|PERSON] spoke."))
                .contains("e1 Rand Paul PERSON [m1, m3]");
        assertThat(clusters(PACKAGED, "[Paul|PERSON] and [Chris Christie|PERSON] spoke.")).contains("Paul Christie");
        assertThat(clusters(PACKAGED, "[Rand Paul|PERSON] spoke. Then [Paul|PERSON] and [Chris Christie|PERSON] spoke."))
                .doesNotContain("Paul Christie");
        // after a title or a capitalised word the tagger left out, the word is a surname
        assertThat(clusters(PACKAGED, "Then Sen. [Paul|PERSON] and [Chris Christie|PERSON] spoke.")).doesNotContain("Paul Christie");
        // a given name the story gives someone else in full is that person's
        assertThat(clusters(PACKAGED, "[Hillary Clinton|PERSON] won. Votes for [Hillary|PERSON] and [Tim Kaine|PERSON] rose."))
                .doesNotContain("Hillary Kaine");
        // a word that is no given name is someone else
        assertThat(clusters(PACKAGED, "[Tralston|PERSON] and [Susan Delaney|PERSON] met."))
                .isEqualTo("e1 Tralston PERSON [m1]; e2 Susan Delaney PERSON [m2]");
    }

    @Test void aPersonNounOpeningTheSentenceIsNoPartOfTheName() {
        InDocumentClusterer described = new InDocumentClusterer(KNOWLEDGE, PersonGender.load(ModelFiles.packaged()),
                GivenNameTitles.NONE, AnimateNouns.load());
        // the capitalised noun the tagger took into the name is kept as a title, and the surname joins the name
        assertThat(clusters(described, "[Shopkeeper Wendell Ashby|PERSON], 64, saw it. Later [Ashby|PERSON] said no."))
                .isEqualTo("e1 Wendell Ashby PERSON [m1, m2]");
        assertThat(described.cluster(MarkedText.parse("[Shopkeeper Wendell Ashby|PERSON] saw it.")).get(0).attributes())
                .contains("Shopkeeper");
        // a given name that is also a noun stays, as does a noun inside the sentence or before a name of two words
        assertThat(clusters(described, "[Hunter Wendell Ashby|PERSON] saw it.")).isEqualTo("e1 Hunter Wendell Ashby PERSON [m1]");
        assertThat(clusters(described, "It was [Shopkeeper Wendell Ashby|PERSON] who saw it."))
                .isEqualTo("e1 Shopkeeper Wendell Ashby PERSON [m1]");
        assertThat(clusters(described, "[Shopkeeper Ashby|PERSON] saw it.")).isEqualTo("e1 Shopkeeper Ashby PERSON [m1]");
        // without CoreNLP's list nothing is taken off
        assertThat(clusters("[Shopkeeper Wendell Ashby|PERSON] saw it.")).isEqualTo("e1 Shopkeeper Wendell Ashby PERSON [m1]");
    }

    @Test void titlesAreStrippedAndKeptAsAttributes() {
        LocalEntity e = entity("[President Donald Trump|PERSON] and [Crown Prince Mohammed bin Salman|PERSON] met.",
                "Mohammed bin Salman");
        assertThat(e.attributes()).containsExactly("Crown Prince");
        assertThat(entity("[Former Foreign Minister Javad Zarif|PERSON] spoke.", "Javad Zarif").attributes())
                .containsExactly("Former", "Foreign Minister");
    }

    @Test void titleTokensBeforeTheMentionBecomeAttributes() {
        AnnotatedDocument doc = MarkedText.parse("The spokesman [Esmaeil Baghaei|PERSON] said it.");
        // mark "spokesman" as a CoreNLP TITLE token
        var tokens = doc.tokens().stream().map(t -> t.word().equals("spokesman")
                ? new org.newsquotes.record.Token(t.index(), t.sentence(), t.start(), t.end(), t.word(), t.lemma(), t.pos(), "TITLE")
                : t).toList();
        doc = doc.withTokens(tokens, doc.sentences());
        assertThat(CLUSTERER.cluster(doc).get(0).attributes()).containsExactly("spokesman");
    }

    @Test void surnameBeforeTheFullNameIsAbsorbed() {
        assertThat(clusters("[Trump|PERSON] claims talks. US President [Donald Trump|PERSON] said so."))
                .isEqualTo("e1 Donald Trump PERSON [m1, m2]");
    }

    @Test void peopleSharingOnlyASurnameStayApart() {
        assertThat(clusters("[Donald Trump|PERSON] arrived with [Melania Trump|PERSON] and [Donald Trump Jr.|PERSON]."))
                .isEqualTo("e1 Donald Trump PERSON [m1]; e2 Melania Trump PERSON [m2]; e3 Donald Trump Jr. PERSON [m3]");
    }

    @Test void ambiguousSurnameGoesToTheMostMentionedPerson() {
        String s = clusters("[Donald Trump|PERSON] spoke. [Trump|PERSON] smiled. [Melania Trump|PERSON] waved. "
                + "[Trump|PERSON] then left.");
        assertThat(s).isEqualTo("e1 Donald Trump PERSON [m1, m2, m4]; e2 Melania Trump PERSON [m3]");
    }

    @Test void ambiguousSurnameWithEqualCountsGoesToTheOneNamedInTheSentenceBefore() {
        String s = clusters("[Donald Trump|PERSON] spoke. [Melania Trump|PERSON] waved. [Trump|PERSON] left.");
        assertThat(s).isEqualTo("e1 Donald Trump PERSON [m1]; e2 Melania Trump PERSON [m2, m3]");
        // both named just before: the later
        assertThat(clusters("[Ann Fairley|PERSON] met [Tom Fairley|PERSON]. [Fairley|PERSON] left."))
                .isEqualTo("e1 Ann Fairley PERSON [m1]; e2 Tom Fairley PERSON [m2, m3]");
    }

    @Test void ambiguousSurnameWithEqualCountsFarFromBothGoesToTheOneNamedFirst() {
        String s = clusters("[Ann Fairley|PERSON] won the seat. Her brother [Tom Fairley|PERSON] lost his. "
                + "The count took all night. Officials were tired. [Fairley|PERSON] thanked the voters.");
        assertThat(s).isEqualTo("e1 Ann Fairley PERSON [m1, m3]; e2 Tom Fairley PERSON [m2]");
    }

    @Test void aCourtesyTitleNeverJoinsAPersonOfTheOtherGender() {
        InDocumentClusterer withNames = new InDocumentClusterer(KNOWLEDGE, PersonGender.load(ModelFiles.packaged()));
        String marked = "[Margaret Holloway|PERSON] spoke after her husband, [Richard Holloway|PERSON]. "
                + "Mrs. [Holloway|PERSON] thanked the donors. Mr. [Holloway|PERSON] did not. "
                + "Later Mrs. [Holloway|PERSON] left, and Mr. [Holloway|PERSON] stayed.";
        String s = withNames.process(MarkedText.parse(marked)).entities().stream()
                .map(e -> e.name() + " " + e.mentionIds()).collect(Collectors.joining("; "));
        assertThat(s).isEqualTo("Margaret Holloway [m1, m3, m5]; Richard Holloway [m2, m4, m6]");
    }

    @Test void aCourtesyTitleKeepsBareSurnamesOfTheOtherTitleApart() {
        InDocumentClusterer withNames = new InDocumentClusterer(KNOWLEDGE, PersonGender.load(ModelFiles.packaged()));
        // "Mrs. Haddad" is not Samir: she starts her own cluster, which "Mr. Haddad" then does not join
        String s = withNames.process(MarkedText.parse("[Samir Haddad|PERSON] was freed. Mrs. [Haddad|PERSON] wept. "
                + "Mr. [Haddad|PERSON] thanked her.")).entities().stream()
                .map(e -> e.name() + " " + e.mentionIds()).collect(Collectors.joining("; "));
        assertThat(s).isEqualTo("Samir Haddad [m1, m3]; Haddad [m2]");
        // nor does a man's full name arriving later absorb her
        s = withNames.process(MarkedText.parse("Ms. [Lane|PERSON] spoke. [Robert Lane|PERSON] did not.")).entities()
                .stream().map(e -> e.name() + " " + e.mentionIds()).collect(Collectors.joining("; "));
        assertThat(s).isEqualTo("Lane [m1]; Robert Lane [m2]");
    }

    @Test void aCourtesyTitleGatesOnlyByGivenNames() {
        // no given name's gender is known here: "Mrs." does not move the surname from the most-mentioned person
        String s = clusters("[Jordan Vale|PERSON] and [Casey Vale|PERSON] arrived. [Jordan Vale|PERSON] spoke first. "
                + "Mrs. [Vale|PERSON] spoke next.");
        assertThat(s).isEqualTo("e1 Jordan Vale PERSON [m1, m3, m4]; e2 Casey Vale PERSON [m2]");
    }

    @Test void otherAmbiguousShortFormsGoToTheMostRecentlyNamed() {
        // "Foreign Ministry" fits both ministries; the later named is meant, however far back
        assertThat(clusters("The [Iranian Foreign Ministry|ORGANIZATION] spoke. The [Iraqi Foreign Ministry|ORGANIZATION] "
                + "replied. Ships left. Rain fell. The [Foreign Ministry|ORGANIZATION] said no."))
                .isEqualTo("e1 Iranian Foreign Ministry ORGANIZATION [m1]; e2 Iraqi Foreign Ministry ORGANIZATION [m2, m3]");
    }

    @Test void acronymDefinedInParentheses() {
        assertThat(clusters("The [International Atomic Energy Agency|ORGANIZATION] ([IAEA|ORGANIZATION]) met. "
                + "The [IAEA|ORGANIZATION] said."))
                .isEqualTo("e1 International Atomic Energy Agency ORGANIZATION [m1, m2, m3]");
    }

    @Test void foreignAcronymDefinedInParentheses() {
        assertThat(clusters("[Agence France-Presse|ORGANIZATION] ([AFP|ORGANIZATION]) reported."))
                .isEqualTo("e1 Agence France-Presse ORGANIZATION [m1, m2]");
    }

    @Test void acronymByInitialsWithoutDefinition() {
        assertThat(clusters("The [Joint Comprehensive Plan of Action|MISC] died. The [JCPOA|LOCATION] was signed."))
                .isEqualTo("e1 Joint Comprehensive Plan of Action MISC [m1, m2]");
    }

    @Test void knownAcronymFromTheAliasTable() {
        assertThat(clusters("[MBS|PERSON] met [Mohammed bin Salman|PERSON]'s aides."))
                .isEqualTo("e1 Mohammed bin Salman PERSON [m1, m2]");
    }

    @Test void countryAliasesAndPeriods() {
        assertThat(clusters("The [US|COUNTRY] and [U.S.|COUNTRY] and the [United States|COUNTRY] and [America|COUNTRY]."))
                .isEqualTo("e1 United States COUNTRY [m1, m2, m3, m4]");
    }

    @Test void possessiveAndHyphenatedForms() {
        assertThat(clusters("[Iran's|COUNTRY] leaders fear [US-backed|COUNTRY] strikes. [Iran|COUNTRY] and the [US|COUNTRY]."))
                .isEqualTo("e1 Iran COUNTRY [m1, m3]; e2 US COUNTRY [m2, m4]");
    }

    @Test void typeVoteTakesTheMajority() {
        assertThat(clusters("[Javan|LOCATION] wrote. [Javan|ORGANIZATION] added. [Javan|ORGANIZATION] said."))
                .isEqualTo("e1 Javan ORGANIZATION [m1, m2, m3]");
    }

    @Test void typeVoteTieGoesToTheTypeOfTheFullestName() {
        assertThat(clusters("[Pezeshkian|LOCATION] spoke. [Masoud Pezeshkian|PERSON] said."))
                .isEqualTo("e1 Masoud Pezeshkian PERSON [m1, m2]");
    }

    @Test void statisticalTypeGuessJoinsAPersonNamedInFull() {
        assertThat(clusters("[Masoud Pezeshkian|PERSON] spoke. [Pezeshkian|LOCATION] added. [Pezeshkian|PERSON] went."))
                .isEqualTo("e1 Masoud Pezeshkian PERSON [m1, m2, m3]");
    }

    @Test void organisationDesignatorShortForm() {
        assertThat(clusters("The [Tasnim news agency|ORGANIZATION] said. [Tasnim|ORGANIZATION] added. "
                + "[Kayhan|ORGANIZATION] and the [Kayhan newspaper|ORGANIZATION]."))
                .isEqualTo("e1 Tasnim news agency ORGANIZATION [m1, m2]; e3 Kayhan newspaper ORGANIZATION [m3, m4]".replace("e3", "e2"));
    }

    @Test void organisationTailShortForm() {
        assertThat(clusters("The [Iranian Foreign Ministry|ORGANIZATION] spoke; the [Foreign Ministry|ORGANIZATION] added."))
                .isEqualTo("e1 Iranian Foreign Ministry ORGANIZATION [m1, m2]");
    }

    @Test void placeQualifierShortForm() {
        assertThat(clusters("In [Washington, D.C.|CITY] today. [Washington|CITY] said."))
                .isEqualTo("e1 Washington, D.C. CITY [m1, m2]");
    }

    @Test void lookAlikePlacesStayApart() {
        assertThat(clusters("[Iran|COUNTRY] and [Iraq|COUNTRY]; [Niger|COUNTRY] and [Nigeria|COUNTRY]; [Sudan|COUNTRY] and [South Sudan|COUNTRY]."))
                .isEqualTo("e1 Iran COUNTRY [m1]; e2 Iraq COUNTRY [m2]; e3 Niger COUNTRY [m3]; e4 Nigeria COUNTRY [m4]; "
                        + "e5 Sudan COUNTRY [m5]; e6 South Sudan COUNTRY [m6]");
    }

    @Test void nonEntityMentionsAreIgnored() {
        AnnotatedDocument doc = MarkedText.parse("On [Tuesday|DATE] [Trump|PERSON] spoke.");
        List<LocalEntity> es = CLUSTERER.cluster(doc);
        assertThat(es).extracting(LocalEntity::name).containsExactly("Trump");
        assertThat(doc.mentions()).extracting(Mention::ner).contains("DATE");
    }

    @Test void evidenceRecordsEachMerge() {
        LocalEntity e = entity("[Donald Trump|PERSON] spoke. [Trump|PERSON] left. [Trump|PERSON] returned.", "Donald Trump");
        assertThat(e.evidence()).hasSize(1);
        assertThat(e.evidence().get(0).rule()).isEqualTo("short-form");
        assertThat(e.variants()).containsExactly("Donald Trump", "Trump");
    }

    @Test void nationalityPluralsJoinTheSingular() {
        assertThat(clusters("[Iranian|NATIONALITY] officials met [Iranians|NATIONALITY] and the [Swiss|NATIONALITY]."))
                .isEqualTo("e1 Iranian NATIONALITY [m1, m2]; e2 Swiss NATIONALITY [m3]");
    }

    @Test void pronounsAndBareTitlesFormNoEntities() {
        assertThat(clusters("[Hugh Hill|PERSON] spoke and [he|PERSON] left; the [Crown Prince|PERSON] and [his|PERSON] aides."))
                .isEqualTo("e1 Hugh Hill PERSON [m1]");
    }

    @Test void aTitleWordAloneIsTheSurnameOfAPersonNamedInFullBefore() {
        // "Pope" after "Mark Pope" is the coach, not a bare title
        assertThat(clusters("[Mark Pope|PERSON] was angry. [Pope|PERSON] said the referee was wrong."))
                .isEqualTo("e1 Mark Pope PERSON [m1, m2]");
        // with no one of that surname, it stays a bare title ("the Pope said …")
        assertThat(clusters("[Pope Francis|PERSON] spoke. The [Pope|PERSON] said peace was possible."))
                .isEqualTo("e1 Francis PERSON [m1]");
    }

    @Test void pluralDemonymsTaggedMiscBecomeNationalities() {
        assertThat(clusters("[American|NATIONALITY] media and the [Americans|MISC] agreed."))
                .isEqualTo("e1 American NATIONALITY [m1, m2]");
    }

    @Test void transliterationVariantsInOneArticle() {
        assertThat(clusters("[Esmaeil Baghaei|PERSON] spoke. [Esmaeil Baqaei|PERSON] added. [Baqaei|PERSON] left."))
                .isEqualTo("e1 Esmaeil Baghaei PERSON [m1, m2, m3]");
        assertThat(clusters("[Fordow|LOCATION] and [Fordo|LOCATION] and [Natanz|LOCATION]."))
                .isEqualTo("e1 Fordow LOCATION [m1, m2]; e2 Natanz LOCATION [m3]");
    }

    @Test void parenthesisedAcronymOfAnotherNameStaysApart() {
        assertThat(clusters("Officials in [Iran|COUNTRY] ([IAEA|ORGANIZATION]) met."))
                .isEqualTo("e1 Iran COUNTRY [m1]; e2 IAEA ORGANIZATION [m2]");
        assertThat(clusters("The [Islamic Revolutionary Guard Corps|ORGANIZATION] ([IRGC|ORGANIZATION]) said."))
                .isEqualTo("e1 Islamic Revolutionary Guard Corps ORGANIZATION [m1, m2]");
    }

    @Test void neverMergePairsStayApartInADocument() {
        assertThat(clusters("[Khomeini|PERSON] and later [Khamenei|PERSON] ruled."))
                .isEqualTo("e1 Khomeini PERSON [m1]; e2 Khamenei PERSON [m2]");
    }
}
