package org.newsquotes.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.Block;
import org.newsquotes.record.BlockKind;
import org.newsquotes.record.LocalEntity;
import org.newsquotes.record.Mention;
import org.newsquotes.record.Sentence;
import org.newsquotes.record.Span;
import org.newsquotes.record.Token;

/**
 * Look-up tables over one annotated document that the quote rules share: token by offset, mention by token,
 * entity by mention, paragraph by offset. Names inside a wire dateline ({@link Dateline}) are no mentions here. Built once per document in linear time; read-only afterwards.
 */
public final class DocumentIndex {
    private final AnnotatedDocument doc;
    private final String text;
    private final int[] tokenStarts;
    private final Mention[] mentionByToken;
    private final Map<String, LocalEntity> entityByMention = new HashMap<>();
    private final Map<String, LocalEntity> entityById = new HashMap<>();
    private final List<int[]> paragraphs;
    private final int[] paragraphStarts;
    /** Per paragraph, the end of its opening dateline, or -1. */
    private final int[] datelineEnds;
    /** The spans of the document's title blocks ({@link BlockKind#TITLE}). */
    private final List<Span> titles = new ArrayList<>();

    public DocumentIndex(AnnotatedDocument doc) {
        this.doc = doc;
        this.text = doc.text();
        List<Token> tokens = doc.tokens();
        tokenStarts = new int[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) tokenStarts[i] = tokens.get(i).start();
        paragraphs = QuoteMarkScanner.paragraphs(text);
        paragraphStarts = new int[paragraphs.size()];
        datelineEnds = new int[paragraphs.size()];
        for (int i = 0; i < paragraphs.size(); i++) {
            paragraphStarts[i] = paragraphs.get(i)[0];
            datelineEnds[i] = Dateline.end(text, paragraphs.get(i)[0], paragraphs.get(i)[1]);
        }
        mentionByToken = new Mention[tokens.size()];
        for (Mention m : doc.mentions()) {
            // taggers sometimes make pronouns entity mentions; a pronoun is never a name here
            if (Words.PRONOUNS.contains(m.text().toLowerCase(java.util.Locale.ROOT))) continue;
            if (inDateline(m.start())) continue; // where the story was filed, not who speaks
            for (int t = m.firstToken(); t < m.endToken() && t < mentionByToken.length; t++) {
                if (mentionByToken[t] == null) mentionByToken[t] = m;
            }
        }
        for (LocalEntity e : doc.entities()) {
            entityById.put(e.id(), e);
            for (String mid : e.mentionIds()) entityByMention.put(mid, e);
        }
        for (Block b : doc.document().blocks()) if (b.kind() == BlockKind.TITLE) titles.add(b.span());
    }

    /** True when span {@code s} lies inside a title block of the document ({@link BlockKind#TITLE}). */
    public boolean inTitle(Span s) {
        for (Span t : titles) if (t.start() <= s.start() && s.end() <= t.end()) return true;
        return false;
    }

    /** True when {@code offset} lies in a paragraph's opening dateline ({@link Dateline}). */
    public boolean inDateline(int offset) {
        if (paragraphStarts.length == 0) return false;
        int p = paragraphOf(offset);
        return offset >= paragraphStarts[p] && offset < datelineEnds[p];
    }

    public AnnotatedDocument document() { return doc; }

    public String text() { return text; }

    public List<Token> tokens() { return doc.tokens(); }

    public Token token(int i) { return doc.tokens().get(i); }

    public int tokenCount() { return tokenStarts.length; }

    /** Index of the first token starting at or after {@code offset} ({@link #tokenCount()} if none). */
    public int firstTokenAtOrAfter(int offset) {
        int i = Arrays.binarySearch(tokenStarts, offset);
        return i >= 0 ? i : -i - 1;
    }

    /**
     * The index of the sentence holding the first token at or after {@code offset} (the last token's sentence when
     * {@code offset} lies past every token start): where words starting at a character offset stand, such as a
     * quote's content. The document must have a token.
     */
    public int sentenceAtOrAfter(int offset) {
        return token(Math.min(firstTokenAtOrAfter(offset), tokenCount() - 1)).sentence();
    }

    /** Index of the last token starting before {@code offset}, or -1. */
    public int lastTokenBefore(int offset) {
        return firstTokenAtOrAfter(offset) - 1;
    }

