#!/usr/bin/env bash
# The GIL measurements of bench/README.md ("GIL"): CPU-bound threads vs sequential in the default (CPython 3)
# mode and in the legacy tick mode, sleeping threads, the cost of the GIL with one running thread, and the
# switch interval measured from a trace.
#   bench/gil.sh [N [ROUNDS]]        (default N = 50000000 loop iterations per count(), 5 rounds)
#   PYTHON=python3.11 bench/gil.sh   also runs the same program with CPython (N / 10)
set -u
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
n=${1:-50000000}
rounds=${2:-5}
krait=$root/bin/krait
"$krait" -c pass || exit 1   # build first, so no build lands inside a measurement

echo "== Krait, default GIL (switch interval 5 ms)"
"$krait" "$root/bench/gil.py" "$n" "$rounds"
echo
echo "== Krait, -X gil=ticks:100 (Python 2's check every 100 ticks)"
"$krait" -X gil=ticks:100 "$root/bench/gil.py" "$n" "$rounds"
echo
trace=$(mktemp --suffix=.json)
echo "== Krait, switch interval measured from -X gil-trace"
"$krait" -X gil-trace="$trace" "$root/bench/gil.py" "$n" 1 >/dev/null
python3 "$root/bench/gil_trace.py" "$trace"
rm -f "$trace"
if [ -n "${PYTHON:-}" ]; then
    echo
    echo "== $("$PYTHON" -V 2>&1), N / 10"
    "$PYTHON" "$root/bench/gil.py" "$((n / 10))" "$rounds"
fi
