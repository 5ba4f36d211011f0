package org.newsquotes.quotes;

import org.newsquotes.record.Attribution;

/**
 * A person named as the subject of a speech verb after the quote ("“…,” Hugh Hill said"), before it ("Hugh Hill
 * told reporters: “…”"), or of a reporting verb of indirect speech. Appositions between the name and the verb are
 * skipped by {@link EvidencePicker} ("Hugh Hill, a doctor, said").
 */
public final class SpeechVerbSieve implements AttributionSieve {
    @Override public String method() { return "speech-verb"; }

    @Override public Attribution attribute(QuoteCandidate q, Evidence ev, AttributionContext ctx) {
        if (q.source() == null || ev == null || ev.type() != Evidence.Type.NAME) return null;
        if (!"PERSON".equals(ctx.typeOf(ev.mention()))) return null;
        return switch (q.source().position()) {
            case AFTER_NORMAL -> ctx.named(ev.mention(), ev, q.source().cue(), AttributionMethod.VERB_AFTER.label(), 0.9);
            case BEFORE -> ctx.named(ev.mention(), ev, q.source().cue(), AttributionMethod.VERB_BEFORE.label(), 0.85);
            case INDIRECT_SUBJECT -> ctx.named(ev.mention(), ev, q.source().cue(), AttributionMethod.INDIRECT_SUBJECT.label(), 0.8);
            default -> null;
        };
    }
}
