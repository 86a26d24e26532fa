#!/usr/bin/env bash
# Runs the anchor kernels with Krait and with CPython, one after the other, and prints per kernel the rep
# times, the steady state (median of the reps after the first WARMUP), the whole-process wall time and the peak RSS of each.
#   bench/compare.sh [KERNEL...]     kernels: count fib nbody mandel sieve wordcount (default: all)
#   REPS=3 (reps per process), WARMUP=1 (reps left out of the steady state), PYTHON=... (default: the CPython binary behind `python3`, not a shim)
set -u
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
programs=${ANCHORS:-$root/../shared/anchors/programs}
reps=${REPS:-3}
warmup=${WARMUP:-1}
python=${PYTHON:-$(python3 -c 'import sys; print(sys.executable)')}
kernels=("$@")
[ ${#kernels[@]} -gt 0 ] || kernels=(count fib nbody mandel sieve wordcount)
"$root/bin/krait" -c pass || exit 1   # build first, so no build lands inside a measurement

measure() {  # $1 = label, rest = command; prints the rep times, steady state, wall time and peak RSS
    local label=$1; shift
    local stats out times wall rss steady
    stats=$(mktemp)
    out=$(BENCH_REPS=$reps /usr/bin/time -o "$stats" -f '%e %M' "$@" 2>/dev/null)
    read -r wall rss < "$stats"
    rm -f "$stats"
    times=$(echo "$out" | awk '/^TIME/ {print $NF}' | tr '\n' ' ')
    steady=$(echo "$times" | tr ' ' '\n' | sed "1,${warmup}d;/^\$/d" | sort -g \
        | awk '{a[NR]=$1} END {if (NR) print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}')
    printf '%-9s %-7s reps: %-30s steady %-9s wall %6ss  rss %4s MiB\n' "$kernel" "$label" "$times" "$steady" \
        "$wall" "$((rss / 1024))"
}

for kernel in "${kernels[@]}"; do
    p=$programs/interp_$kernel.py
    measure krait "$root/bin/krait" "$p"
    measure cpython "$python" "$p"
done
