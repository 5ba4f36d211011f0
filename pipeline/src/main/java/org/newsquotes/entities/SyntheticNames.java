package org.newsquotes.entities;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Realistic synthetic personal names for the resolver benchmark and scale tests: given names and surnames from
 * Arabic, Persian, Russian/Ukrainian, Chinese, Turkish and European naming traditions, with some romanisation
 * variants, middle initials, bare surnames and Jr. suffixes mixed in. Seeded, so a run is repeatable.
 */
public final class SyntheticNames {
    private static final String[] GIVEN = {
        "Mohammed", "Muhammad", "Ahmed", "Ahmad", "Ali", "Hassan", "Hussein", "Omar", "Khaled", "Khalid", "Youssef",
        "Ibrahim", "Abdullah", "Mahmoud", "Mustafa", "Fatima", "Aisha", "Layla", "Mariam", "Noor", "Reza", "Mehdi",
        "Hossein", "Abbas", "Javad", "Masoud", "Esmaeil", "Narges", "Shirin", "Zahra", "Vladimir", "Sergei", "Sergey",
        "Dmitry", "Alexei", "Yulia", "Olena", "Oleksandr", "Volodymyr", "Mikhail", "Anna", "Natalia", "Wei", "Jing",
        "Li", "Xiaoming", "Jian", "Mei", "Hua", "Jun", "Mehmet", "Ahmet", "Mustafa", "Elif", "Zeynep", "Emre", "Burak",
        "John", "James", "Maria", "Anna", "Pierre", "Jean", "Hans", "Klaus", "Giulia", "Marco", "Carlos", "Sofia",
        "Lars", "Ingrid", "Piotr", "Katarzyna", "Jan", "Eva", "Thomas", "Sarah", "David", "Michael", "Elena"};
    private static final String[] SURNAME_PARTS_A = {
        "Al", "Ab", "Ha", "Kha", "Ma", "Na", "Ra", "Sa", "Ta", "Za", "Ba", "Da", "Fa", "Ga", "Ja", "Ka", "La", "Pa", "Qa",
        "Sha", "Ya", "Bo", "Ko", "Mo", "No", "Ro", "So", "To", "Vo", "Zo", "Be", "De", "Fe", "Ge", "He", "Ke", "Le", "Me",
        "Ne", "Pe", "Re", "Se", "Te", "Ve", "Ze", "Bi", "Di", "Fi", "Gi", "Ki", "Li", "Mi", "Ni", "Pi", "Ri", "Si", "Ti",
        "Vi", "Zhu", "Chen", "Wang", "Yil", "Kar", "Dem", "Ost", "Lin", "Berg", "Hof", "Schn", "Kow", "Nov", "Pet"};
    private static final String[] SURNAME_PARTS_B = {
        "mani", "hami", "zadeh", "nejad", "vand", "pour", "khani", "rani", "bari", "dari", "shemi", "rafi", "lavi",
        "danov", "kovich", "lenko", "shenko", "nsky", "ytsky", "rov", "lov", "tin", "gin", "din", "maz", "dogan",
        "kaya", "demir", "soy", "oglu", "han", "lin", "feng", "ming", "hao", "ster", "mann", "berg", "hardt", "ski",
        "wicz", "ova", "ssi", "elli", "ez", "es", "son", "sen", "ton", "ley", "field", "wood", "well", "ani", "awi",
        "oui", "ahi", "imi", "uddin", "ullah", "afi", "aei", "iri", "uri", "ash", "ush", "ik", "ek", "ak"};

    private static final String[] ORG_HEADS = {
        "National", "Islamic", "United", "Federal", "Democratic", "People's", "Royal", "Central", "Supreme",
        "International", "Arab", "European", "Iranian", "Russian", "Chinese", "Turkish", "Ukrainian", "Syrian", "Gulf"};
    private static final String[] ORG_BODIES = {
        "Ministry of Foreign Affairs", "Foreign Ministry", "Defence Ministry", "Security Council", "Assembly",
        "Bank", "Council", "Party", "Front", "Movement", "Court", "Agency", "Guard", "Army", "Press", "Commission",
        "Union", "Institute", "University", "Broadcasting Corporation", "News Agency", "Daily", "Oil Company"};

    private SyntheticNames() {}

    /**
     * {@code n} distinct organisation names built from common heads and bodies plus a made-up proper word
     * ("Kavani National Bank", "Iranian Foreign Ministry"), with some bare proper words and acronyms, as in news.
     */
    public static List<String> organisations(int n, long seed) {
        Random r = new Random(seed);
        Set<String> out = new LinkedHashSet<>();
        while (out.size() < n) {
            String proper = SURNAME_PARTS_A[r.nextInt(SURNAME_PARTS_A.length)] + SURNAME_PARTS_B[r.nextInt(SURNAME_PARTS_B.length)];
            String head = ORG_HEADS[r.nextInt(ORG_HEADS.length)];
            String body = ORG_BODIES[r.nextInt(ORG_BODIES.length)];
            int shape = r.nextInt(10);
            String name;
            if (shape == 0) name = proper;
            else if (shape == 1) name = head + " " + body;
            else if (shape == 2) {
                StringBuilder acr = new StringBuilder();
                for (int i = 0; i < 2 + r.nextInt(4); i++) acr.append((char) ('A' + r.nextInt(26)));
                name = acr.toString();
            } else if (shape < 6) name = proper + " " + head + " " + body;
            else name = proper + " " + body;
            out.add(name);
        }
        return new ArrayList<>(out);
    }

    /** {@code n} distinct names. */
    public static List<String> generate(int n, long seed) {
        Random r = new Random(seed);
        Set<String> out = new LinkedHashSet<>();
        while (out.size() < n) {
            String surname = SURNAME_PARTS_A[r.nextInt(SURNAME_PARTS_A.length)]
                    + SURNAME_PARTS_B[r.nextInt(SURNAME_PARTS_B.length)]
                    + (r.nextInt(3) == 0 ? SURNAME_PARTS_B[r.nextInt(SURNAME_PARTS_B.length)] : "");
            String given = GIVEN[r.nextInt(GIVEN.length)];
            int shape = r.nextInt(20);
            String name;
            if (shape == 0) name = surname;
            else if (shape == 1) name = given + " " + (char) ('A' + r.nextInt(26)) + ". " + surname;
            else if (shape == 2) name = given + " " + surname + " Jr.";
            else if (shape == 3) name = given + " " + GIVEN[r.nextInt(GIVEN.length)] + " " + surname;
            else name = given + " " + surname;
            out.add(name);
        }
        return new ArrayList<>(out);
    }
}
