# Tests a text-processing package: `import pkg.mod as alias`, `from pkg import mod`, relative imports and shared stopwords.
import text.tokens as tok
from text import stats
from text.stopwords import STOP, add_stop
import text

DOC = """Compilers translate programs. A compiler for Python must agree with Python
on every printed character, so the compiler is tested against the interpreter.
Tests are programs too, and programs print things."""

words = tok.words(DOC)
print(len(words), "tokens;", words[:8])
print("sentences", tok.sentences(DOC))
print("stopwords", len(STOP), "package version", text.VERSION)
top = stats.top_words(words, 5)
print("top", top)
add_stop("programs")
add_stop("compiler")
print("stopwords now", len(STOP), "shared with stats:", len(stats.stopword_count()))
print("top after", stats.top_words(words, 5))
print("bigrams", stats.bigrams(words)[:4])
lengths = stats.length_histogram(words)
for n in sorted(lengths):
    print(f"{n:2d} {'*' * lengths[n]}")
print("calls to words()", tok.CALLS)
tok.words("one two")
print("calls to words()", tok.CALLS, text.tokens.CALLS)
