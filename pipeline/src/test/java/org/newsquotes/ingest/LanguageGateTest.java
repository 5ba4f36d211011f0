package org.newsquotes.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsquotes.record.Block;
import org.newsquotes.record.BlockKind;
import org.newsquotes.record.Document;
import org.newsquotes.record.PageMeta;
import org.newsquotes.record.SourceFormat;
import org.newsquotes.record.Span;

/** The language gate on paragraphs written for this test (news-like, in several languages). */
class LanguageGateTest {
    private static final LanguageGate ENGLISH = new LanguageGate(Set.of("en"));

    private static final String EN = "The harbour authority said on Monday that the ferry service would resume next "
            + "week after repairs to the northern pier. \"We expect the first crossing on Thursday,\" a spokeswoman "
            + "told reporters, adding that fares would not change.";
    private static final String FR = "L'autorité portuaire a annoncé lundi que le service de ferry reprendrait la "
            + "semaine prochaine après des réparations sur la jetée nord. « Nous prévoyons la première traversée "
            + "jeudi », a déclaré une porte-parole aux journalistes.";
    private static final String DE = "Die Hafenbehörde teilte am Montag mit, der Fährbetrieb werde nach Reparaturen "
            + "am Nordpier in der kommenden Woche wieder aufgenommen. „Wir rechnen mit der ersten Überfahrt am "
            + "Donnerstag“, sagte eine Sprecherin.";
    private static final String RU = "Портовое управление заявило в понедельник, что паромное сообщение возобновится "
            + "на следующей неделе после ремонта северного причала. «Мы ожидаем первый рейс в четверг», — сказала "
            + "представительница.";
    private static final String AR = "قالت هيئة الميناء يوم الاثنين إن خدمة العبّارات ستستأنف الأسبوع المقبل بعد "
            + "إصلاح الرصيف الشمالي، وأضافت متحدثة أن الأسعار لن تتغير وأن أول رحلة متوقعة يوم الخميس.";

    @Test
    void anEnglishArticleIsAnnotatedAndRecordedAsEnglish() {
        LanguageGate.Verdict v = ENGLISH.judge(EN);
        assertThat(v.annotate()).isTrue();
        assertThat(v.language()).isEqualTo("en");
    }

    @Test
    void articlesInOtherLanguagesAreSkippedWithTheLanguageNamed() {
        Map<String, String> texts = Map.of("fr", FR, "de", DE, "ru", RU, "ar", AR);
        texts.forEach((code, text) -> {
            LanguageGate.Verdict v = ENGLISH.judge(text);
            assertThat(v.annotate()).as(code).isFalse();
            assertThat(v.language()).as(code).isEqualTo(code);
            assertThat(v.reason()).as(code).contains(code).contains("only en is annotated");
        });
    }

    @Test
    void anEnglishArticleQuotingAForeignSentenceStaysEnglish() {
        String mixed = EN + " \"Nous prévoyons la première traversée jeudi,\" the French operator's statement read, "
                + "and the authority confirmed the timetable in a notice posted at both terminals on Monday evening.";
        assertThat(ENGLISH.judge(mixed).annotate()).isTrue();
    }

    @Test
    void aTextTooShortToJudgeIsNeverSkipped() {
        LanguageGate.Verdict v = ENGLISH.judge("Fähre fährt wieder.");
        assertThat(v.annotate()).isTrue();
        assertThat(v.language()).isNull();
        assertThat(v.reason()).contains("too short");
    }

    @Test
    void aHugeJunkTokenNeitherDecidesTheLanguageNorCountsAsLetters() {
        String junk = "q".repeat(50_000);
        assertThat(LanguageGate.sample(junk + " " + EN)).isEqualTo(EN.replaceAll("\\s+", " "));
        assertThat(ENGLISH.judge(junk + " Short line here.").annotate()).isTrue();
        assertThat(ENGLISH.judge(junk + " " + EN).language()).isEqualTo("en");
    }

    @Test
    void acceptingSeveralLanguagesOrAllKeepsThem() {
        assertThat(new LanguageGate(Set.of("en", "fr")).judge(FR).annotate()).isTrue();
        LanguageGate.Verdict all = new LanguageGate(Set.of()).judge(DE);
        assertThat(all.annotate()).isTrue();
        assertThat(all.language()).isEqualTo("de");
    }

    @Test
    void unknownCodesAreRefusedNamingThem() {
        assertThatThrownBy(() -> new LanguageGate(Set.of("english"))).hasMessageContaining("'english'");
        assertThat(LanguageGate.normalise(Set.of(" EN ", "Fr"))).containsExactlyInAnyOrder("en", "fr");
    }

    @Test
    void aSkippedDocumentKeepsItsTextAndGetsTheDetectedLanguage() {
        LanguageGate.Gated g = ENGLISH.gate(doc(FR, null));
        assertThat(g.skip()).isPresent();
        assertThat(g.skip().get().skipped()).isTrue();
        assertThat(g.skip().get().stage()).isEqualTo(LanguageGate.STAGE);
        assertThat(g.document().text()).isEqualTo(FR);
        assertThat(g.document().meta().language()).isEqualTo("fr");
        assertThat(g.document().meta().sources()).containsEntry("language", LanguageGate.SOURCE);
    }

    @Test
    void aPageDeclarationThatAgreesWithTheTextIsKeptOneThatDoesNotIsReplaced() {
        assertThat(ENGLISH.gate(doc(EN, "en-GB")).document().meta().language()).isEqualTo("en-GB");
        Document wrong = ENGLISH.gate(doc(DE, "en-US")).document();
        assertThat(wrong.meta().language()).isEqualTo("de");
        assertThat(wrong.meta().sources()).containsEntry("language", LanguageGate.SOURCE);
    }

    private static Document doc(String text, String declared) {
        PageMeta meta = declared == null ? PageMeta.EMPTY
                : new PageMeta(null, List.of(), declared, null, Map.of("language", "html"));
        return new Document("d.html", "d.html", SourceFormat.HTML, null, null, null, text,
                List.of(new Block(new Span(0, text.length()), BlockKind.PARAGRAPH)), List.of(), List.of(), meta);
    }
}
