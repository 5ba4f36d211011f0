package org.newsquotes.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.Block;
import org.newsquotes.record.BlockKind;
import org.newsquotes.record.Document;
import org.newsquotes.record.Layer;
import org.newsquotes.record.LocalEntity;
import org.newsquotes.record.Mention;
import org.newsquotes.record.Sentence;
import org.newsquotes.record.SourceFormat;
import org.newsquotes.record.Span;
import org.newsquotes.record.Token;

/**
 * Builds an {@link AnnotatedDocument} from marked-up text without loading CoreNLP, for fast unit tests of the
 * stages after {@code nlp}.
 *
 * <p>Markup: {@code [Hugh Hill|PERSON]} marks a mention and its NER type; everything else is plain text.
 * Paragraphs are separated by newlines. Tokens are words, numbers (digit groups joined by ':' or ',' kept whole, as
 * CoreNLP keeps "40,000" and "08:50") and single punctuation marks (a rough stand-in
 * for CoreNLP's tokenizer, good enough for rules that look at words and marks; like CoreNLP's, it splits a hyphenated
 * word at its hyphens, tagged HYPH); sentences end after {@code . ! ?}
 * (optionally followed by a closing quote) before whitespace, and at every newline. Every token is tagged, by a
 * small fixture tagger: a closed-class lexicon (pronouns, determiners, modals, auxiliaries, prepositions,
 * conjunctions, common adverbs, "said"/"told"/"wrote"/"added" VBD), numbers CD, capitalised words NNP, the word after
 * "to" VB, "-ed" VBD, "-ing" VBG, "-ly" RB, anything else NN; a test that needs another reading sets it with
 * {@link #withPos};
 * lemmas are lower-cased words.
 */
public final class MarkedText {
    private static final Pattern MARK = Pattern.compile("\\[([^\\[\\]|]+)\\|([A-Z_]+)]");
    private static final Pattern TOKEN = Pattern.compile("\\p{N}+(?:[:,]\\p{N}+)+|[\\p{L}\\p{N}]+(?:(?:['’](?![sS]\\b)|[.])[\\p{L}\\p{N}]+)*\\.?|'s|’s|\\S");
    private static final Set<String> PRP = Set.of("he", "she", "it", "they", "i", "we", "you", "him", "her", "them");
    private static final Set<String> PRP$ = Set.of("his", "her", "its", "their", "our", "my");

