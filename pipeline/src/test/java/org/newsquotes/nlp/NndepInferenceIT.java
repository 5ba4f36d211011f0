package org.newsquotes.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.Sentence;
import org.newsquotes.record.Token;
import org.newsquotes.testing.SharedNlp;

/**
 * {@link NndepInference} gives CoreNLP's own parse: every sentence of the sample corpus, sentences of our own with
 * passives (which CoreNLP's typed dependencies correct after the parse) and shuffled sentences (odd tag sequences,
 * words the parser never saw) are parsed both ways and must agree token for token, head and relation.
 */
class NndepInferenceIT {
    private static final String OWN = """
            Talks stall in Geneva
            The harbour was closed by the port authority on Monday, officials said, and it will not reopen before May.
            “We were told nothing,” said Ann Roe, whose ferry company had been fined twice, adding that the fines would be appealed.
            Tom Aske, the city's deputy mayor, who was elected in 2019, told reporters he had been misled by the ministry's figures.
            It is a decision the council says could cost the region 4,000 jobs; the union, meanwhile, has called a strike.
            Has anyone been charged?
            Qzxv blorfed the wuggish trantles, according to a spokesman for Vexcorp Ltd.
            """;

    @Test
    void theFastLoopParsesExactlyAsCoreNlpPredictDoes() throws Exception {
        CoreNlpDependencyParser parser = CoreNlpDependencyParser.shared();
        assertThat(parser.fast()).as("the weights of CoreNLP 4.5.10's parser are readable").isTrue();
        List<List<Token>> sentences = new ArrayList<>();
        sentences.addAll(sentencesOf(SharedNlp.annotate("own.txt", OWN, null)));
        Path corpus = Path.of("..", "corpus");
        if (Files.isDirectory(corpus)) {
            try (Stream<Path> files = Files.list(corpus)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    sentences.addAll(sentencesOf(SharedNlp.annotate(f.getFileName().toString(), Files.readString(f), null)));
                }
            }
        }
        Random random = new Random(20261204);
        List<List<Token>> shuffled = new ArrayList<>();
        for (List<Token> s : sentences) {
            if (s.size() < 4) continue;
            List<Token> copy = new ArrayList<>(s);
            java.util.Collections.shuffle(copy, random);
            List<Token> renumbered = new ArrayList<>(copy.size());
            for (int i = 0; i < copy.size(); i++) {
                Token t = copy.get(i);
                Token at = s.get(i); // the shuffled word and tag at this place's index and offsets
                renumbered.add(new Token(at.index(), at.sentence(), at.start(), at.end(), t.word(), t.lemma(), t.pos(), t.ner()));
            }
            shuffled.add(renumbered);
        }
        sentences.addAll(shuffled);
        assertThat(sentences).hasSizeGreaterThan(100);
        int passives = 0;
        for (List<Token> s : sentences) {
            List<Token> fast = parser.parse(s);
            List<Token> core = parser.parseByCoreNlp(s);
            for (int i = 0; i < s.size(); i++) {
                assertThat(fast.get(i).head()).as("head of %s in %s", s.get(i).word(), s).isEqualTo(core.get(i).head());
                assertThat(fast.get(i).relation()).as("relation of %s in %s", s.get(i).word(), s).isEqualTo(core.get(i).relation());
                if ("nsubj:pass".equals(core.get(i).relation())) passives++;
            }
        }
        assertThat(passives).as("passive subjects, corrected after the parse, were compared too").isGreaterThan(0);
    }

    private static List<List<Token>> sentencesOf(AnnotatedDocument d) {
        List<List<Token>> out = new ArrayList<>();
        for (Sentence s : d.sentences()) out.add(d.tokens().subList(s.firstToken(), s.endToken()));
        return out;
    }
}
