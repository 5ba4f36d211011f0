#!/usr/bin/env python3
"""Derives the project's fine-grained NER mapping (models/ner-fine-grained-caseless.tab and
models/ner-fine-grained-cased.tab) from CoreNLP 4.5.10's own KBP gazetteers (regexner_caseless.tab,
regexner_cased.tab in the models jar), dropping only entries that can never match or that the project never uses:

* entries with a literal token containing a hyphen that CoreNLP's tokenizer never keeps as one token ("abu-dhabi",
  "iran-based", "beverly-hills-registered"): CoreNLP 4.5's English tokenizer splits most hyphenated words
  ("Iran - based"), so such a pattern never matches a token. They are most of the 586,731 entries. Hyphenated words
  the tokenizer keeps whole ("African-American", "co-founder", "non-aligned") are kept: bench/HyphenTokens.java
  asks the tokenizer, configured as the pipeline's, about every hyphenated word of the gazetteers;
* URL, EMAIL and HANDLE: regular expressions tried on every sentence, and types nothing downstream reads.

and rewriting the simple regular expressions into literal strings. Why: CoreNLP indexes a pattern by one of its
literal tokens and tries only the patterns whose literal occurs in the sentence, but a pattern without any literal
token ("U\.S\.", "Calif\.?", "P[Aa]\.?") is tried on every sentence: about 1,000 such patterns cost most of the
fine-grained step's time. A regex token built only from literal characters, escapes (\. \/), optional dots (\.?),
alternatives (a|b) and character lists ([Aa]) is expanded into the finite set of strings it matches; a string with
regex characters in it ("U.S.") is written as a TokensRegex entry with a quoted literal ( [{word:"U.S."}] ), which
CoreNLP indexes too. Matches, types, priorities and the POS check (applied after the match) are unchanged.

Everything else (CITY, COUNTRY, STATE_OR_PROVINCE, NATIONALITY, TITLE, RELIGION, IDEOLOGY, ...) is kept verbatim.
Measured effect: docs/performance.md.

usage: make-fine-grained-mapping.py CORENLP_MODELS_JAR OUT_DIR CLASSPATH
       (CLASSPATH: CoreNLP's jar and dependencies, e.g. "pipeline/target/newsquotes.jar:pipeline/target/lib/*")
"""
import os
import re
import subprocess
import sys
import zipfile

GAZ = "edu/stanford/nlp/models/kbp/english/gazetteers/"
REGEX_CHARS = re.compile(r"[\[\]?.\\^$()*+{}|]")  # CoreNLP's test for "not a literal" (ComplexNodePattern)
DROP_TYPES = {"URL", "EMAIL", "HANDLE"}


MAX_COMBINATIONS = 16


WHOLE = set()  # hyphenated words the tokenizer keeps as one token (filled in main)


def hyphenated(s):
    """True for a string that can never be one token: it has a hyphen and the tokenizer splits it."""
    return "-" in s and s != "-" and s not in WHOLE


def dead(pattern):
    for token in pattern.split():
        if not REGEX_CHARS.search(token) and hyphenated(token):
            return True
    return False


def tokenizer_keeps_whole(words, classpath):
    tool = os.path.join(os.path.dirname(os.path.abspath(__file__)), "HyphenTokens.java")
    out = subprocess.run(["java", "-Xmx2g", "-cp", classpath, tool], input="\n".join(sorted(words)),
                         capture_output=True, text=True, check=True).stdout
    return set(out.split())


def expand_token(token):
    """The strings a simple regex token matches, or None when it is not simple."""
    if not REGEX_CHARS.search(token):
        return [token]
    if "(" in token or ")" in token:
        return None
    out = []
    for alt in token.split("|"):
        strings = [""]
        i = 0
        while i < len(alt):
            c = alt[i]
            if c == "\\" and i + 1 < len(alt):
                options = [alt[i + 1]]
                i += 2
            elif c == "[":
                j = alt.find("]", i)
                body = alt[i + 1:j] if j > 0 else ""
                if j < 0 or not body or "-" in body or "^" in body or "\\" in body:
                    return None
                options = list(body)
                i = j + 1
            elif c in "?*+{}.^$]":
                return None
            else:
                options = [c]
                i += 1
            if i < len(alt) and alt[i] == "?":
                options = options + [""]
                i += 1
            elif i < len(alt) and alt[i] in "*+{":
                return None
            strings = [s + o for s in strings for o in options]
            if len(strings) > MAX_COMBINATIONS:
                return None
        out.extend(strings)
    return [s for s in dict.fromkeys(out) if s]


def rewrite(line):
    """The entry lines replacing one mapping line (the line itself when nothing simpler exists; [] when dead)."""
    fields = line.split("\t")
    pattern, rest = fields[0], fields[1:]
    if pattern.startswith("( ") or dead(pattern):
        return [] if dead(pattern) else [line]
    tokens = pattern.split()
    if not all(REGEX_CHARS.search(t) for t in tokens):
        return [line]  # already indexed by a literal token
    expanded = []
    for t in tokens:
        strings = expand_token(t)
        if strings is None:
            return [line]
        strings = [s for s in strings if not hyphenated(s)]
        if not strings:
            return []
        expanded.append(strings)
    combos = [[]]
    for strings in expanded:
        combos = [c + [s] for c in combos for s in strings]
        if len(combos) > MAX_COMBINATIONS:
            return [line]
    out = []
    for combo in combos:
        if not any(REGEX_CHARS.search(s) for s in combo):
            out.append("\t".join([" ".join(combo)] + rest))
        elif all('"' not in s for s in combo):
            nodes = " ".join('[{word:"%s"}]' % s for s in combo)
            out.append("\t".join(["( " + nodes + " )"] + rest))
        else:
            return [line]
    return out


def main():
    jar, out, classpath = sys.argv[1], sys.argv[2], sys.argv[3]
    os.makedirs(out, exist_ok=True)
    with zipfile.ZipFile(jar) as z:
        words = set()
        for src in ("regexner_caseless.tab", "regexner_cased.tab"):
            for l in z.read(GAZ + src).decode("utf-8").splitlines():
                for token in l.split("\t")[0].split():
                    if not REGEX_CHARS.search(token) and "-" in token and token != "-":
                        words.add(token)
        WHOLE.update(tokenizer_keeps_whole(words, classpath))
        print(f"{len(WHOLE)} of {len(words)} hyphenated gazetteer words stay one token")
        for src, dst in (("regexner_caseless.tab", "ner-fine-grained-caseless.tab"),
                         ("regexner_cased.tab", "ner-fine-grained-cased.tab")):
            lines = z.read(GAZ + src).decode("utf-8").splitlines()
            kept = []
            for l in lines:
                if l.strip() and l.split("\t")[1] not in DROP_TYPES:
                    kept.extend(rewrite(l))
            kept = list(dict.fromkeys(kept))
            always = sum(1 for l in kept if not l.startswith("( ")
                         and all(REGEX_CHARS.search(t) for t in l.split("\t")[0].split()))
            with open(f"{out}/{dst}", "w", encoding="utf-8", newline="\n") as f:
                f.write("\n".join(kept) + "\n")
            print(f"{dst}: {len(kept)} entries from {len(lines)} of {src}; {always} still tried on every sentence")


if __name__ == "__main__":
    main()
