#!/usr/bin/env python3
"""Regenerate the expected outputs of the conformance programs with CPython 3.11.

For every NAME.py in this folder (or only the names given on the command line):
  * stdin  = NAME.in if it exists, else empty
  * argv   = [NAME.py] + the lines of NAME.args if it exists (one argument per line)
  * writes NAME.out  = stdout, byte for byte
  * writes NAME.exit = "<exit code>\\n<last non-empty stderr line>\\n" when the exit code is
    not 0; removes a stale NAME.exit when the exit code is 0.

Usage (from the repository root):
  python3 tests/conformance/regen.py                 # all programs
  python3 tests/conformance/regen.py int_big err_key  # only these (with or without .py)
  python3 tests/conformance/regen.py --check          # run each program twice with different
                                                      # PYTHONHASHSEED and compare with the
                                                      # committed files; writes nothing
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TIMEOUT = 120


def programs(names):
    if not names:
        return sorted(f[:-3] for f in os.listdir(HERE)
                      if f.endswith('.py') and f != 'regen.py')
    out = []
    for n in names:
        n = os.path.basename(n)
        if n.endswith('.py'):
            n = n[:-3]
        if not os.path.exists(os.path.join(HERE, n + '.py')):
            sys.exit('no such program: ' + n)
        out.append(n)
    return out


def run(name, hashseed):
    path = os.path.join(HERE, name + '.py')
    args = []
    args_file = os.path.join(HERE, name + '.args')
    if os.path.exists(args_file):
        with open(args_file, encoding='utf-8') as f:
            args = f.read().split('\n')
        if args and args[-1] == '':
            args.pop()
    stdin = b''
    in_file = os.path.join(HERE, name + '.in')
    if os.path.exists(in_file):
        with open(in_file, 'rb') as f:
            stdin = f.read()
    env = dict(os.environ)
    env['PYTHONHASHSEED'] = str(hashseed)
    env['PYTHONIOENCODING'] = 'utf-8'
    env['PYTHONUTF8'] = '1'
    env['PYTHONDONTWRITEBYTECODE'] = '1'
    for var in ('PYTHONSTARTUP', 'PYTHONWARNINGS', 'PYTHONINSPECT'):
        env.pop(var, None)
    proc = subprocess.run([sys.executable, path] + args, input=stdin,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          cwd=HERE, env=env, timeout=TIMEOUT)
    err_lines = [l for l in proc.stderr.decode('utf-8', 'replace').splitlines() if l.strip()]
    last = err_lines[-1] if err_lines else ''
    return proc.stdout, proc.returncode, last


def expected_exit_text(code, last):
    return '' if code == 0 else '%d\n%s\n' % (code, last)


def read(path, mode='rb'):
    if not os.path.exists(path):
        return None
    with open(path, mode) as f:
        return f.read()


def main(argv):
    check = '--check' in argv
    names = programs([a for a in argv if a != '--check'])
    if sys.version_info[:2] != (3, 11):
        sys.exit('regen.py must run under CPython 3.11 (this is %s)' % sys.version.split()[0])
    failures = 0
    for name in names:
        out, code, last = run(name, 0)
        out_path = os.path.join(HERE, name + '.out')
        exit_path = os.path.join(HERE, name + '.exit')
        exit_text = expected_exit_text(code, last)
        if check:
            out2, code2, last2 = run(name, 12345)
            problems = []
            if (out2, code2, last2) != (out, code, last):
                problems.append('output depends on hash seed')
            if read(out_path) != out:
                problems.append('.out differs')
            if (read(exit_path, 'r') or '') != exit_text:
                problems.append('.exit differs')
            status = 'ok' if not problems else 'FAIL: ' + ', '.join(problems)
            failures += bool(problems)
        else:
            with open(out_path, 'wb') as f:
                f.write(out)
            if code != 0:
                with open(exit_path, 'w', encoding='utf-8', newline='\n') as f:
                    f.write(exit_text)
            elif os.path.exists(exit_path):
                os.remove(exit_path)
            status = 'exit %d' % code + ('  ' + last if code else '')
        print('%-28s %s' % (name, status))
    if failures:
        sys.exit('%d program(s) failed the check' % failures)


if __name__ == '__main__':
    main(sys.argv[1:])
