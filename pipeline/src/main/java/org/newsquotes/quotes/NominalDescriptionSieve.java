package org.newsquotes.quotes;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsquotes.record.Attribution;
import org.newsquotes.record.LocalEntity;
import org.newsquotes.record.Mention;

/**
 * "the Iranian top diplomat said", "the spokesman added": a description resolved to the named person it describes.
 * The description's role phrases are matched against the roles seen with each person earlier in the document
 * ({@link AttributionContext#roles}, with synonyms from {@code speaker-roles.txt}); the most recently mentioned
 * matching person wins. Generic sources ("officials", "a source") and plural descriptions ("the Republican
 * candidates") are never resolved.
 */
public final class NominalDescriptionSieve implements AttributionSieve {
    /** How many sentences back a description may reach for its person. */
    static final int REACH = 25;

    @Override public String method() { return AttributionMethod.NOMINAL.label(); }

    @Override public Attribution attribute(QuoteCandidate q, Evidence ev, AttributionContext ctx) {
        if (q.source() == null || ev == null || ev.type() != Evidence.Type.DESCRIPTION) return null;
        String[] words = ev.text().toLowerCase(Locale.ROOT).split("\\s+");
        if (!definite(words) || pluralHead(ctx.index(), ev)) return null;
        for (String w : words) if (ctx.lexicon().isCue(CueCategory.GENERIC, w)) return null;
        List<String> described = ctx.describedRoles(words);
        if (described.isEmpty()) return null;
        Set<String> wanted = new HashSet<>(described);
        Set<String> seen = new HashSet<>();
        for (Mention m : ctx.mentionsBefore(ev.span().start(), REACH)) {
            LocalEntity e = ctx.index().entityOf(m);
            if (e == null || !"PERSON".equals(e.type()) || !seen.add(e.id())) continue;
            Set<String> roles = ctx.roles(e);
            // one of the description's phrases (each the longest at its place) must be a role of the person or a synonym
            for (String d : wanted) {
                if (roles.contains(d)) return ctx.entity(e, ev, q.source().cue(), method(), 0.7);
            }
        }
        return null;
    }

    /**
     * "the Republican candidates", "the party's senators": a plural head noun (the last noun before any preposition or
     * relative clause) describes several people, never the one person the rule would name.
     */
    static boolean pluralHead(DocumentIndex ix, Evidence ev) {
        int head = -1;
        for (int t = ev.firstToken(); t < ev.endToken() && t < ix.tokenCount(); t++) {
            String pos = ix.token(t).pos();
            if (t > ev.firstToken() && (pos.equals("IN") || pos.equals("TO") || pos.startsWith("W") || ix.isPunct(t))
                    && !Words.isPossessive(ix.word(t))) break;
            if (pos.startsWith("NN")) head = t;
        }
        return head >= 0 && (ix.token(head).pos().equals("NNS") || ix.token(head).pos().equals("NNPS"));
    }

    /** "the spokesman" / "Iran's top diplomat" describe one known person; "a spokesman" does not. */
    private static boolean definite(String[] words) {
        String first = words[0];
        return first.equals("the") || first.equals("this") || first.equals("that") || first.endsWith("'s") || first.endsWith("’s")
                || (words.length > 1 && Words.isPossessive(words[1]));
    }
}
