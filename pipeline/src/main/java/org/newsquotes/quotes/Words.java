package org.newsquotes.quotes;

import java.util.Set;

/**
 * The closed-class word tests of the quote stage, in one place: the pronoun lists (personal, subject, possessive,
 * source, relative, first and second person), the clause words the report and source patterns read (clause starters
 * and openers, auxiliaries, wh-words, negations, particles), one set of dashes and one definition of a finite verb,
 * so no rule carries its own variant.
 */
final class Words {
    /** Pronouns that can be the subject of a speech verb ("he said", "they told reporters"). */
    static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "it", "they", "i", "we");
    /** Pronouns only ever objects ("told them", "asked him"): no clause starts with one. */
    static final Set<String> OBJECT_PRONOUNS = Set.of("me", "him", "them", "us");
    /** Every personal pronoun: never a name, even when the tagger made it an entity mention. */
    static final Set<String> PRONOUNS = org.newsquotes.record.MentionKind.PRONOUNS;
    /** Possessive pronouns that can stand for a source ("his remarks", "their statement"). */
    static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "their", "its");
    /** Pronouns that can name a source: the subject pronouns and the possessives ("he said", "his words"). */
    static final Set<String> SOURCE_PRONOUNS = union(SUBJECT_PRONOUNS, POSSESSIVE_PRONOUNS);
    /** Relative pronouns that can be the subject of a speech verb and open a report about their antecedent ("who said"). */
    static final Set<String> RELATIVE_SUBJECTS = Set.of("who", "which");
    /** Pronouns that refer to a person ("he", "whom") and to a body or thing ("it", "which"): a speaker's type. */
    static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "him", "his", "her", "who", "whom", "whose");
    static final Set<String> NON_PERSONAL_PRONOUNS = Set.of("it", "its", "which");
    /** First- and second-person words: a quoted passage holding them is someone's speech. */
    static final Set<String> FIRST_PERSON = Set.of("i", "we", "me", "us", "my", "our", "myself", "ourselves");
    static final Set<String> SECOND_PERSON = Set.of("you", "your", "yourself", "yourselves");
    /** Contracted auxiliaries ("she’ll", "they’d"): finite whatever the tagger says. */
    private static final Set<String> CONTRACTED_AUXILIARIES = Set.of("'ll", "'d", "'re", "'ve", "'m");
    /** Words before which "'s" is "is" or "has", never a possessive: "he’s", "it's", "that's", "there’s", "who's". */
    private static final Set<String> CONTRACTED_IS_HOSTS = Set.of("he", "she", "it", "that", "there", "here", "what",
            "who", "where");


    // clause structure, shared by the report and source patterns
    /** Words that can start a clause (its subject or what opens it): "he", "the", "whether". */
    static final Set<String> CLAUSE_STARTERS = Set.of("he", "she", "it", "they", "we", "i", "you", "the", "a",
            "an", "this", "that", "these", "those", "there", "his", "her", "its", "their", "our", "some", "no", "all",
            "any", "every", "both", "each", "more", "many", "most", "such", "if", "whether", "why", "how", "what", "when");
    /** Words opening a correlative pair, tagged as conjunctions: "neither … nor", "either … or", "both … and". */
    static final Set<String> CORRELATIVES = Set.of("neither", "either", "both");
    /** One-word modifiers of a number: "about 20 people", "nearly half". */
    private static final Set<String> QUANTITY_MODIFIERS = Set.of("about", "around", "nearly", "almost", "roughly",
            "approximately", "over", "under", "only", "just", "some");
    /** Two-word modifiers of a number: "at least 14 people", "fewer than 30 boats". */
    private static final Set<String> QUANTITY_MODIFIER_PAIRS = Set.of("at least", "at most", "more than", "less than",
            "fewer than", "up to");
    /** Words that stand for a number: "half of the berths", "hundreds of families", "a third", "a fifth", "two-thirds". */
    private static final Set<String> NUMBER_WORDS = Set.of("half", "third", "thirds", "quarter", "quarters", "fifth",
            "fifths", "sixth", "seventh", "eighth", "ninth", "tenth", "tenths", "dozen", "dozens", "hundreds", "thousands",
            "millions", "billions");
    /** "am" or "pm", with or without full stops. */
    private static final String MERIDIEM_WORD = "[ap]\\.?m\\.?";
    /** A time of day as live blogs stamp their entries ({@link #isClockTime}). */
    private static final java.util.regex.Pattern CLOCK_TIME = java.util.regex.Pattern.compile("\\d{1,2}[:.]\\d{2}(" + MERIDIEM_WORD + ")?");
    static final Set<String> AFTER_VERB_ADVERBS = Set.of("then", "later", "now", "again", "today", "yesterday");
    static final Set<String> TRAILING_JUNK = Set.of("but", "and", "or", "while", "as", "which");
    /** Words tagged IN that start a clause or a report of their own, never an adverbial before the content. */
    static final Set<String> TRAILING_CLAUSE_OPENERS = Set.of("as", "while", "after", "before", "because",
            "although", "though", "when", "since", "even", "despite", "amid", "adding", "noting", "saying", "citing");
    /**
     * Words that may open an addressee ("told his aides", "urged her to run", "the", "asked both candidates whether",
     * "urged all sides to"), though they can open a clause too.
     */
    static final Set<String> OBJECT_DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its", "our", "both",
            "all", "each", "every");
    /** Conjunctions that join a second report to a first ("called the plan reckless and said …", "… but added …"). */
    static final Set<String> REPORT_CONJUNCTIONS = Set.of("and", "but");
    /**
     * Conjunctions that join a second report with a subject of its own to a first ("… and one in four said …", "…
     * while doctors warned …"); {@link #REPORT_CONJUNCTIONS} and the contrasting "while", "whereas".
     */
    static final Set<String> SECOND_REPORT_CONJUNCTIONS = Set.of("and", "but", "while", "whereas");
    /** Determiners that introduce someone not mentioned before ("a neighbour", "another witness"). */
    static final Set<String> INDEFINITE_DETERMINERS = Set.of("a", "an", "another", "one");

    /**
     * Determiners that stand for people by themselves as a subject ("Another adds: “…”", "Some argue that …", "Many
     * say …"): a source of their own, if an unnamed one.
     */
    static final Set<String> PRONOMINAL_DETERMINERS = Set.of("another", "some", "many", "several", "both", "few", "most");
    /** Prepositions after a passive participle that describes the noun before it ("accused of", "reported by"). */
    static final Set<String> PASSIVE_PREPOSITIONS = Set.of("of", "by");
    /** Words that open a list of members of the noun before them ("officials, including the mayor, said"). */
    static final Set<String> MEMBERSHIP_PREPOSITIONS = Set.of("including", "among", "like");
    /** Prepositions of the medium a report was made in: "said in a statement", "wrote on Facebook", "via a spokesman". */
    static final Set<String> MEDIUM_PREPOSITIONS = Set.of("in", "on", "via", "through");
    /** Reflexive pronouns: after a participle they name what its noun calls itself ("a group calling itself …"). */
    static final Set<String> REFLEXIVE_PRONOUNS = Set.of("itself", "themselves", "himself", "herself");
    /** Participles that give the name of the person the noun before them describes ("a retired nurse named Ann Roe"). */
    static final Set<String> NAMING_PARTICIPLES = Set.of("named", "called");
    /** Particles between an {@code np} verb and its noun phrase: "called for", "warned of", "spoke about". */
    static final Set<String> NP_PARTICLES = Set.of("for", "of", "about", "against", "on");
    /** Particles after which a verb of talking names its topic ("spoke about", "spoke of"; {@code prep} in speech-verbs.txt). */
    static final Set<String> TOPIC_PARTICLES = Set.of("about", "of", "against");
    static final Set<String> QUESTION_OR_EXCLAMATION = Set.of("?", "!");
    static final Set<String> NEGATIONS = Set.of("not", "never", "n't");
    /** The forms of "do" that carry a negation ("did not say", "doesn't comment"). */
    static final Set<String> DO_FORMS = Set.of("do", "does", "did");
    /** Finite forms of "be" and "have", which open a yes/no question ("Were you told …?", "Has she said …?"). */
    static final Set<String> BE_HAVE_FORMS = Set.of("is", "are", "was", "were", "am", "has", "have", "had");
    static final Set<String> WH_WORDS = Set.of("whether", "if", "why", "how", "what", "when", "where", "who", "whom", "which");
    static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "who", "what", "whom");
    /** Relative pronouns that stand for a clause's object or the object of a preposition ("in which", "of whom"). */
    static final Set<String> OBJECT_RELATIVES = Set.of("which", "whom");
    static final Set<String> NOT_ADVERBIAL_PREPOSITIONS = Set.of("that", "if", "whether", "because", "as",
            "while", "although", "though", "so", "than", "like", "of");
    /** Forms of "have", the auxiliary of a perfect ("and others have said"). */
    static final Set<String> HAVE_FORMS = Set.of("has", "have", "had");
    /** The forms of "be" and "have": a clause never ends on one of them ("the plan was", "officials had"). */
    static final Set<String> BE_AND_HAVE = Set.of("am", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had");
    /** Words that may stand between a source and its verb ("has also said", "was quoted as saying"). */
    static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "was", "were", "is", "are", "be", "been",
            "also", "later", "then", "further", "would", "will", "could", "once", "again", "previously", "quoted", "as",
            "reportedly", "repeatedly", "publicly", "recently", "earlier", "simply", "not", "did", "does", "do", "just",
            "flatly", "firmly", "never", "since", "now", "even", "already", "still", "too", "often", "sometimes", "always",
            "usually");
    /**
     * Conjunctions that only ever open a subordinate clause ("because he was not authorized", "although it rose"):
     * a finite verb after one is that clause's. "because of" is a preposition.
     */
    static final Set<String> SUBORDINATORS = Set.of("because", "although", "though", "unless", "whereas");

    /** A subordinator at {@code t} that opens a clause ({@link #SUBORDINATORS}, not "because of"). */
    static boolean opensSubordinateClause(DocumentIndex ix, int t) {
        return SUBORDINATORS.contains(ix.word(t)) && !ix.word(t + 1).equals("of");
    }

    /**
     * A subordinator ({@link #opensSubordinateClause}) or "while" at {@code t}: the clause it opens after a comma is set
     * against the one before ("…, while officials reported damage"), never that clause's report.
     */
    static boolean opensContrastingClause(DocumentIndex ix, int t) {
        return opensSubordinateClause(ix, t) || ix.word(t).equals("while");
    }

    /** Adjectives that date a role ("the former governor and current senator"). */
    static final Set<String> ROLE_TIME_ADJECTIVES = Set.of("current", "former", "future", "incoming", "outgoing", "onetime",
            "longtime");

    /**
     * "the former secretary of state and current nominee": an "and" at {@code t} after a noun, before a role dated by
     * an adjective of time, joins two roles of one person, no clause and no second person.
     */
    static boolean joinsRolesOfOne(DocumentIndex ix, int t) {
        return t > 0 && t + 1 < ix.tokenCount() && ix.word(t).equals("and") && ix.token(t - 1).pos().startsWith("NN")
                && ROLE_TIME_ADJECTIVES.contains(ix.word(t + 1));
    }

    /** Words that start a new clause: a speech verb after them belongs to another subject. */
    static final Set<String> CLAUSE_WORDS = Set.of("but", "and", "or", "after", "before", "when", "while", "because",
            "as", "that", "if", "since", "although", "though", "until", "so");
    /** Prepositions before a gerund whose subject is the main clause's ("by calling", "after saying"). */
    static final Set<String> GERUND_PREPOSITIONS = Set.of("by", "after", "before", "while", "without", "for", "upon", "in", "on");

    private Words() {}

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.Set<String> out = new java.util.HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }

    static boolean isDash(String token) { return org.newsquotes.record.Token.isDash(token); }

    /**
     * A hyphen standing alone between spaces, as a dash ("the prosecutor, Ann Roe - the senator asks"): typed
     * news often writes its dashes so; a hyphen inside a word ("three-term") is no token of its own, or has no spaces.
     */
    static boolean isSpacedHyphen(DocumentIndex ix, int t) {
        return ix.token(t).word().equals("-") && ix.token(t).standsApartIn(ix.text());
    }

    /**
     * A word a noun phrase's modifiers and head are made of, by its tag: a noun or name, an adjective, a determiner, a
     * number, a possessive pronoun or ending, or a hyphen inside a compound ("the town's two new ferry-boats").
     */
    static boolean isNounPhraseWord(DocumentIndex ix, int t) {
        String pos = ix.token(t).pos();
        return pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("DT") || pos.equals("CD") || pos.equals("PRP$")
                || pos.equals("POS") || pos.equals("HYPH");
    }

    /** A relative pronoun tagged as one ("which", "who", "what", "whom" with a W- tag): "the plan, which officials said …". */
    static boolean isRelativePronoun(DocumentIndex ix, int t) {
        return RELATIVE_PRONOUNS.contains(ix.word(t)) && ix.token(t).pos().startsWith("W");
    }

    /**
     * The last token of the hyphenated compound starting at {@code t} ("down - river", "first - time", "a - list"),
     * which the tokeniser splits at its hyphens; {@code t} itself when no hyphen follows it.
     */
    static int compoundEnd(DocumentIndex ix, int t) {
        int h = t;
        while (h + 2 < ix.tokenCount() && ix.token(h + 1).pos().equals("HYPH") && !ix.isPunct(h + 2)
                && ix.token(h + 1).start() == ix.token(h).end() && ix.token(h + 2).start() == ix.token(h + 1).end()) {
            h += 2;
        }
        return h;
    }

    /** The possessive ending as its own token: "'s", "’s" ("Monday's", "the mayor’s"). */
    static boolean isPossessive(String word) {
        return word.equals("'s") || word.equals("’s");
    }

    /** Tagged by NER as a time expression: a date, time, duration or set ("Tuesday", "a day", "every week"). */
    static boolean isTimeTagged(DocumentIndex ix, int t) {
        String ner = ix.token(t).ner();
        return ner.equals("DATE") || ner.equals("TIME") || ner.equals("DURATION") || ner.equals("SET");
    }

    /** A relative pronoun, or "that", which may be one ("the man that runs the port"). */
    static boolean isRelativeOrThat(DocumentIndex ix, int t) {
        return isRelativePronoun(ix, t) || ix.word(t).equalsIgnoreCase("that");
    }

    /**
     * A finite verb at token t: tagged VBD, VBZ, VBP or MD, or a contracted auxiliary ("she’ll"), or "'s" after a
     * pronoun that owns nothing ("he’s", "it's", "that’s", "there's": "is" or "has"; CoreNLP's tagger often reads the
     * typographic one as a possessive).
     */
    static boolean isFinite(DocumentIndex ix, int t) {
        if (t < 0 || t >= ix.tokenCount()) return false;
        String pos = ix.token(t).pos();
        if (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD")) return true;
        String w = ix.word(t);
        if (isPossessive(w)) return t > 0 && CONTRACTED_IS_HOSTS.contains(ix.word(t - 1));
        return CONTRACTED_AUXILIARIES.contains(w.replace('’', '\''));
    }

    /**
     * The number a quantity modifier at {@code t} modifies ("at least 14 people", "nearly half", "more than a third"):
     * its index, or {@code t} when no modifier of a number starts there.
     */
    static int afterQuantityModifier(DocumentIndex ix, int t, int end) {
        int n;
        if (t + 1 < end && QUANTITY_MODIFIER_PAIRS.contains(ix.word(t) + " " + ix.word(t + 1))) n = t + 2;
        else if (t < end && QUANTITY_MODIFIERS.contains(ix.word(t))) n = t + 1;
        else return t;
        if (n < end && ix.word(n).equals("a")) n++; // "nearly a third"
        return n < end && isNumber(ix, n) ? n : t;
    }

    /** A time of day as live blogs stamp their entries: "08:50", "9.45", "11:30am". */
    static boolean isClockTime(String word) {
        return CLOCK_TIME.matcher(word).matches();
    }

    /** "am" or "pm" as the tokenizer splits it from a time ("12:15am" → "12:15", "am"). */
    private static final java.util.regex.Pattern MERIDIEM = java.util.regex.Pattern.compile(MERIDIEM_WORD);

    /** A time zone written after a clock time ("GMT", "BST", "ET", "CEST"). */
    private static final java.util.regex.Pattern TIME_ZONE = java.util.regex.Pattern.compile("[A-Z]{2,4}");

    /**
     * The token after a live blog's time stamp opening at {@code t} ("08:50 — ", "12:15am — ", "9.45 pm - ", "11.42pm:
     * ", "14:05 GMT - "): a time of day, its "am" or "pm" when the tokenizer split them, perhaps a time zone, and a
     * dash or a colon; {@code t} when no stamp opens there.
     */
    static int afterTimeStamp(DocumentIndex ix, int t, int end) {
        if (t >= end || !isClockTime(ix.word(t))) return t;
        int k = t + 1;
        if (k < end && MERIDIEM.matcher(ix.word(k)).matches()) k++;
        if (k < end && TIME_ZONE.matcher(ix.token(k).word()).matches()) k++; // as written: "GMT", not "gmt"
        return k + 1 < end && (isDash(ix.word(k)) || ix.word(k).equals(":")) ? k + 1 : t;
    }

    /** A number or a word that stands for one: "14", "half", "hundreds". */
    static boolean isNumber(DocumentIndex ix, int t) {
        return ix.token(t).pos().equals("CD") || NUMBER_WORDS.contains(ix.word(t));
    }

    /** A common noun's tag, singular or plural ("NN", "NNS"; not a proper noun's "NNP"). */
    static boolean isCommonNounTag(String pos) {
        return pos.equals("NN") || pos.equals("NNS");
    }

    /** A verb or modal tag ("VBD", "VBZ", "MD", …): the word is some verb form, finite or not. */
    static boolean isVerbTag(String pos) {
        return pos.startsWith("VB") || pos.equals("MD");
    }

    /**
     * A word that opens a clause or phrase of its own after a comma: a clause word ({@link #CLAUSE_WORDS}: "and",
     * "because") or a trailing opener ({@link #TRAILING_CLAUSE_OPENERS}: "as", "adding"). Case as given.
     */
    static boolean opensOwnClause(String word) {
        return CLAUSE_WORDS.contains(word) || TRAILING_CLAUSE_OPENERS.contains(word);
    }

    /**
     * A clause word at token t ({@link #CLAUSE_WORDS}), except "so" before an adjective or adverb, which is an
     * intensifier inside a phrase ("seeing so many officers there was a relief").
     */
    static boolean isClauseWord(DocumentIndex ix, int t) {
        String w = ix.word(t);
        if (!CLAUSE_WORDS.contains(w)) return false;
        if (!w.equals("so") || t + 1 >= ix.tokenCount()) return true;
        String next = ix.token(t + 1).pos();
        return !next.startsWith("JJ") && !next.startsWith("RB");
    }
}
