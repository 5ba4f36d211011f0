import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * Reads hyphenated words (one per line) and prints those that CoreNLP's tokenizer, configured as our pipeline's,
 * keeps as one token, as written or with each part capitalised ("african-american" is one token as
 * "African-American"; "abu-dhabi" is split). Used by make-fine-grained-mapping.py.
 */
public class HyphenTokens {
    public static void main(String[] args) throws Exception {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize");
        p.setProperty("tokenize.options", "untokenizable=noneKeep,invertible=true");
        StanfordCoreNLP nlp = new StanfordCoreNLP(p);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        List<String> words = new ArrayList<>();
        for (String line; (line = in.readLine()) != null; ) if (!line.isBlank()) words.add(line.strip());
        Set<String> whole = new HashSet<>();
        for (int from = 0; from < words.size(); from += 5000) {
            List<String> chunk = words.subList(from, Math.min(words.size(), from + 5000));
            for (boolean capitalise : new boolean[] {false, true}) {
                StringBuilder text = new StringBuilder();
                List<int[]> spans = new ArrayList<>();
                for (String w : chunk) {
                    String form = capitalise ? capitalise(w) : w;
                    spans.add(new int[] {text.length(), text.length() + form.length()});
                    text.append(form).append(" .\n");
                }
                Annotation a = new Annotation(text.toString());
                nlp.annotate(a);
                Set<Long> tokenSpans = new HashSet<>();
                for (CoreLabel t : a.get(CoreAnnotations.TokensAnnotation.class)) {
                    tokenSpans.add(((long) t.beginPosition() << 32) | t.endPosition());
                }
                for (int i = 0; i < chunk.size(); i++) {
                    if (tokenSpans.contains(((long) spans.get(i)[0] << 32) | spans.get(i)[1])) whole.add(chunk.get(i));
                }
            }
        }
        for (String w : words) if (whole.contains(w)) System.out.println(w);
    }

    private static String capitalise(String w) {
        StringBuilder sb = new StringBuilder();
        for (String part : w.split("-", -1)) {
            if (sb.length() > 0) sb.append('-');
            sb.append(part.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return sb.toString();
    }
}
