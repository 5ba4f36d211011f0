package org.newsquotes.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsquotes.config.ModelFiles;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.Quote;
import org.newsquotes.record.QuoteKind;
import org.newsquotes.testing.MarkedText;

/**
 * Random documents built from the words the report patterns look for (speech verbs, names, pronouns, possessives,
 * relative pronouns, "as", "that", colons, commas, quotation marks of every family, dates, paragraph breaks), in
 * random order, through the whole quote stage in both indirect-speech scopes (in the manner of Lucene's
 * {@code checkRandomData}): the stage never throws, every quote lies inside the text and reproduces it, indirect
 * contents never overlap each other, and a speaker's evidence words lie inside the text.
 */
class QuoteStageRandomTest {
    private static final QuoteLexicon LEXICON = QuoteLexicon.load(ModelFiles.packaged());
    /** Single words and marks, and pieces of the shapes the report patterns read, mixed at random. */
    private static final List<String> WORDS = List.of("[Ann Roe|PERSON]", "[Tom Aske|PERSON]", "[the Daily Post|ORGANIZATION]",
            "[Monday|DATE]", "said", "says", "told", "added", "noted", "asked", "according", "to", "that", "which", "who",
            "as", "he", "she", "they", "his", "her", "'s", "'", "the", "a", "port", "mayor", "minister", "officials",
            "will", "would", "could", "reopen", "is", "was", "widening", "noting", "citing", "if", "whether", "claim",
            "call", "support", "for", "in", "May", ",", ",", ".", ":", ";", "—", "“", "”", "\"", "‘", "’", "?", "\n",
            "[Ann Roe|PERSON] said", "the port will reopen in June", "the mayor said", "which he said", "As the minister noted ,",
            "[Tom Aske|PERSON] :", "he 's telling allies that", ", said [Ann Roe|PERSON] ,", ", they say ,", "officials said the toll",
            "a shift [Tom Aske|PERSON] said could", "told the [Daily Post|ORGANIZATION] he", "according to the ministry ,",
            "“The port is closed,” she said", "‘We will wait,’ [Tom Aske|PERSON] said", "widening the canal will cost jobs", ", noting that", "her top aide ,");

    @Test
    void randomDocumentsNeverBreakTheStage() {
        Random r = new Random(20261204);
        QuoteStage speech = new QuoteStage(LEXICON, IndirectScope.SPEECH);
        QuoteStage parc = new QuoteStage(LEXICON, IndirectScope.PARC);
        int[] indirectFound = new int[2];
        int[] markedFound = new int[2];
        for (int i = 0; i < 600; i++) {
            StringBuilder b = new StringBuilder("Harbour news\n");
            int n = 5 + r.nextInt(40);
            for (int w = 0; w < n; w++) {
                String word = WORDS.get(r.nextInt(WORDS.size()));
                // marks and punctuation sometimes touch the word before; a marked name never does (its own tokens)
                boolean glue = word.length() == 1 && r.nextInt(3) == 0 && b.charAt(b.length() - 1) != ']';
                if (!word.equals("\n") && b.charAt(b.length() - 1) != '\n' && !glue) b.append(' ');
                b.append(word);
            }
            b.append('.');
            AnnotatedDocument doc = MarkedText.parseWithEntities(b.toString());
            for (int sc = 0; sc < 2; sc++) {
                List<Quote> quotes = (sc == 0 ? speech : parc).findQuotes(doc);
                String text = doc.text();
                for (Quote q : quotes) {
                    assertThat(q.start()).as(b.toString()).isBetween(0, q.end());
                    assertThat(q.end()).as(b.toString()).isLessThanOrEqualTo(text.length());
                    assertThat(q.text()).as(b.toString()).isEqualTo(text.substring(q.start(), q.end())).isNotBlank();
                    if (q.attribution().mentionSpan() != null) {
                        assertThat(q.attribution().mentionSpan().end()).as(b.toString()).isLessThanOrEqualTo(text.length());
                    }
                }
                List<Quote> indirect = quotes.stream().filter(q -> q.kind() == QuoteKind.INDIRECT).toList();
                indirectFound[sc] += indirect.size();
                markedFound[sc] += quotes.size() - indirect.size();
                for (int a = 0; a < indirect.size(); a++) {
                    for (int c = a + 1; c < indirect.size(); c++) {
                        Quote x = indirect.get(a);
                        Quote y = indirect.get(c);
                        // reports overlap only by nesting: one holds the other whole ("A said B, C reported")
                        boolean apart = x.end() <= y.start() || y.end() <= x.start();
                        boolean nested = (x.start() <= y.start() && y.end() <= x.end()) || (y.start() <= x.start() && x.end() <= y.end());
                        assertThat(apart || nested).as("indirect quotes overlapping without nesting in " + b).isTrue();
                    }
                }
            }
        }
        // the documents exercise the patterns: both scopes find indirect reports and marked quotes in them
        assertThat(indirectFound[0]).isGreaterThan(300);
        assertThat(indirectFound[1]).isGreaterThanOrEqualTo(indirectFound[0]);
        assertThat(markedFound[0]).isGreaterThan(100);
    }
}
