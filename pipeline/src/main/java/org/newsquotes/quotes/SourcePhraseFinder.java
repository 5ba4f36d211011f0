package org.newsquotes.quotes;


/**
 * Finds the phrase naming a direct quote's speaker, by looking at the words around the quote marks within the
 * quote's own sentence (our own sentence bounds: sentence-final punctuation, another quote or the paragraph end,
 * so that a CoreNLP sentence break after {@code ?”} does not hide "the minister said").
 *
 * <p>An ordered list of source patterns ({@link SourcePattern}, one class each), most reliable first: a transcript
 * label ({@link TranscriptLabelSource}), a colon label that is no sentence ({@link ColonLabelSource}), a speech verb
 * right after the quote in either order ({@link AfterQuoteSource}), then a colon label that is a sentence, a
 * headline's quote labelled after a colon with who said it ({@link HeadlineQuoteLabelSource}), a
 * dash and a name signing a quote paragraph on the next line ({@link SignatureLineSource}), "as X
 * put it" ({@link AsPutItSource}), a speech verb before the quote ({@link BeforeQuoteSource}), "according to"
 * ({@link AccordingToSource}) and a headline's labelled claim ({@link LabelledClaimSource}). Works on tokens and
 * the document text only: no parse, no coreference. The word tests every pattern shares are in
 * {@link SourceReading}.
 */
public final class SourcePhraseFinder extends SourceReading {
    private final SourcePattern transcriptLabelSource;
    private final SourcePattern colonLabelSource;
    private final SourcePattern afterSource;
    private final SourcePattern asPutItSource;
    private final SourcePattern beforeSource;
    private final SourcePattern accordingToSource;
    private final SourcePattern labelledClaimSource;
    private final SourcePattern signatureLineSource;
    private final SourcePattern headlineQuoteLabelSource;

    public SourcePhraseFinder(QuoteLexicon lexicon) {
        super(lexicon);
        this.transcriptLabelSource = new TranscriptLabelSource(lexicon);
        this.colonLabelSource = new ColonLabelSource(lexicon);
        this.afterSource = new AfterQuoteSource(lexicon);
        this.asPutItSource = new AsPutItSource(lexicon);
        this.beforeSource = new BeforeQuoteSource(lexicon);
        this.accordingToSource = new AccordingToSource(lexicon);
        this.labelledClaimSource = new LabelledClaimSource(lexicon);
        this.signatureLineSource = new SignatureLineSource(lexicon);
        this.headlineQuoteLabelSource = new HeadlineQuoteLabelSource(lexicon);
    }

    /** The source phrase of a marked quote, or null when none is near. */
    public SourcePhrase find(DocumentIndex ix, QuoteCandidate q) {
        SourcePhrase transcript = transcriptLabelSource.find(ix, q);
        if (transcript != null) return transcript;
        SourcePhrase label = colonLabelSource.find(ix, q);
        // a label with a finite verb is a sentence ("Senator Roe scolded him:"): a speech verb at the quote comes first
        boolean sentenceLabel = label != null && hasFinite(ix, label.firstToken(), label.endToken());
        if (label != null && !sentenceLabel) return label;
        SourcePhrase after = afterSource.find(ix, q);
        if (after != null) return after;
        if (label != null) return label;
        SourcePhrase headline = headlineQuoteLabelSource.find(ix, q);
        if (headline != null) return headline;
        SourcePhrase signature = signatureLineSource.find(ix, q);
        if (signature != null) return signature;
        SourcePhrase asPutIt = asPutItSource.find(ix, q);
        if (asPutIt != null) return asPutIt;
        SourcePhrase before = beforeSource.find(ix, q);
        if (before != null) return before;
        SourcePhrase according = accordingToSource.find(ix, q);
        return according != null ? according : labelledClaimSource.find(ix, q);
    }

    /**
     * The source of a paragraph that repeats the opening mark of a quote begun earlier: a transcript label or a
     * speech verb right after its closing mark; null (the quote continues its speaker) otherwise.
     */
    public SourcePhrase continuationSource(DocumentIndex ix, QuoteCandidate q) {
        SourcePhrase transcript = transcriptLabelSource.find(ix, q);
        return transcript != null ? transcript : afterSource.find(ix, q);
    }
}
