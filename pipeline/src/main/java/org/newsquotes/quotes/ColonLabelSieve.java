package org.newsquotes.quotes;

import org.newsquotes.record.Attribution;
import org.newsquotes.record.LocalEntity;

/** "Hugh Hill: “…”" — a name label ending in a colon at the start of the quote's paragraph. */
public final class ColonLabelSieve implements AttributionSieve {
    @Override public String method() { return AttributionMethod.COLON_LABEL.label(); }

    @Override public Attribution attribute(QuoteCandidate q, Evidence ev, AttributionContext ctx) {
        if (q.source() == null || q.source().position() != SourcePhrase.Position.COLON_LABEL) return null;
        if (ev == null) return null;
        if (ev.type() == Evidence.Type.NAME) return ctx.named(ev.mention(), ev, ":", method(), 0.9);
        // a surname or full-name label ("SMITH:" in a transcript, "Smith:" in a headline) names a person the
        // document introduced, also when the tagger missed the name in the label
        String label = ev.text().strip();
        java.util.List<LocalEntity> people = ctx.index().peopleNamed(label);
        // "Mark Cuban:" where the tagger typed the label's name as something else: its surname names the person
        if (people.isEmpty() && label.indexOf(' ') > 0) people = ctx.index().peopleNamed(label.substring(label.lastIndexOf(' ') + 1));
        if (!people.isEmpty()) return ctx.entity(people.get(0), ev, ":", method(), 0.8);
        if (!label.equals(label.toUpperCase(java.util.Locale.ROOT))) return null;
        return new Attribution(label, null, null, ev.text(), ev.span(), ":", method(), 0.5);
    }
}
