package org.newsquotes.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalStructure;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The arc-standard transition loop and forward pass of CoreNLP's neural dependency parser ({@code nndep}), run over
 * the weights and dictionaries of a loaded {@link DependencyParser}, giving <b>the same parse</b> as its
 * {@code predict} with less work per transition:
 * <ul>
 *   <li>words and tags are looked up in the parser's dictionaries once per sentence, not 36 times per transition;</li>
 *   <li>the stack, buffer and arcs are int arrays, not boxed lists and strings;</li>
 *   <li>precomputed hidden-layer products are found through an int-keyed table instead of a boxed hash map;</li>
 *   <li>the output layer and a new word's hidden-layer product run over their weights transposed, one input at a
 *       time across all outputs (loops the JIT turns into vector instructions), each sum in the same order as
 *       CoreNLP's, so every value is bit-identical.</li>
 * </ul>
 * Every arithmetic step is CoreNLP 4.5.10's ({@code Classifier.computeScores} with its word cache, cube activation,
 * the first best applicable transition), and the result goes through the same {@link GrammaticalStructure} as
 * {@code predict}'s (whose {@code typedDependencies()} corrects passive subjects), so the dependencies are identical;
 * {@code NndepInferenceIT} checks that on real text against {@code predict}. The weights are read from the parser's
 * private fields: {@link #of} returns null when they cannot be read or the model is not Universal Dependencies
 * English (another CoreNLP version or model), and the caller then uses {@code predict}.
 *
 * <p>Thread-safe: a parse holds its state in local arrays; the cache of word products is concurrent.
 */
final class NndepInference {
    private static final int NONEXIST = -1;
    private static final int NUM_TOKENS = 48;
    private static final int POS_OFFSET = 18;
    private static final int DEP_OFFSET = 36;
    private static final int STACK_OFFSET = 6;
    private static final int STACK_NUMBER = 6;
    private static final String UNKNOWN = "-UNKNOWN-";
    private static final String ROOT = "-ROOT-";
    private static final String NULL = "-NULL-";

    private final Map<String, Integer> wordIds;
    private final Map<String, Integer> posIds;
    private final float[] b1;
    private final float[][] w2;
    /** The parser's first-layer weights {@code W1} transposed: {@code w1t[feature column][unit]}. */
    private final float[][] w1t;
    /** {@link #w2} transposed and widened to double (as each product widens it): {@code w2t[unit][transition]}. */
    private final double[][] w2t;
    private final float[][] e;
    private final double[][] saved;
    private final IntTable preMap;
    private final int hidden;
    private final int embedding;
    /**
     * Each label's relation, as {@code predict} makes it, in the parser's label order; the transitions are L(label)
     * for each, then R(label) for each, then shift.
     */
    private final GrammaticalRelation[] relations;
    private final int[] labelFeature;
    private final int unknownWord;
    private final int unknownPos;
    private final int rootWord;
    private final int rootPos;
    private final int nullWord;
    private final int nullPos;
    private final int nullLabel;
    private final int cacheLimit;
    private final ConcurrentHashMap<Integer, float[]> cache = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    private NndepInference(DependencyParser p, int cacheLimit) throws ReflectiveOperationException {
        this.cacheLimit = cacheLimit;
        wordIds = (Map<String, Integer>) field(DependencyParser.class, "wordIDs").get(p);
        posIds = (Map<String, Integer>) field(DependencyParser.class, "posIDs").get(p);
        Map<String, Integer> labelIds = (Map<String, Integer>) field(DependencyParser.class, "labelIDs").get(p);
        List<String> known = (List<String>) field(DependencyParser.class, "knownLabels").get(p);
        Object classifier = field(DependencyParser.class, "classifier").get(p);
        Class<?> cc = classifier.getClass();
        float[][] w1 = (float[][]) field(cc, "W1").get(classifier);
        b1 = (float[]) field(cc, "b1").get(classifier);
        w2 = (float[][]) field(cc, "W2").get(classifier);
        e = (float[][]) field(cc, "E").get(classifier);
        saved = (double[][]) field(cc, "saved").get(classifier);
        Map<Integer, Integer> pre = (Map<Integer, Integer>) field(cc, "preMap").get(classifier);
        preMap = new IntTable(pre.size());
        pre.forEach(preMap::put);
        hidden = b1.length;
        embedding = e[0].length;
        if (w1.length != hidden || w1[0].length != embedding * NUM_TOKENS || saved == null)
            throw new ReflectiveOperationException("unexpected nndep shapes");
        w1t = new float[w1[0].length][hidden];
        for (int i = 0; i < hidden; i++) for (int c = 0; c < w1[i].length; c++) w1t[c][i] = w1[i][c];
        w2t = new double[hidden][w2.length];
        for (int r = 0; r < w2.length; r++) for (int i = 0; i < hidden; i++) w2t[i][r] = w2[r][i];
        // the parser's label dictionary less its first entry (-NULL-) is the transition system's label list
        String[] labels = known.subList(1, known.size()).toArray(new String[0]);
        if (w2.length != 2 * labels.length + 1) throw new ReflectiveOperationException("unexpected transition count");
        if (!String.valueOf(field(DependencyParser.class, "language").get(p)).equals("UniversalEnglish"))
            throw new ReflectiveOperationException("not a Universal Dependencies English model");
        Method relation = DependencyParser.class.getDeclaredMethod("makeGrammaticalRelation", String.class);
        relation.setAccessible(true);
        relations = new GrammaticalRelation[labels.length];
        labelFeature = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            relations[i] = (GrammaticalRelation) relation.invoke(p, labels[i]);
            labelFeature[i] = labelIds.get(labels[i]);
        }
        unknownWord = wordIds.get(UNKNOWN);
        unknownPos = posIds.get(UNKNOWN);
        rootWord = wordIds.getOrDefault(ROOT, unknownWord);
        rootPos = posIds.getOrDefault(ROOT, unknownPos);
        nullWord = wordIds.getOrDefault(NULL, unknownWord);
        nullPos = posIds.getOrDefault(NULL, unknownPos);
        nullLabel = labelIds.get(NULL);
    }

    /** The inference over {@code parser}'s weights, or null when its fields are not the ones this class reads. */
    static NndepInference of(DependencyParser parser, int cacheLimit) {
        try {
            return new NndepInference(parser, cacheLimit);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static Field field(Class<?> c, String name) throws NoSuchFieldException {
        Field f = c.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }

    /**
     * Parses a sentence of tagged tokens (CoreNLP's {@code predict} input) into the structure {@code predict} returns.
     */
    GrammaticalStructure predict(List<CoreLabel> tokens) {
        int n = tokens.size();
        String[] words = new String[n];
        String[] tags = new String[n];
        for (int i = 0; i < n; i++) {
            words[i] = tokens.get(i).word();
            tags[i] = tokens.get(i).tag();
        }
        int[][] parse = parse(words, tags);
        int[] head = parse[0];
        int[] label = parse[1];
        // as DependencyParser.predict builds it
        IndexedWord root = new IndexedWord(new Word("ROOT"));
        root.set(CoreAnnotations.IndexAnnotation.class, 0);
        List<TypedDependency> dependencies = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            IndexedWord word = new IndexedWord(tokens.get(i - 1));
            IndexedWord headWord = head[i] == 0 ? root : new IndexedWord(tokens.get(head[i] - 1));
            GrammaticalRelation r = head[i] == 0 ? GrammaticalRelation.ROOT : relations[label[i]];
            dependencies.add(new TypedDependency(r, headWord, word));
        }
        return new UniversalEnglishGrammaticalStructure(dependencies, new TreeGraphNode(root));
    }

    /** The head (0 the root) and label index of each word, 1-based: {@code {heads, labels}}. */
    int[][] parse(String[] words, String[] tags) {
        int n = words.length;
        // dictionary ids by token index: 0 is the root, -1 (NONEXIST) maps to slot n + 1
        int[] wordId = new int[n + 2];
        int[] posId = new int[n + 2];
        wordId[0] = rootWord;
        posId[0] = rootPos;
        for (int i = 1; i <= n; i++) {
            wordId[i] = wordIds.getOrDefault(words[i - 1], unknownWord);
            posId[i] = posIds.getOrDefault(tags[i - 1], unknownPos);
        }
        wordId[n + 1] = nullWord;
        posId[n + 1] = nullPos;
        int[] head = new int[n + 1];
        int[] label = new int[n + 1]; // index into labels, -1 while unattached
        java.util.Arrays.fill(head, NONEXIST);
        java.util.Arrays.fill(label, -1);
        int[] stack = new int[n + 1];
        int stackSize = 1; // stack[0] = 0, the root
        int bufferNext = 1;
        int[] feature = new int[NUM_TOKENS];
        double[] h = new double[hidden];
        double[] scores = new double[w2.length];
        int left = relations.length;
        while (!(stackSize == 1 && bufferNext > n)) {
            features(feature, stack, stackSize, bufferNext, n, head, label, wordId, posId);
            scores(feature, h, scores);
            int s0 = stackSize >= 1 ? stack[stackSize - 1] : NONEXIST;
            int s1 = stackSize >= 2 ? stack[stackSize - 2] : NONEXIST;
            boolean bufferLeft = bufferNext <= n;
            double best = Double.NEGATIVE_INFINITY;
            int chosen = -1;
            for (int j = 0; j < scores.length; j++) {
                if (scores[j] > best && canApply(j, left, s0, s1, stackSize, bufferLeft)) {
                    best = scores[j];
                    chosen = j;
                }
            }
            if (chosen < left) { // L(label): s1 <- s0
                head[s1] = s0;
                label[s1] = chosen;
                stack[stackSize - 2] = s0;
                stackSize--;
            } else if (chosen < 2 * left) { // R(label): s1 -> s0
                head[s0] = s1;
                label[s0] = chosen - left;
                stackSize--;
            } else {
                stack[stackSize++] = bufferNext++;
            }
        }
        return new int[][] {head, label};
    }

    /** ArcStandard.canApply with a single root: the root label only from the root, shifts while words wait. */
    private static boolean canApply(int j, int left, int s0, int s1, int stackSize, boolean bufferLeft) {
        if (j < 2 * left) {
            boolean isLeft = j < left;
            int labelIndex = isLeft ? j : j - left;
            int h = isLeft ? s0 : s1;
            if (h < 0) return false;
            boolean rootLabel = labelIndex == 0;
            if (h == 0 && !rootLabel) return false;
            if (h > 0 && rootLabel) return false;
            return isLeft ? stackSize > 2 : stackSize > 2 || (stackSize == 2 && !bufferLeft);
        }
        return bufferLeft;
    }

    /** DependencyParser.getFeatureArray over the int arrays. */
    private void features(int[] f, int[] stack, int stackSize, int bufferNext, int n, int[] head, int[] label,
                          int[] wordId, int[] posId) {
        for (int j = 2; j >= 0; --j) {
            int index = j < stackSize ? stack[stackSize - 1 - j] : NONEXIST;
            f[2 - j] = word(wordId, index, n);
            f[POS_OFFSET + (2 - j)] = pos(posId, index, n);
        }
        for (int j = 0; j <= 2; ++j) {
            int index = bufferNext + j <= n ? bufferNext + j : NONEXIST;
            f[3 + j] = word(wordId, index, n);
            f[POS_OFFSET + 3 + j] = pos(posId, index, n);
        }
        for (int j = 0; j <= 1; ++j) {
            int k = j < stackSize ? stack[stackSize - 1 - j] : NONEXIST;
            int base = j * STACK_NUMBER;
            put(f, base, leftChild(head, n, k, 1), n, head, label, wordId, posId);
            put(f, base + 1, rightChild(head, n, k, 1), n, head, label, wordId, posId);
            put(f, base + 2, leftChild(head, n, k, 2), n, head, label, wordId, posId);
            put(f, base + 3, rightChild(head, n, k, 2), n, head, label, wordId, posId);
            put(f, base + 4, leftChild(head, n, leftChild(head, n, k, 1), 1), n, head, label, wordId, posId);
            put(f, base + 5, rightChild(head, n, rightChild(head, n, k, 1), 1), n, head, label, wordId, posId);
        }
    }

    private void put(int[] f, int slot, int index, int n, int[] head, int[] label, int[] wordId, int[] posId) {
        f[STACK_OFFSET + slot] = word(wordId, index, n);
        f[POS_OFFSET + STACK_OFFSET + slot] = pos(posId, index, n);
        // a child has its arc, so its label is set (CoreNLP's dictionary has no id for an unset one)
        f[DEP_OFFSET + slot] = index <= 0 || index > n ? nullLabel : labelFeature[label[index]];
    }

    private static int word(int[] wordId, int index, int n) { return wordId[index < 0 || index > n ? n + 1 : index]; }

    private static int pos(int[] posId, int index, int n) { return posId[index < 0 || index > n ? n + 1 : index]; }

    private static int leftChild(int[] head, int n, int k, int cnt) {
        if (k < 0 || k > n) return NONEXIST;
        int c = 0;
        for (int i = 1; i < k; ++i) if (head[i] == k && ++c == cnt) return i;
        return NONEXIST;
    }

    private static int rightChild(int[] head, int n, int k, int cnt) {
        if (k < 0 || k > n) return NONEXIST;
        int c = 0;
        for (int i = n; i > k; --i) if (head[i] == k && ++c == cnt) return i;
        return NONEXIST;
    }

    /** Classifier.computeScores: hidden layer from precomputed or cached word products, cube, output layer. */
    private void scores(int[] feature, double[] h, double[] out) {
        java.util.Arrays.fill(h, 0.0);
        int offset = 0;
        for (int j = 0; j < feature.length; j++) {
            int tok = feature[j];
            int index = tok * NUM_TOKENS + j;
            int pre = preMap.get(index);
            if (pre >= 0) {
                double[] s = saved[pre];
                for (int i = 0; i < hidden; i++) h[i] += s[i];
            } else {
                float[] slice = cache.get(index);
                if (slice == null) {
                    slice = slice(tok, offset);
                    if (cache.size() < cacheLimit) cache.put(index, slice);
                }
                for (int i = 0; i < hidden; i++) h[i] += slice[i];
            }
            offset += embedding;
        }
        for (int i = 0; i < hidden; i++) {
            h[i] += b1[i];
            h[i] = h[i] * h[i] * h[i];
        }
        // the output layer one hidden unit at a time over every transition: each score is still summed over the
        // hidden units in CoreNLP's order (so bit-identical), but the inner loop runs over independent scores and
        // the JIT compiles it to vector instructions
        java.util.Arrays.fill(out, 0.0);
        int rows = out.length;
        for (int i = 0; i < hidden; i++) {
            double x = h[i];
            double[] t = w2t[i];
            for (int r = 0; r < rows; r++) out[r] += x * t[r];
        }
    }

    /**
     * Classifier.matrixMultiplySlice: one word's product with its block of W1, summed in double, kept as float. Runs
     * over {@link #w1t}, one embedding dimension at a time across all hidden units: each unit's sum still takes the
     * dimensions in CoreNLP's order (each product in float, as there), so the values are bit-identical, and the inner
     * loop over independent units vectorises.
     */
    private float[] slice(int tok, int offset) {
        float[] v = e[tok];
        double[] sum = new double[hidden];
        for (int j = 0; j < v.length; j++) {
            float x = v[j];
            float[] t = w1t[offset + j];
            for (int i = 0; i < hidden; i++) sum[i] += t[i] * x;
        }
        float[] out = new float[hidden];
        for (int i = 0; i < hidden; i++) out[i] = (float) sum[i];
        return out;
    }

    /** An open-addressing int-to-int table (-1 for absent keys); keys are non-negative. */
    static final class IntTable {
        private final int[] keys;
        private final int[] values;
        private final int mask;

        IntTable(int expected) {
            int size = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
            keys = new int[size];
            values = new int[size];
            java.util.Arrays.fill(keys, -1);
            mask = size - 1;
        }

        void put(int key, int value) {
            int i = mix(key) & mask;
            while (keys[i] != -1 && keys[i] != key) i = (i + 1) & mask;
            keys[i] = key;
            values[i] = value;
        }

        int get(int key) {
            int i = mix(key) & mask;
            while (true) {
                int k = keys[i];
                if (k == key) return values[i];
                if (k == -1) return -1;
                i = (i + 1) & mask;
            }
        }

        private static int mix(int x) {
            x *= 0x9E3779B9;
            return x ^ (x >>> 16);
        }
    }
}
