package org.newsquotes.record;

/** What a block of document text is, so later stages can treat captions and embeds apart from the article body. */
public enum BlockKind {
    /** The document title (from metadata or the first line of a plain-text article). */
    TITLE,
    /** A sub-heading inside the article. */
    HEADING,
    /** A body paragraph. */
    PARAGRAPH,
    /** A photo or figure caption. */
    CAPTION,
    /** An embedded social-media post (tweet, Instagram, ...) with its byline. */
    EMBED,
    /** A list item or other minor block. */
    OTHER
}
