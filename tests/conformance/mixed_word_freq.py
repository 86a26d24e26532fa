# A word-frequency counter over a block of text.
TEXT = """
It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was
the epoch of incredulity, it was the season of Light, it was the season of
Darkness, it was the spring of hope, it was the winter of despair, we had
everything before us, we had nothing before us, we were all going direct to
Heaven, we were all going direct the other way - in short, the period was so
far like the present period, that some of its noisiest authorities insisted
on its being received, for good or for evil, in the superlative degree of
comparison only.
"""

STOP_WORDS = ['the', 'of', 'it', 'was', 'we', 'in', 'to', 'a', 'or', 'for', 'on', 'that', 'so', 'its', 'us', 'all']

def normalize(word):
    word = word.lower()
    cleaned = ''
    for ch in word:
        if 'a' <= ch <= 'z' or ch == "'":
            cleaned += ch
    return cleaned

def count_words(text):
    counts = {}
    for raw in text.split():
        w = normalize(raw)
        if w:
            counts[w] = counts.get(w, 0) + 1
    return counts

counts = count_words(TEXT)
total = sum(counts.values())
print(f'total words: {total}, distinct: {len(counts)}')

# Top words, ties broken alphabetically
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
print('Top 10 words:')
for rank, (word, n) in enumerate(ranked[:10], start=1):
    bar = '#' * n
    print(f'{rank:>2}. {word:<12} {n:>3} {bar}')

# Without stop words
interesting = [(w, n) for w, n in ranked if w not in STOP_WORDS]
print('Top content words:', interesting[:8])

# Words by length
by_len = {}
for w in counts:
    by_len.setdefault(len(w), []).append(w)
for length in sorted(by_len):
    words = sorted(by_len[length])
    print(f'{length:2d} letters ({len(words)}): {", ".join(words[:6])}{" ..." if len(words) > 6 else ""}')

# Letter frequency
letters = {}
for ch in TEXT.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
top_letters = sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print('Top letters:', ' '.join(f'{c}={n}' for c, n in top_letters))
n_letters = sum(letters.values())
print(f'Share of e: {letters["e"] / n_letters:.2%}')

# Words appearing exactly once
hapax = sorted(w for w, n in counts.items() if n == 1)
print(len(hapax), 'words appear once; first five:', hapax[:5])

# Line statistics
lines = [l for l in TEXT.split('\n') if l.strip()]
for i, line in enumerate(lines, start=1):
    words = line.split()
    print(f'line {i:2d}: {len(words):2d} words, {len(line):3d} chars, longest={max(words, key=len)!r}')
print('average words per line:', round(sum(len(l.split()) for l in lines) / len(lines), 3))
