package org.newsquotes.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.Attribution;
import org.newsquotes.record.Block;
import org.newsquotes.record.BlockKind;
import org.newsquotes.record.Document;
import org.newsquotes.record.Entity;
import org.newsquotes.record.Layer;
import org.newsquotes.record.LocalEntity;
import org.newsquotes.record.Mention;
import org.newsquotes.record.MergeEvidence;
import org.newsquotes.record.Quote;
import org.newsquotes.record.QuoteKind;
import org.newsquotes.record.Removal;
import org.newsquotes.record.ReviewStatus;
import org.newsquotes.record.Sentence;
import org.newsquotes.record.SourceFormat;
import org.newsquotes.record.Span;
import org.newsquotes.record.Token;
import org.newsquotes.testing.MarkedText;

/** Small hand-built documents for the writer tests; offsets are computed from the text, never typed in. */
final class SampleDocuments {
    private SampleDocuments() {}

    static final String RICH_TEXT = "Café owners’ protest\n"
            + "Hugh Hill, a doctor, said: “We’re ready, truly \uD83D\uDE00.”\n"
            + "The Café’s\u00A0owner said she was “very, very \"tired\"”.\n"
            + "Officials declined to comment.";

    /** A document with every layer: unicode, U+00A0, an emoji (a surrogate pair), quotes with and without speakers. */
    static AnnotatedDocument rich() {
        String t = RICH_TEXT;
        int line2 = t.indexOf("Hugh");
        int line3 = t.indexOf("The Café");
        int line4 = t.indexOf("Officials");
        List<Block> blocks = List.of(
                new Block(new Span(0, line2 - 1), BlockKind.TITLE),
                new Block(new Span(line2, line3 - 1), BlockKind.PARAGRAPH),
                new Block(new Span(line3, line4 - 1), BlockKind.PARAGRAPH),
                new Block(new Span(line4, t.length()), BlockKind.CAPTION));
        Document doc = new Document("world/iran news.jsonl#2", "world/iran news.jsonl", SourceFormat.JSONL,
                "Café owners’ protest", "2025-06-22T14:05:00Z", "https://example.org/a?b=1&c=\"2\"", t, blocks,
                List.of(new Removal(t.length(), 412, 530, "trailer:Related Articles", "Related Articles\nMore, news"),
                        new Removal(line2 - 1, 20, 35, "line:Listen to article", "")),
                List.of("invalid UTF-8: decoded as windows-1252"));

        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        Matcher m = Pattern.compile("[\\p{L}’]+|[^\\s\u00A0]").matcher(t);
        int sentence = 0;
        int sentenceStart = -1;
        int first = 0;
        int lastEnd = 0;
        while (m.find()) {
            if (sentenceStart >= 0 && t.substring(lastEnd, m.start()).contains("\n")) {
                sentences.add(new Sentence(sentence++, sentenceStart, lastEnd, first, tokens.size()));
                sentenceStart = -1;
            }
            if (sentenceStart < 0) {
                sentenceStart = m.start();
                first = tokens.size();
            }
            String w = m.group();
            String ner = Set.of("Hugh", "Hill").contains(w) ? "PERSON" : "O";
            String pos = Character.isUpperCase(w.codePointAt(0)) ? "NNP" : w.length() == 1 ? w : "NN";
            tokens.add(new Token(tokens.size(), sentence, m.start(), m.end(), w, w.toLowerCase(), pos, ner));
            lastEnd = m.end();
        }
        sentences.add(new Sentence(sentence, sentenceStart, lastEnd, first, tokens.size()));

        int hill = t.indexOf("Hugh Hill");
        int hillTok = tokenAt(tokens, hill);
        int cafe = t.indexOf("Café’s");
        int cafeTok = tokenAt(tokens, cafe);
        List<Mention> mentions = List.of(
                new Mention("m1", 1, hill, hill + 9, "Hugh Hill", "PERSON", hillTok, hillTok + 2, "hugh_hill_person"),
                new Mention("m2", 2, cafe, cafe + 4, "Café", "ORGANIZATION", cafeTok, cafeTok + 1, null));
        List<LocalEntity> entities = List.of(
                new LocalEntity("e1", "Hugh Hill", "PERSON", List.of("m1"), List.of("Hugh Hill", "Hill"),
                        List.of("doctor"), List.of(new MergeEvidence("short-form", "Hill", "Hugh Hill", 0.9, "")),
                        "hugh_hill_person"),
                new LocalEntity("e2", "Café", "ORGANIZATION", List.of("m2"), List.of("Café"), List.of(), List.of(),
                        null));

        String q1Text = "We’re ready, truly \uD83D\uDE00.";
        int q1 = t.indexOf(q1Text);
        String q2Text = "very, very \"tired\"";
        int q2 = t.indexOf(q2Text);
        int said = t.indexOf("said");
        List<Quote> quotes = List.of(
                new Quote("q1", QuoteKind.DIRECT, q1, q1 + q1Text.length(), q1Text,
                        new Attribution("Hugh Hill", "e1", "hugh_hill_person", "Hugh Hill", new Span(hill, hill + 9),
                                "said", "colon-label", 0.85),
                        ReviewStatus.ACCEPTED),
                new Quote("q2", QuoteKind.FRAGMENT, q2, q2 + q2Text.length(), q2Text, Attribution.none(), null));
        assert said > 0;
        return AnnotatedDocument.of(doc)
                .withTokens(tokens, sentences, Layer.POS, Layer.LEMMA, Layer.NER)
                .withMentions(mentions)
                .withEntities(entities)
                .withQuotes(quotes);
    }

    /** A second, plainer document built with the MarkedText fixture. */
    static AnnotatedDocument marked() {
        return MarkedText.parse("a/plain.txt",
                "[Ann Lee|PERSON] met [Bob|PERSON] in [Paris|CITY].\nShe said it was fine.");
    }

    /** An ingested HTML document (no annotation layers), as a stage after ingest would see it before failing. */
    static Document failedAfterIngest() {
        String t = "Line one.\nLine two, with\ttab.";
        return new Document("c/failed.html", "c/failed.html", SourceFormat.HTML, "A \"quoted\" title", "2024-01-31",
                null, t, List.of(new Block(new Span(0, 9), BlockKind.PARAGRAPH), new Block(new Span(10, t.length()),
                BlockKind.PARAGRAPH)), List.of(), List.of());
    }

    static List<Entity> entities() {
        return List.of(
                new Entity("hugh_hill_person", "Hugh Hill", "PERSON", List.of("Hugh Hill", "Hill"), 1,
                        List.of("world/iran news.jsonl#2"),
                        List.of(new MergeEvidence("short-form", "Hill", "Hugh Hill", 0.9, ""))),
                new Entity("a_b_organization", "A|B, \"Inc\"", "ORGANIZATION", List.of("A|B", "AB\\C"), 2,
                        List.of("a/plain.txt", "world/iran news.jsonl#2"),
                        List.of(new MergeEvidence("acronym", "AB", "A|B (Inc), ~x", 1.0, "defined, in text"),
                                new MergeEvidence("same-string", "A|B", "A|B", 0.0001, ""))));
    }

    private static int tokenAt(List<Token> tokens, int start) {
        for (Token tok : tokens) if (tok.start() == start) return tok.index();
        throw new IllegalStateException("no token at " + start);
    }
}
