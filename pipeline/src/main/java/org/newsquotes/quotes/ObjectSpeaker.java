package org.newsquotes.quotes;

/**
 * "She recalled her mother telling her: “…”", "Witnesses heard an officer, Sgt. Ann Kemp, shouting that …": a speech
 * participle whose subject is the object of a verb of recalling or hearing before it ({@code object-speaker-verb} in
 * {@code quote-cues.txt}). That object is the speaker, not the verb's own subject, who only passes the words on. The
 * object is a short noun phrase (an apposition between commas included), with "as" or nothing between it and the
 * participle, whose verb brings words, not only a topic ("recalled Obama talking about the book" is the one who
 * recalls' report, as PolNeAR marks it). Verbs of quoting are not among them: "CNN quoted a witness as saying …" credits CNN, as PARC and PolNeAR
 * do.
 */
final class ObjectSpeaker {
    /** Longest object read, in tokens ("the harbour master, Tom Vell,"). */
    static final int MAX_OBJECT = 10;

    private ObjectSpeaker() {}

    /**
     * The source phrase of the object speaking through the participle at {@code v} (cue: the participle), or null when
     * {@code v} is no such participle; {@code from} bounds the search backwards.
     */
    static SourcePhrase of(DocumentIndex ix, QuoteLexicon lexicon, int from, int v, SourcePhrase.Position position) {
        if (v < 2 || !ix.token(v).pos().equals("VBG")) return null;
        // a verb that brings words ("saying", "telling", "shouting"), not only a topic ("talking about the book")
        QuoteLexicon.SpeechVerb verb = lexicon.verbOfEitherScopeAt(ix, v);
        if (verb == null || !(verb.bareClause() || verb.addressee() || verb.weak())) return null;
        int end = ix.word(v - 1).equals("as") ? v - 1 : v;
        // back over the noun phrase: determiners, adjectives, nouns, names, possessives and an apposition's commas
        int k = end - 1;
        while (k > from && end - k <= MAX_OBJECT && objectWord(ix, k)) k--;
        if (k >= end - 1 || !isObjectSpeakerVerb(ix, lexicon, k)) return null;
        int start = k + 1;
        int e = end;
        while (e > start && ix.firstChar(e - 1) == ',') e--; // "the harbour master, Tom Vell," ends at the name
        if (!ix.token(e - 1).pos().startsWith("NN") && !ix.token(e - 1).pos().equals("PRP")) return null;
        return new SourcePhrase(position, start, e, v, SourcePhraseFinder.cueText(ix, v, v + 1));
    }

    private static boolean objectWord(DocumentIndex ix, int t) {
        String pos = ix.token(t).pos();
        return pos.equals("DT") || pos.startsWith("JJ") || pos.startsWith("NN") || pos.equals("PRP$") || pos.equals("POS")
                || pos.equals("CD") || pos.equals("HYPH") || ix.firstChar(t) == ',' || ix.mentionAt(t) != null
                || (pos.equals("PRP") && Words.OBJECT_PRONOUNS.contains(ix.word(t)));
    }

    private static boolean isObjectSpeakerVerb(DocumentIndex ix, QuoteLexicon lexicon, int t) {
        return ix.token(t).pos().startsWith("VB") && (lexicon.isCue(CueCategory.OBJECT_SPEAKER_VERB, ix.word(t))
                || lexicon.isCue(CueCategory.OBJECT_SPEAKER_VERB, ix.token(t).lemma()));
    }
}
