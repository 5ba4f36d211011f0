/**
 * Entities: in-document clustering of mentions ({@link org.newsquotes.entities.InDocumentClusterer}, a phase-1
 * stage), the rule-based {@link org.newsquotes.entities.NameMatcher} with its
 * {@link org.newsquotes.entities.TransliterationKey}, the curated lists of {@code models/}
 * ({@link org.newsquotes.entities.EntityKnowledge}), and the corpus-wide
 * {@link org.newsquotes.entities.EntityResolver} (phase 2), whose pieces (nodes, blocking keys, candidate pairs,
 * decisions, components, naming) a Spark job composes one by one.
 *
 * <p>Why no phonetic code: measured on the project's pair list ({@code PhoneticCodesMeasurementTest}), every
 * commons-codec code stays below precision 0.84 on look-alikes (Gaza / Giza, Niger / Nigeria, Maria / Mario), while
 * the rules reach precision 1.000 at recall 0.952.
 */
package org.newsquotes.entities;