    /**
     * The first token at or after {@code t} that lies outside a wire dateline ({@link Dateline}): where a sentence
     * that opens a dated paragraph really starts ("SAN JOSE, Calif. (Reuters) - Shares fell …" starts at "Shares").
     */
    public int afterDateline(int t) {
        while (t < tokenCount() && inDateline(token(t).start())) t++;
        return t;
    }

    /**
     * Where sentence {@code s}'s own words start: its first token after a wire dateline ("MADRID - Spain recorded …"
     * starts at "Spain") or a live blog's time stamp ("11.42pm: Turnout is up …" at "Turnout"; {@link
     * Words#afterTimeStamp}), the start every report pattern reads a subject or a clause from.
     */
    public int clauseStart(Sentence s) {
        return Words.afterTimeStamp(this, afterDateline(s.firstToken()), s.endToken());
    }

    /** The sentence containing token {@code t}. */
    public Sentence sentenceOf(int t) { return doc.sentences().get(token(t).sentence()); }

    public Mention mentionAt(int t) { return t >= 0 && t < mentionByToken.length ? mentionByToken[t] : null; }

    public LocalEntity entityOf(Mention m) { return m == null ? null : entityByMention.get(m.id()); }

    public LocalEntity entity(String id) { return entityById.get(id); }

    /**
     * The document's people whose name is {@code label} or, for names of two words or more, ends in it ("Cole" for
     * Brian Cole), in the order the document's entities come; case is ignored.
     */
    public List<LocalEntity> peopleNamed(String label) {
        List<LocalEntity> out = new java.util.ArrayList<>();
        for (LocalEntity e : doc.entities()) {
            if (!"PERSON".equals(e.type())) continue;
            String[] words = e.name().split("\\s+");
            if (e.name().equalsIgnoreCase(label) || (words.length > 1 && words[words.length - 1].equalsIgnoreCase(label))) out.add(e);
        }
        return out;
    }

    /**
     * The document's organisations whose name opens with {@code label} as whole words and goes on ("Orchard" for
     * Orchard Inc., "Norvell" for Norvell Semiconductors; not "Twitter" for "Twitter and Facebook"), in the order the
     * document's entities come; case is ignored.
     */
    public List<LocalEntity> organisationsOpeningWith(String label) {
        List<LocalEntity> out = new java.util.ArrayList<>();
        String prefix = label.toLowerCase(java.util.Locale.ROOT) + " ";
        for (LocalEntity e : doc.entities()) {
            String name = e.name().toLowerCase(java.util.Locale.ROOT);
            if (!"ORGANIZATION".equals(e.type()) || !name.startsWith(prefix)) continue;
            // "Twitter and Facebook" tagged as one name is two organisations, not Twitter's full name
            String rest = name.substring(prefix.length());
            if (!rest.startsWith("and ") && !rest.startsWith("& ")) out.add(e);
        }
        return out;
    }

    /** Lower-cased word of token t, or "" outside the document. */
    public String word(int t) {
        return t >= 0 && t < tokenStarts.length ? token(t).word().toLowerCase(java.util.Locale.ROOT) : "";
    }

    /** The first character of token t in the document text (robust to PTB quote normalisation of words). */
    public char firstChar(int t) {
        return t >= 0 && t < tokenStarts.length && token(t).end() > token(t).start() ? text.charAt(token(t).start()) : '\0';
    }

    /** True when token t is a punctuation or quote mark. */
    public boolean isPunct(int t) {
        if (t < 0 || t >= tokenStarts.length) return true;
        Token tok = token(t);
        String s = text.substring(tok.start(), tok.end());
        return !s.isEmpty() && s.chars().noneMatch(Character::isLetterOrDigit);
    }

    public int paragraphCount() { return paragraphs.size(); }

    /** Index of the paragraph containing {@code offset} (or the nearest one before it). */
    public int paragraphOf(int offset) {
        int i = Arrays.binarySearch(paragraphStarts, offset);
        return i >= 0 ? i : Math.max(0, -i - 2);
    }

    public int paragraphStart(int p) { return paragraphs.get(p)[0]; }

    public int paragraphEnd(int p) { return paragraphs.get(p)[1]; }
}
