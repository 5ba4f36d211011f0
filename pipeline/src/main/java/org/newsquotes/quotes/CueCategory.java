package org.newsquotes.quotes;

import java.util.Locale;

/**
 * The categories of {@code models/quote-cues.txt} (the first word of each line). An unknown category in the file is a
 * setup error naming the line, never a lookup that is silently false.
 */
public enum CueCategory {
    /** "according to" and its variants. */
    ACCORDING_TO("according-to"),
    /**
     * Nouns that describe a person by age alone ("the teenager", "the pensioner"): like "the 23-year-old", they take up
     * the one person just named.
     */
    AGE_NOUN("age-noun"),
    /** Closing words of "as X put it". */
    AS_CUE("as-cue"),
    /**
     * Nouns naming a body that can speak ("the union said", "the council says"): they make words a report's source,
     * but unlike {@link #OUTLET} they do not resolve a description to a name nearby (as modifiers, "military
     * analysts", "party figures", they would).
     */
    BODY("body"),
    /** Verbs of intention and belief, contents only under the parc indirect-speech scope. */
    ATTITUDE_VERB("attitude-verb"),
    /**
     * Nouns of documents a source issues ("statement", "letter", "email"): '“…,” the statement said' speaks for whoever
     * issued it ({@link IssuedDocumentSieve}).
     */
    DOCUMENT_NOUN("document-noun"),
    /** Apostrophe elisions ('em, 'n', the '90s) that are no quotation marks. */
    ELISION("elision"),
    /** Verbs reporting findings ("the poll shows"). */
    FINDING_VERB("finding-verb"),
    /** Nouns of a poll, study or report whose opening "In …," phrase sources a clause ("In the latest poll, …"; parc only). */
    IN_SOURCE("in-source"),
    /**
     * Verbs of refusal ("declined", "refused"): "… but declined to comment" after reported content is the source's own
     * refusal to speak, not part of the content.
     */
    REFUSAL_VERB("refusal-verb"),
    /** Generic source nouns ("officials", "a source") never resolved to a person. */
    GENERIC("generic"),
    /** Reporting nouns ("claim", "statement"). */
    NOUN_CUE("noun-cue"),
    /**
     * Verbs of recalling and hearing whose object speaks through a participle after it ("recalled her mother telling
     * her", "heard an officer shouting"; {@link ObjectSpeaker}).
     */
    OBJECT_SPEAKER_VERB("object-speaker-verb"),
    /**
     * Nouns that fit any organisation ("company", "group", "agency"): "the company said" right after an organisation's
     * report goes on with it ({@link OrganisationSpeakerSieve}).
     */
    ORGANISATION_NOUN("organisation-noun"),
    /** Outlet nouns ("newspaper", "daily"). */
    OUTLET("outlet"),
    /**
     * Words that end a public body's name ("… Safety Administration", "District Court", "City Council"): such a body
     * is described by one of these words ("the agency"), never by a business noun ("the company"), so "the company
     * said" after a regulator's report is not the regulator ({@link OrganisationSpeakerSieve}).
     */
    PUBLIC_BODY("public-body"),
    /**
     * Phrases that open no reported content though a speech verb governs them: the terms a source spoke on
     * ("spoke on condition of anonymity"; "requested anonymity" is a request for it, a report of its own).
     */
    NOT_CONTENT("not-content"),
    /**
     * Words that stand for a whole answer or claim after a speech verb ("said yes", "say so", "said the same of
     * Roe"): their report's content under the parc indirect-speech scope.
     */
    PRO_FORM("pro-form"),
    /**
     * Nouns of people who speak on another's behalf ("spokesman", "press secretary"): by news convention "a spokesman
     * for Ann Roe said" gives Roe's words, while "an aide to Ann Roe said" gives the aide's own
     * ({@link EvidencePicker}).
     */
    PROXY_NOUN("proxy-noun"),
    /** NER types an entity must have to be a speaker. */
    SPEAKER_TYPE("speaker-type"),
    /**
     * Participles that after "be" name the subject's own state of mind ("is convinced that", "were worried about"):
     * the subject holds the view, so they are no passive report ({@link PassiveReport}).
     */
    STATE_PARTICIPLE("state-participle"),
    /** Words before a title in marks ("so-called", "titled"). */
    TITLE_CUE("title-cue"),
    /**
     * Nouns of works that carry a title ("book", "film", "show", "podcast"): a phrase in marks right after one is more
     * often the work's name than anyone's words (the memoir “Open Water”); a feature of {@link QuoteKindFilter}.
     */
    WORK_NOUN("work-noun");

    private final String label;

    CueCategory(String label) { this.label = label; }

    /** The category as written in the file. */
    public String label() { return label; }

    /** The category written {@code label}; fails naming the known ones when there is none. */
    public static CueCategory parse(String label) {
        for (CueCategory c : values()) if (c.label.equals(label.toLowerCase(Locale.ROOT))) return c;
        StringBuilder known = new StringBuilder();
        for (CueCategory c : values()) known.append(known.length() == 0 ? "" : ", ").append(c.label);
        throw new IllegalArgumentException("unknown cue category '" + label + "' (known: " + known + ")");
    }
}