    private static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "after", "during", "with", "from", "of",
            "for", "by", "about", "over");
    private static final Set<String> WH = Set.of("which", "who", "whom", "what");
    /** Irregular past tenses the fixture sentences use. */
    private static final Set<String> IRREGULAR_PAST = Set.of("sang", "spoke", "thought", "knew", "saw", "went", "came",
            "took", "gave", "made", "found", "felt", "left", "began", "sent", "kept", "held", "stood", "heard", "meant", "paid",
            "put", "rose", "fell", "ran", "won", "lost", "met", "sold", "bought", "brought", "taught", "read", "said", "told", "wrote");
    /** Present-tense verbs in "-s" the fixture sentences use (a noun after a determiner or possessive: "the plans"). */
    private static final Set<String> PRESENT_VERBS = Set.of("says", "follows", "reads", "wants", "believes", "shows",
            "plans", "thinks", "hopes", "expects", "argues", "insists", "warns", "notes", "adds", "writes", "tells",
            "claims", "reports", "finds", "suggests", "denies", "admits", "promises", "vows", "urges", "asks", "fears",
            "knows", "feels", "intends", "agrees", "explains", "estimates", "predicts", "calls", "reopens", "opens", "sings");
    /** Base forms the fixture sentences use as present-tense verbs ("officials say", "they think"). */
    private static final Set<String> BASE_VERBS = Set.of("say", "tell", "think", "believe", "want", "hope", "expect", "argue",
            "insist", "warn", "add", "write", "suggest", "deny", "admit", "urge", "ask", "know", "feel", "agree", "explain", "sing");
    /** Closed-class words of the fixture tagger: determiners, modals, auxiliaries, conjunctions, common adverbs, quantifiers. */
    private static final java.util.Map<String, String> CLOSED_CLASS = closedClass();

    private static java.util.Map<String, String> closedClass() {
        java.util.Map<String, String> m = new java.util.HashMap<>();
        for (String w : List.of("the", "a", "an", "this", "these", "those", "every", "each", "some", "no", "any", "all", "both")) m.put(w, "DT");
        for (String w : List.of("will", "would", "can", "could", "may", "might", "must", "should", "shall", "'ll", "’ll")) m.put(w, "MD");
        for (String w : List.of("is", "has", "does", "says")) m.put(w, "VBZ");
        for (String w : List.of("are", "have", "do", "'re", "’re", "am")) m.put(w, "VBP");
        for (String w : List.of("was", "were", "had", "did", "said", "told", "wrote", "added")) m.put(w, "VBD");
        m.put("been", "VBN");
        m.put("be", "VB");
        for (String w : List.of("and", "or", "but", "nor", "neither", "either")) m.put(w, "CC"); // as CoreNLP tags them
        for (String w : List.of("that", "if", "whether", "because", "as", "than", "while", "before", "into", "against")) m.put(w, "IN");
        for (String w : List.of("not", "n't", "also", "never", "very", "too", "again", "just", "still", "then", "now", "later",
                "here", "soon", "often", "already", "even", "only", "so", "long")) m.put(w, "RB");
        m.put("there", "EX");
        for (String w : List.of("many", "much", "few")) m.put(w, "JJ");
        return m;
    }

    private MarkedText() {}

    public static AnnotatedDocument parse(String marked) {
        return parse("test.txt", marked);
    }

    public static AnnotatedDocument parse(String docId, String marked) {
        StringBuilder text = new StringBuilder();
        List<int[]> markSpans = new ArrayList<>();
        List<String> markTypes = new ArrayList<>();
        Matcher m = MARK.matcher(marked);
        int last = 0;
        while (m.find()) {
            text.append(marked, last, m.start());
            int start = text.length();
            text.append(m.group(1));
            markSpans.add(new int[] {start, text.length()});
            markTypes.add(m.group(2));
            last = m.end();
        }
        text.append(marked.substring(last));
        String t = text.toString();

        List<Block> blocks = new ArrayList<>();
        int p = 0;
        for (String line : t.split("\n", -1)) {
            if (!line.isBlank()) blocks.add(new Block(new Span(p, p + line.length()), BlockKind.PARAGRAPH));
            p += line.length() + 1;
        }
        Document doc = new Document(docId, docId, SourceFormat.TXT, null, null, null, t, blocks, List.of(), List.of());

        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        Matcher tm = TOKEN.matcher(t);
        int sentence = 0;
        int sentenceFirstToken = 0;
        int sentenceStart = -1;
        int prevEnd = 0;
        while (tm.find()) {
            int start = tm.start();
            int end = tm.end();
            String word = tm.group();
            // a trailing period belongs to the word only for abbreviations like "U.S.", "Mr." or "Sen." (titles CoreNLP
            // keeps whole); else split it off
            if (word.length() > 1 && word.endsWith(".") && !word.matches("(?:\\p{L}\\.)+|Mr\\.|Mrs\\.|Ms\\.|Dr\\.|St\\.|Sen\\.|Rep\\.|Gov\\.|Gen\\.|Prof\\.")) {
                end--;
                word = word.substring(0, word.length() - 1);
                tm.region(end, t.length());
            }
            if (sentenceStart >= 0 && t.substring(prevEnd, start).contains("\n")) {
                sentences.add(new Sentence(sentence++, sentenceStart, prevEnd, sentenceFirstToken, tokens.size()));
                sentenceStart = -1;
            }
            if (sentenceStart < 0) {
                sentenceStart = start;
                sentenceFirstToken = tokens.size();
            }
            Token prev = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
            String tag = pos(word, prev == null ? "" : prev.word(), prev == null ? "" : prev.pos());
            // CoreNLP splits a hyphenated word ("down-river") at its hyphens and tags them HYPH
            if (word.equals("-") && prev != null && prev.end() == start && end < t.length() && Character.isLetterOrDigit(t.charAt(end))) tag = "HYPH";
            tokens.add(new Token(tokens.size(), sentence, start, end, word, word.toLowerCase(), tag, nerAt(start, markSpans, markTypes)));
            prevEnd = end;
            boolean closesQuote = word.matches("[\"”’']") && tokens.size() >= 2
                    && tokens.get(tokens.size() - 2).word().matches("[.!?]");
            if ((word.matches("[.!?]") && !nextIsClosingQuote(t, end)) || closesQuote) {
                sentences.add(new Sentence(sentence++, sentenceStart, end, sentenceFirstToken, tokens.size()));
                sentenceStart = -1;
            }
        }
        if (sentenceStart >= 0) sentences.add(new Sentence(sentence, sentenceStart, prevEnd, sentenceFirstToken, tokens.size()));

        List<Mention> mentions = new ArrayList<>();
        for (int i = 0; i < markSpans.size(); i++) {
            int[] s = markSpans.get(i);
            int first = -1;
            int endTok = -1;
            for (Token tok : tokens) {
                if (tok.start() >= s[0] && tok.end() <= s[1]) {
                    if (first < 0) first = tok.index();
                    endTok = tok.index() + 1;
                }
            }
            if (first < 0) throw new IllegalArgumentException("mark covers no token: " + t.substring(s[0], s[1]));
            mentions.add(new Mention("m" + (i + 1), tokens.get(first).sentence(), s[0], s[1], t.substring(s[0], s[1]),
                    markTypes.get(i), first, endTok, null));
        }
        return AnnotatedDocument.of(doc)
                .withTokens(tokens, sentences, Layer.POS, Layer.LEMMA, Layer.NER)
                .withMentions(mentions);
    }

    /**
     * Like {@link #parse(String)}, plus a {@link Layer#LOCAL_ENTITIES} layer from a simple stand-in for the
     * in-document clusterer: a mention joins an earlier entity of the same type when it equals its name, is contained
     * in it, or (people) shares its last word ("Hill" joins "Hugh Hill"). The entity's name is its longest mention.
     */
    public static AnnotatedDocument parseWithEntities(String marked) {
        AnnotatedDocument d = parse(marked);
        List<List<Mention>> clusters = new ArrayList<>();
        for (Mention m : d.mentions()) {
            List<Mention> home = null;
            for (List<Mention> c : clusters) {
                for (Mention o : c) {
                    if (!o.ner().equals(m.ner())) continue;
                    String a = o.text();
                    String b = m.text();
                    boolean sameLast = m.ner().equals("PERSON") && last(a).equals(last(b));
                    if (a.equals(b) || a.contains(b) || b.contains(a) || sameLast) { home = c; break; }
                }
                if (home != null) break;
            }
            if (home == null) clusters.add(home = new ArrayList<>());
            home.add(m);
        }
        List<LocalEntity> entities = new ArrayList<>();
        for (List<Mention> c : clusters) {
            String name = c.stream().map(Mention::text).max(java.util.Comparator.comparingInt(String::length)).orElseThrow();
            entities.add(new LocalEntity("e" + (entities.size() + 1), name, c.get(0).ner(),
                    c.stream().map(Mention::id).toList(), c.stream().map(Mention::text).distinct().toList(),
                    List.of(), List.of(), null));
        }
        return d.withEntities(entities);
    }

    /**
     * A copy of {@code d} with the POS tag of every token spelled {@code word} (case-sensitive) set to {@code pos},
     * for rules that depend on the tagger's reading of one word ("the report said": a noun, not a verb).
     */
    public static AnnotatedDocument withPos(AnnotatedDocument d, String word, String pos) {
        List<Token> tokens = new ArrayList<>();
        for (Token t : d.tokens()) {
            tokens.add(t.word().equals(word) ? new Token(t.index(), t.sentence(), t.start(), t.end(), t.word(), t.lemma(), pos, t.ner()) : t);
        }
        return d.withTokens(tokens, d.sentences());
    }

    /**
     * A copy of {@code d} whose blocks {@code first..last} (0-based paragraphs, inclusive) become one block of kind
     * {@code kind}, e.g. an embedded post with its byline line.
     */
    public static AnnotatedDocument withBlock(AnnotatedDocument d, int first, int last, BlockKind kind) {
        List<Block> blocks = new ArrayList<>(d.document().blocks());
        Block merged = new Block(new Span(blocks.get(first).span().start(), blocks.get(last).span().end()), kind);
        for (int i = last; i >= first; i--) blocks.remove(i);
        blocks.add(first, merged);
        Document o = d.document();
        Document doc = new Document(o.docId(), o.path(), o.format(), o.title(), o.date(), o.url(), o.text(), blocks,
                o.removed(), o.warnings());
        return new AnnotatedDocument(doc, d.tokens(), d.sentences(), d.mentions(), d.entities(), d.quotes(), d.layers());
    }

    private static String last(String name) {
        String[] w = name.split("\\s+");
        return w[w.length - 1];
    }

    private static boolean nextIsClosingQuote(String t, int end) {
        return end < t.length() && "\"”’'".indexOf(t.charAt(end)) >= 0
                && (end + 1 == t.length() || Character.isWhitespace(t.charAt(end + 1)));
    }

    private static String nerAt(int start, List<int[]> spans, List<String> types) {
        for (int i = 0; i < spans.size(); i++) {
            if (start >= spans.get(i)[0] && start < spans.get(i)[1]) return types.get(i);
        }
        return "O";
    }

    private static String pos(String word, String previous, String previousPos) {
        String w = word.toLowerCase();
        if (PRP.contains(w)) return "PRP";
        if (PRP$.contains(w)) return "PRP$";
        if (PREPOSITIONS.contains(w)) return "IN";
        if (w.equals("to")) return "TO";
        if (WH.contains(w)) return "WP";
        if (word.equals("(")) return "-LRB-"; // as CoreNLP tags brackets
        if (word.equals(")")) return "-RRB-";
        if (word.matches("\\p{Punct}|[“”‘’]")) return word;
        if (w.equals("'s") || w.equals("’s")) return "POS";
        String closed = CLOSED_CLASS.get(w);
        if (closed != null) return closed;
        if (w.matches("[\\d.,%$]+")) return "CD";
        if (Character.isUpperCase(word.charAt(0))) return "NNP";
        if (previous.equalsIgnoreCase("to")) return "VB";
        if (IRREGULAR_PAST.contains(w)) return "VBD";
        // after a subject ("Roe plans", "it shows", "the petition reads", "farmers say") a verb; elsewhere ("the
        // plans", "rejects claims of") a noun
        boolean afterSubject = previousPos.equals("NNP") || previousPos.equals("PRP") || previousPos.equals("NN")
                || previousPos.equals("NNS") || previousPos.equals("RB");
        if (PRESENT_VERBS.contains(w)) return afterSubject ? "VBZ" : "NNS";
        if (BASE_VERBS.contains(w)) return afterSubject ? "VBP" : "NN";
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && (previousPos.equals("NNP") || previousPos.equals("PRP"))) return "VBZ";
        if (w.endsWith("ed")) return "VBD";
        if (w.endsWith("ing")) return "VBG";
        if (w.endsWith("ly")) return "RB";
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) return "NNS";
        return "NN";
    }
}
