"""Wrapping and filling text: wrap, fill, shorten, dedent, indent and the TextWrapper behind them."""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# Only ASCII whitespace separates words (a non-breaking space does not).
_whitespace = '\t\n\x0b\x0c\r '
_WS = frozenset(_whitespace)
_WORD_PUNCT = frozenset('!"\'&.,?')


def _is_word(c):
    return c.isalnum() or c == '_'


def _is_letter(c):
    return (c.isalnum() or c == '_') and not c.isdecimal()


def _is_wp(c):
    return c in _WORD_PUNCT or c.isalnum() or c == '_'


def _dash_run_then_word(text, j, n):
    """Whether text[j:] is two or more '-' followed by a word character."""
    k = j
    while k < n and text[k] == '-':
        k += 1
    return k - j >= 2 and k < n and _is_word(text[k])


def _hyphen_breaks_after(text, j, n):
    """Whether a word may end with the hyphen at text[j]: 'ab-' or 'a-b-' before it, two letters after it."""
    letter = _is_letter
    if not ((j >= 2 and letter(text[j - 2]) and letter(text[j - 1]))
            or (j >= 3 and letter(text[j - 3]) and text[j - 2] == '-' and letter(text[j - 1]))):
        return False
    if j + 2 >= n or not letter(text[j + 1]):
        return False
    c = text[j + 2]
    return letter(c) or (c == '-' and j + 3 < n and letter(text[j + 3]))


def _split_chunks_hyphenated(text):
    """Whitespace runs, em-dashes between words and words, a word also ending after a hyphen between letters:
    "Hello there -- you goof-ball" is Hello/ /there/ /--/ /you/ /goof-/ball."""
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        c = text[i]
        if c in _WS:
            j = i + 1
            while j < n and text[j] in _WS:
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        if c == '-' and i > 0 and _is_wp(text[i - 1]) and _dash_run_then_word(text, i, n):
            j = i
            while text[j] == '-':
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        # The shortest word that ends at a place where one may end.
        j = i + 1
        while True:
            if j == n or text[j] in _WS:
                break
            if text[j] == '-' and _hyphen_breaks_after(text, j, n):
                j += 1
                break
            if _is_wp(text[j - 1]) and _dash_run_then_word(text, j, n):
                break
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _split_chunks_simple(text):
    """Whitespace runs and the runs of other characters between them."""
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        space = text[i] in _WS
        j = i + 1
        while j < n and (text[j] in _WS) == space:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _ends_sentence(chunk):
    """A lowercase ASCII letter, then '.', '!' or '?', then maybe a quote, at the end of the chunk."""
    n = len(chunk)
    if n and chunk[-1] in '"\'':
        n -= 1
    return n >= 2 and chunk[n - 1] in '.!?' and 'a' <= chunk[n - 2] <= 'z'


class TextWrapper:
    """Wraps paragraphs to lines of at most width characters; the options are public attributes."""

    def __init__(self, width=70, initial_indent='', subsequent_indent='', expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            for c in '\t\n\x0b\x0c\r':
                if c in text:
                    text = text.replace(c, ' ')
        return text

    def _split(self, text):
        if self.break_on_hyphens is True:
            return _split_chunks_hyphenated(text)
        return _split_chunks_simple(text)

    def _fix_sentence_endings(self, chunks):
        for i in range(len(chunks) - 1):
            if chunks[i + 1] == ' ' and _ends_sentence(chunks[i]):
                chunks[i + 1] = '  '

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        # A chunk longer than a whole line: split it (at a hyphen if one fits) or put it alone on a line.
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            chunk = reversed_chunks[-1]
            end = space_left
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and chunk[:hyphen].strip('-'):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        if self.width <= 0:
            raise ValueError('invalid width %r (must be > 0)' % (self.width,))
        placeholder = self.placeholder
        max_lines = self.max_lines
        if max_lines is not None:
            first = self.subsequent_indent if max_lines > 1 else self.initial_indent
            if len(first) + len(placeholder.lstrip()) > self.width:
                raise ValueError('placeholder too large for max width')
        drop = self.drop_whitespace
        lines = []
        chunks = chunks[::-1]
        while chunks:
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if drop and lines and not chunks[-1].strip():
                chunks.pop()
            line = []
            size = 0
            while chunks and size + len(chunks[-1]) <= width:
                chunk = chunks.pop()
                line.append(chunk)
                size += len(chunk)
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, line, size, width)
                size = sum([len(c) for c in line])
            if drop and line and not line[-1].strip():
                size -= len(line[-1])
                line.pop()
            if not line:
                continue
            if (max_lines is None or len(lines) + 1 < max_lines
                    or ((not chunks or (drop and len(chunks) == 1 and not chunks[0].strip()))
                        and size <= width)):
                lines.append(indent + ''.join(line))
                continue
            # The last line allowed: end it with the placeholder, dropping chunks until it fits.
            while line:
                if line[-1].strip() and size + len(placeholder) <= width:
                    line.append(placeholder)
                    lines.append(indent + ''.join(line))
                    return lines
                size -= len(line[-1])
                line.pop()
            if lines:
                previous = lines[-1].rstrip()
                if len(previous) + len(placeholder) <= self.width:
                    lines[-1] = previous + placeholder
                    return lines
            lines.append(indent + placeholder.lstrip())
            return lines
        return lines

    def wrap(self, text):
        """The lines of text wrapped, without final newlines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """The wrapped text as one string."""
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """text's words joined by single spaces, cut to fit width with the placeholder at the end."""
    wrapper = TextWrapper(width=width, max_lines=1, **kwargs)
    return wrapper.fill(' '.join(text.strip().split()))


def _blank(line):
    # Lines of only spaces and tabs count as empty (other whitespace, like '\r', does not).
    return not line.strip(' \t')


def dedent(text):
    """Removes the indentation (spaces and tabs) that all non-blank lines share; blank lines become empty."""
    lines = text.split('\n')
    margin = None
    for i, line in enumerate(lines):
        if _blank(line):
            lines[i] = ''
            continue
        indent = line[:len(line) - len(line.lstrip(' \t'))]
        if margin is None or indent.startswith(margin):
            if margin is None:
                margin = indent
        elif margin.startswith(indent):
            margin = indent
        else:
            k = 0
            while k < len(margin) and k < len(indent) and margin[k] == indent[k]:
                k += 1
            margin = margin[:k]
    if margin:
        cut = len(margin)
        lines = [line[cut:] if line else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Adds prefix to the lines for which predicate(line) is true (default: lines not only whitespace)."""
    out = []
    for line in text.splitlines(True):
        if (line.strip() if predicate is None else predicate(line)):
            out.append(prefix + line)
        else:
            out.append(line)
    return ''.join(out)
