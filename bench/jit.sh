#!/usr/bin/env bash
# Interpreted vs @jit: runs bench/jit_kernels.py (the numpy-free kernels of the Numba anchor) with
#   krait        bin/krait, @njit compiled to JVM bytecode
#   numba        CPython + Numba (/usr/bin/python3 with python3-numba), when installed
#   krait-interp bin/krait with NUMBA_DISABLE_JIT=1 (the same functions interpreted by Truffle)
#   cpython      CPython with NUMBA_DISABLE_JIT=1 (plain interpretation)
# The interpreted runs use 1/20 of the loop sizes (fib and mandel keep theirs); their times are scaled back.
# Prints one line per kernel: first call (compile + run) and steady state (median of 3 calls) of each.
#   NUMBA_PYTHON=... (default /usr/bin/python3)   SCALE=0.05 (interpreted runs)
set -u
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
kernels=$root/bench/jit_kernels.py
numba_python=${NUMBA_PYTHON:-/usr/bin/python3}
scale=${SCALE:-0.05}
"$root/bin/krait" -c pass || exit 1   # build first, so no build lands inside a measurement

run() {  # $1 = label, $2 = scale, rest = command; prints "label kernel first steady result"
    local label=$1 s=$2; shift 2
    "$@" "$kernels" "$s" 2>/dev/null | awk -v label="$label" -v s="$s" '
        /^TIME/ { split($2, p, "."); k = p[1]; v = $3;
                  if (s != 1 && k != "fib27x20" && k != "mandel") v = v / s;
                  t[k, p[2]] = v; if (!(k in seen)) { seen[k] = 1; order[++n] = k } }
        /^RESULT/ { r[$2] = $3 }
        END { for (i = 1; i <= n; i++) { k = order[i];
                  printf "%-14s %-16s first %10.4f s  steady %10.6f s  result %s\n", label, k, t[k, "first"],
                      t[k, "steady"], r[k] } }'
}

run krait 1 "$root/bin/krait"
if "$numba_python" -c 'import numba' 2>/dev/null; then
    run numba 1 "$numba_python"
else
    echo "numba: not installed for $numba_python (apt-get install python3-numba)"
fi
NUMBA_DISABLE_JIT=1 run krait-interp "$scale" "$root/bin/krait"
if "$numba_python" -c 'import numba' 2>/dev/null; then
    NUMBA_DISABLE_JIT=1 run cpython "$scale" "$numba_python"
fi
