#!/usr/bin/env python3
"""Regenerates the expected outputs of the parser tests with CPython 3.11.

corpus.txt / errors.txt hold snippets separated by lines of '====='.
corpus_expected.txt: one ast.dump() per snippet.
errors_expected.txt: one 'Kind<TAB>msg<TAB>lineno<TAB>offset' per snippet (compile() in exec mode).
"""
import ast
import os
import sys
import warnings

assert sys.version_info[:2] == (3, 11), "expected outputs must come from CPython 3.11"
here = os.path.dirname(os.path.abspath(__file__))


def snippets(name):
    with open(os.path.join(here, name), encoding="utf-8") as f:
        text = f.read()
    return [s[1:] if s.startswith("\n") else s for s in text.split("\n=====")]


warnings.simplefilter("ignore")
with open(os.path.join(here, "corpus_expected.txt"), "w", encoding="utf-8") as out:
    for src in snippets("corpus.txt"):
        out.write(ast.dump(ast.parse(src)) + "\n")

with open(os.path.join(here, "errors_expected.txt"), "w", encoding="utf-8") as out:
    for src in snippets("errors.txt"):
        try:
            compile(src, "t.py", "exec")
            raise SystemExit("no error for: %r" % src)
        except SyntaxError as e:
            out.write("%s\t%s\t%d\t%d\n" % (type(e).__name__, e.msg, e.lineno, e.offset))
