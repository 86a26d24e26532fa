"""Unix shell-style wildcards: '*' any run, '?' one character, '[seq]' and '[!seq]' character sets.

Patterns are translated to regular expressions, cached by pattern.
"""

import functools
import os
import posixpath
import re

__all__ = ['filter', 'fnmatch', 'fnmatchcase', 'translate']


def fnmatch(name, pat):
    """Whether name matches pat, both normalized with os.path.normcase first."""
    return fnmatchcase(os.path.normcase(name), os.path.normcase(pat))


@functools.lru_cache(maxsize=32768, typed=True)
def _compile_pattern(pat):
    if isinstance(pat, bytes):
        # bytes patterns go through str so every byte maps to one character
        regex = translate(str(pat, 'ISO-8859-1')).encode('ISO-8859-1')
    else:
        regex = translate(pat)
    return re.compile(regex).match


def filter(names, pat):
    """The names of the iterable names that match pat."""
    match = _compile_pattern(os.path.normcase(pat))
    if os.path is posixpath:
        return [name for name in names if match(name)]
    return [name for name in names if match(os.path.normcase(name))]


def fnmatchcase(name, pat):
    """Whether name matches pat, case-sensitively and without normcase."""
    return _compile_pattern(pat)(name) is not None


_STAR = object()  # a '*' token while translating; runs of them count once


def translate(pat):
    """The regular expression (a str) that matches exactly the names pat matches."""
    tokens = _tokens(pat)
    # A pattern is fixed text, then any number of "* text" pieces. Each star but the last is made atomic
    # (the shortest run reaching its text, never retried), which keeps matching linear in the name length.
    start = 0
    while start < len(tokens) and tokens[start] is not _STAR:
        start += 1
    out = tokens[:start]
    i = start
    while i < len(tokens):
        i += 1  # the star
        j = i
        while j < len(tokens) and tokens[j] is not _STAR:
            j += 1
        fixed = ''.join(tokens[i:j])
        if j == len(tokens):
            out.append('.*' + fixed)
        else:
            out.append(f'(?>.*?{fixed})')
        i = j
    return fr"(?s:{''.join(out)})\Z"


def _tokens(pat):
    """The pattern as a list of regex fragments and _STAR markers."""
    tokens = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not tokens or tokens[-1] is not _STAR:
                tokens.append(_STAR)
        elif c == '?':
            tokens.append('.')
        elif c == '[':
            end = _set_end(pat, i)
            if end < 0:
                tokens.append('\\[')
            else:
                tokens.append(_set(pat, i, end))
                i = end + 1
        else:
            tokens.append(re.escape(c))
    return tokens


def _set_end(pat, i):
    """The index of the ']' closing a set whose body starts at i, or -1 if it is unclosed."""
    if i < len(pat) and pat[i] == '!':
        i += 1
    if i < len(pat) and pat[i] == ']':
        i += 1  # a leading ']' belongs to the set
    end = pat.find(']', i)
    return end


def _set(pat, i, end):
    """The regex set for the body pat[i:end] of a '[...]'."""
    body = pat[i:end]
    if '-' not in body:
        body = body.replace('\\', r'\\')
    else:
        # split at the hyphens that separate ranges; a range's ends are kept apart from its hyphen
        pieces = []
        k = i + 2 if pat[i] == '!' else i + 1
        while True:
            k = pat.find('-', k, end)
            if k < 0:
                break
            pieces.append(pat[i:k])
            i = k + 1
            k = k + 3
        last = pat[i:end]
        if last:
            pieces.append(last)
        else:
            pieces[-1] += '-'
        # a range whose ends are reversed matches nothing: drop it, joining its neighbours
        for k in range(len(pieces) - 1, 0, -1):
            if pieces[k - 1][-1] > pieces[k][0]:
                pieces[k - 1] = pieces[k - 1][:-1] + pieces[k][1:]
                del pieces[k]
        body = '-'.join(p.replace('\\', r'\\').replace('-', r'\-') for p in pieces)
    # '&', '~' and '|' doubled may become set operations in future regex syntax
    body = re.sub(r'([&~|])', r'\\\1', body)
    if not body:
        return '(?!)'
    if body == '!':
        return '.'
    if body[0] == '!':
        return '[^' + body[1:] + ']'
    if body[0] in ('^', '['):
        return '[\\' + body + ']'
    return '[' + body + ']'
