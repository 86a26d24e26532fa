#!/usr/bin/env python3
"""Checks every check(...)/error(...) expectation of the builtins tests against this CPython.

Usage: python3 check_expectations.py  (run from any directory; needs CPython 3.11)
"""
import ast
import glob
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIT = r'"(?:[^"\\]|\\.)*"'
PAT = re.compile(r'\b(check|error)\(\s*(' + LIT + r'),\s*(' + LIT + r'(?:\s*\+\s*' + LIT + r')*)', re.S)


def literals(text):
    return ''.join(jstr(m[1:-1]) for m in re.findall(LIT, text))


def jstr(s):
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        if c == '\\':
            n = s[i + 1]
            if n == 'u':
                j = i + 1
                while s[j] == 'u':
                    j += 1
                out.append(chr(int(s[j:j + 4], 16)))
                i = j + 4
                continue
            out.append({'n': '\n', 't': '\t', 'r': '\r', 'b': '\b', 'f': '\f', '0': '\0'}.get(n, n))
            i += 2
        else:
            out.append(c)
            i += 1
    # join surrogate pairs written as two \\u escapes
    return ''.join(out).encode('utf-16', 'surrogatepass').decode('utf-16')


def run(src, env):
    """Evaluates an expression, or a few statements followed by an expression."""
    tree = ast.parse(src, mode='exec')
    last = tree.body.pop()
    exec(compile(tree, '<test>', 'exec'), env)
    return eval(compile(ast.Expression(last.value), '<test>', 'eval'), env)


def main():
    env = {'sys': sys}
    bad = 0
    total = 0
    for path in sorted(glob.glob(os.path.join(HERE, '*.java'))):
        src = open(path, encoding='utf-8').read()
        for kind, expr, expected in PAT.findall(src):
            expr, expected = literals(expr), literals(expected)
            total += 1
            saved = sys.stdin
            try:
                got = repr(run(expr, dict(env)))
                if kind == 'error':
                    got = 'no exception, got ' + got
            except Exception as e:
                got = type(e).__name__ + ': ' + str(e) if kind == 'error' else 'raised ' + repr(e)
            finally:
                sys.stdin = saved
            if got != expected:
                bad += 1
                print(f'{os.path.basename(path)}: {expr!r}\n  expected {expected!r}\n  CPython  {got!r}')
    print(f'{total} expectations, {bad} mismatches')
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
