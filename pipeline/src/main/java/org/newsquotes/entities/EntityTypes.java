package org.newsquotes.entities;

import java.util.Set;

/**
 * How the entity stage groups CoreNLP's fine-grained types.
 *
 * <p>Compatibility (used in and across documents):
 * <ul>
 *   <li>PERSON is compatible only with PERSON.</li>
 *   <li>ORGANIZATION, MISC and FACILITY ("organisation-like") are compatible with each other: CoreNLP tags
 *       newspapers, treaties and sites inconsistently among them.</li>
 *   <li>Places: COUNTRY, CITY, STATE_OR_PROVINCE and LOCATION are compatible with each other only through the
 *       alias table or an exact (key-equal) name: "Georgia" the country and the state share a spelling but a
 *       spelling rule must not turn a city into a country.</li>
 *   <li>NATIONALITY, RELIGION and IDEOLOGY only with themselves: "Iranian" is not "Iran".</li>
 * </ul>
 * Inside one document, CoreNLP's statistical tagger also confuses PERSON, LOCATION and ORGANIZATION for
 * unfamiliar foreign names ({@link #isStatisticalGuess}); the in-document clusterer lets such a mention join a
 * person named in full, and the type vote settles the type.
 */
public final class EntityTypes {
    /** The NER types that form entities; everything else (DATE, TITLE, NUMBER ...) is ignored by this stage. */
    public static final Set<String> ENTITY_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "COUNTRY", "CITY",
            "STATE_OR_PROVINCE", "NATIONALITY", "MISC", "FACILITY", "RELIGION", "IDEOLOGY");
    private static final Set<String> ORG_LIKE = Set.of("ORGANIZATION", "MISC", "FACILITY");
    private static final Set<String> PLACES = org.newsquotes.record.Mention.PLACE_TYPES;
    private static final Set<String> STATISTICAL = Set.of("PERSON", "LOCATION", "ORGANIZATION", "MISC");

    private EntityTypes() {}

    public static boolean isEntityType(String ner) { return ENTITY_TYPES.contains(ner); }

    /** A coarse group: PERSON, ORG, PLACE, or the type itself. */
    public static String group(String type) {
        if (ORG_LIKE.contains(type)) return "ORG";
        if (PLACES.contains(type)) return "PLACE";
        return type;
    }

    /** Types a spelling rule may merge: same type, or both organisation-like. */
    public static boolean spellingCompatible(String a, String b) {
        if (a.equals(b)) return true;
        return ORG_LIKE.contains(a) && ORG_LIKE.contains(b);
    }

    /** Types an exact name or the alias table may merge: same group (places merge with places). */
    public static boolean groupCompatible(String a, String b) {
        return group(a).equals(group(b));
    }

    /** Types CoreNLP's CRF assigns by guess to unfamiliar names (not from its gazetteers). */
    public static boolean isStatisticalGuess(String type) { return STATISTICAL.contains(type); }

    public static boolean isPlace(String type) { return PLACES.contains(type); }

    public static boolean isOrgLike(String type) { return ORG_LIKE.contains(type); }
}
