# shellcheck shell=bash
# Builds Krait's runtime under $KRAIT_ROOT/build for bin/krait. Source after java.sh.
#
# Layout (every path the JVM sees is absolute, so the AOT cache validates):
#   build/jdk/             jlinked JDK >= 25 without Temurin's placeholder jdk.graal.compiler module
#   build/app-<id>/modules Krait jars + runtime dependencies (--module-path)
#   build/app-<id>/compiler the Graal compiler jar (on the module path in optimizing mode)
#   build/app-<id>/krait.aot JDK 25 AOT cache trained with exactly the run flags
#   build/current          one line: the absolute path of the app-<id> in use (replaced atomically)
#   build/modules, build/compiler, build/krait.aot   convenience symlinks into the current app dir
#   build/stamp            its mtime is the start of the last successful build
# A new build never touches the app dir a running krait uses: it assembles a new one and swaps build/current.

KRAIT_BUILD=$KRAIT_ROOT/build

# Modules of the jlinked runtime: what the jars need (jdeps), plus jdk.charsets (Python codecs) and
# jdk.jcmd (thread dumps of a hung program: build/jdk/bin/jcmd PID Thread.print).
KRAIT_JLINK_MODULES=java.base,java.logging,java.management,java.sql,jdk.internal.vm.ci,jdk.jfr,jdk.management,jdk.unsupported,jdk.charsets,jdk.jcmd

# The JVM flags of a run; the AOT cache must be trained with exactly these.
#   $1 = app dir, $2 = mode (opt | interp). Sets the array KRAIT_JVM_FLAGS.
krait_jvm_flags() {
    local app=$1 mode=$2
    # JVM warnings to stderr (never into the program's stdout); a stale AOT cache is silently ignored.
    # C2 compiles only the classes @jit generates, numpy's array kernels, Krait's interpreter (its nodes and
    # Truffle's frames: 5-7x faster than as C1 code, so code that Truffle has not compiled yet runs near
    # CPython's speed) and the string and dict leaves that compiled code calls most (hash tables, str.split,
    # the JDK's String: wordcount's steady state 1.05 -> 0.6 s). The rest
    # (the Graal compiler Truffle uses, the runtime behind its boundaries, the JDK) stays on C1: on 2 cores, C2
    # compiling that competes with the Graal compiler's own warm-up, and a flooded C2 queue leaves methods in
    # slow profiled C1 code. Code C2 may not compile passes through profiled C1 code until it is hot enough for
    # C2, then gets plain C1 code: the low Tier4 thresholds shorten that detour and bring @jit code and the
    # interpreter to C2 sooner (seed_gil_threads' first, sequential half no longer pays for a slow warm-up: 6 of
    # 6 runs pass instead of 3 of 6). Measured in bench/README.md. -XX:-DisplayVMOutput keeps the JVM from
    # printing "1 compiler directives added" on stdout; KRAIT_JAVA_OPTS=-XX:+DisplayVMOutput shows the JVM's
    # own messages again.
    # The classes @jit generates reach C1 and C2 at a hundredth of the usual thresholds (CompileThresholdScaling):
    # a jitted function is called a few times, each call running a long loop, so without it only its loop got C2
    # code (OSR) and every new call, from another thread too, began in slow profiled C1 code again (two nogil
    # threads then took 0.2 s instead of 0.07 s: seed_numba_jit's "nogil threads run in parallel" check passed 16
    # of 16 runs instead of 15 of 18).
    # -Xms64m: the default initial heap (1/64 of RAM, 384 MB here) has a young generation so large that a
    # program allocating briskly touches all of it; from 64 MB the heap grows as the program needs (wordcount's
    # peak RSS 318 -> 221 MB, with the same GC time).
    KRAIT_JVM_FLAGS=(-Xlog:disable -Xlog:all=warning:stderr -Xlog:aot*=off:stderr
        -XX:+UseSerialGC -Xms64m -XX:+UnlockDiagnosticVMOptions -XX:-DisplayVMOutput
        "-XX:CompilerDirectivesFile=$KRAIT_ROOT/bin/lib/c2-directives.json"
        -XX:CompileCommand=quiet "-XX:CompileCommand=CompileThresholdScaling,org/krait/jit/gen/*.*,0.01"
        -XX:Tier4InvocationThreshold=150 -XX:Tier4MinInvocationThreshold=100 -XX:Tier4CompileThreshold=1000
        -XX:Tier4BackEdgeThreshold=3000
        --enable-native-access=org.graalvm.truffle,org.jline --sun-misc-unsafe-memory-access=allow)
    # Transparent huge pages for the heap where the kernel offers them on request: a fresh 320 MB array
    # (np.arange(40_000_000)) is first touched in 2 MB pages instead of 4 KB ones (0.30 -> 0.17 s, and the two
    # halves of seed_numpy_threads 0.72 -> 0.42 s); the kernels and start-up are unchanged, RSS 5-10 MiB higher.
    local thp=
    read -r thp 2>/dev/null </sys/kernel/mm/transparent_hugepage/enabled || true
    if [[ $thp == *"[madvise]"* || $thp == *"[always]"* ]]; then
        KRAIT_JVM_FLAGS+=(-XX:+UseTransparentHugePages)
    fi
    if [[ $mode == opt ]]; then
        KRAIT_JVM_FLAGS+=(-XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI
            --module-path "$app/modules:$app/compiler" --add-modules jdk.graal.compiler
            -Dpolyglot.engine.Mode=latency)
    else
        KRAIT_JVM_FLAGS+=(--module-path "$app/modules" -Dpolyglot.engine.WarnInterpreterOnly=false)
    fi
    if [[ $mode == opt && $(id -u) == 0 ]]; then
        # Truffle's compiler threads run at Java priority 10: as nice 19 they yield the cores to the program's
        # own threads (two @jit threads on 2 cores no longer share them with a background compilation: the
        # "nogil threads run in parallel" check of seed_numba_jit passed 5 of 6 runs instead of 1 of 6), and
        # still get an idle core. Every other priority keeps nice 0. The JVM warns about this policy for other
        # users, so they run without it.
        KRAIT_JVM_FLAGS+=(-XX:ThreadPriorityPolicy=1 -XX:JavaPriority10_To_OSPriority=19)
        local p
        for p in 1 2 3 4 5 6 7 8 9; do
            KRAIT_JVM_FLAGS+=("-XX:JavaPriority${p}_To_OSPriority=0")
        done
    fi
    KRAIT_JVM_FLAGS+=("-Dkrait.home=$KRAIT_ROOT")
}

KRAIT_MAIN=(-m org.krait.engine/org.krait.launcher.KraitMain)

# True if build/ is missing or older than a pom, a main source file or these scripts.
krait_build_stale() {
    [[ -f $KRAIT_BUILD/stamp && -f $KRAIT_BUILD/current ]] || return 0
    local newer
    newer=$(find "$KRAIT_ROOT/pom.xml" "$KRAIT_ROOT"/*/pom.xml "$KRAIT_ROOT"/*/src/main "$KRAIT_ROOT/bin/lib" \
        -newer "$KRAIT_BUILD/stamp" -print -quit 2>/dev/null)
    [[ -n $newer ]]
}

krait_log() {
    printf 'krait: %s\n' "$*" >&2
}

# Runs $@ while holding build/.lock (flock where available, else a mkdir lock).
krait_with_lock() {
    mkdir -p "$KRAIT_BUILD"
    if command -v flock >/dev/null 2>&1; then
        local rc=0
        exec 9>"$KRAIT_BUILD/.lock"
        if ! flock -n 9; then
            krait_log "waiting for another build to finish..."
            flock 9
        fi
        "$@" || rc=$?
        exec 9>&-
        return $rc
    fi
    local lockdir=$KRAIT_BUILD/.lock.d waited=0
    until mkdir "$lockdir" 2>/dev/null; do
        local holder
        holder=$(cat "$lockdir/pid" 2>/dev/null || true)
        if [[ -n $holder ]] && ! kill -0 "$holder" 2>/dev/null; then
            rm -rf "$lockdir"     # the holder died
            continue
        fi
        ((waited++)) || krait_log "waiting for another build to finish..."
        sleep 1
    done
    echo $$ >"$lockdir/pid"
    local rc=0
    "$@" || rc=$?
    rm -rf "$lockdir"
    return $rc
}

# Builds if stale (checked again under the lock: another krait may have just built).
krait_ensure_built() {
    krait_build_stale || return 0
    krait_with_lock krait_build_locked
}

krait_build_locked() {
    krait_build_stale || return 0
    if [[ -f $KRAIT_BUILD/stamp ]]; then
        krait_log "sources changed, rebuilding..."
    else
        krait_log "building (first run, takes a minute)..."
    fi
    krait_build_now
}

krait_mvn() {
    # --sun-misc-unsafe-memory-access: Maven's own Guava would print Unsafe warnings under Java 25;
    # jansi.noreset: Maven 3.8 with -q otherwise prints stray ANSI reset codes.
    JAVA_HOME=$KRAIT_JDK MAVEN_OPTS="${MAVEN_OPTS:+$MAVEN_OPTS }--sun-misc-unsafe-memory-access=allow -Djansi.noreset=true" \
        mvn -B --no-transfer-progress -Dstyle.color=never "$@"
}

# The whole build, unconditionally. Caller holds the lock.
krait_build_now() {
    krait_find_java || return 1
    command -v mvn >/dev/null 2>&1 || { krait_log "Maven (mvn) is needed to build Krait; install it (e.g. apt-get install maven)"; return 1; }
    local started=$KRAIT_BUILD/.stamp.new
    mkdir -p "$KRAIT_BUILD"
    touch "$started"
    (cd "$KRAIT_ROOT" && krait_mvn -q -Dmaven.test.skip=true package) >&2 || {
        krait_log "build failed (Maven output above)"
        return 1
    }
    krait_jlink || true
    local app
    app=$KRAIT_BUILD/app-$(date +%Y%m%d%H%M%S)-$$
    mkdir -p "$app/modules" "$app/compiler"
    local target=$KRAIT_ROOT/examples/target
    cp "$target"/modules/*.jar "$app/modules/" &&
        cp "$target"/krait-examples-*.jar "$app/modules/" &&
        cp "$target"/compiler/*.jar "$app/compiler/" || {
        krait_log "build output missing under examples/target"
        rm -rf "$app"
        return 1
    }
    if [[ -x $KRAIT_BUILD/jdk/bin/java ]]; then
        echo "$KRAIT_BUILD/jdk" >"$app/java-home"
        echo opt >"$app/mode"
    else
        echo "$KRAIT_JDK" >"$app/java-home"
        echo interp >"$app/mode"
    fi
    krait_train "$app" "$(<"$app/mode")" krait.aot
    # Publish: one atomic rename makes the new app dir current.
    echo "$app" >"$KRAIT_BUILD/current.tmp.$$"
    mv -f "$KRAIT_BUILD/current.tmp.$$" "$KRAIT_BUILD/current"
    local link
    for link in modules compiler krait.aot; do
        ln -sfn "${app##*/}/$link" "$KRAIT_BUILD/$link.tmp.$$" &&
            mv -Tf "$KRAIT_BUILD/$link.tmp.$$" "$KRAIT_BUILD/$link" 2>/dev/null ||
            { rm -rf "$KRAIT_BUILD/$link" && mv -f "$KRAIT_BUILD/$link.tmp.$$" "$KRAIT_BUILD/$link"; }
    done
    mv -f "$started" "$KRAIT_BUILD/stamp"
    krait_prune "$app"
    krait_log "build done."
}

# Keeps the current app dir and the one before it (a krait started just before the swap may still use it).
krait_prune() {
    local keep=$1 dir previous=
    local -a dirs=()
    shopt -s nullglob
    dirs=("$KRAIT_BUILD"/app-*)
    shopt -u nullglob
    for dir in "${dirs[@]}"; do
        [[ $dir == "$keep" ]] && continue
        [[ -n $previous ]] && rm -rf "$previous"
        previous=$dir
    done
}

# build/jdk: a runtime image without the placeholder jdk.graal.compiler, so the real compiler jar can be
# loaded from the plain module path (and the AOT cache works). Rebuilt when the source JDK changes.
krait_jlink() {
    local jdk=$KRAIT_BUILD/jdk want
    want="$KRAIT_JDK $(krait_java_feature "$KRAIT_JDK") $KRAIT_JLINK_MODULES"
    if [[ -x $jdk/bin/java && -f $jdk/.krait-source && "$(<"$jdk/.krait-source")" == "$want" ]]; then
        return 0
    fi
    if [[ ! -x $KRAIT_JDK/bin/jlink ]]; then
        krait_log "no jlink in $KRAIT_JDK: running interpreter-only"
        return 1
    fi
    local tmp=$KRAIT_BUILD/jdk.tmp.$$
    rm -rf "$tmp"
    if ! "$KRAIT_JDK/bin/jlink" --add-modules "$KRAIT_JLINK_MODULES" --no-header-files --no-man-pages \
        --output "$tmp" >"$KRAIT_BUILD/jlink.log" 2>&1; then
        krait_log "jlink failed (see build/jlink.log): running interpreter-only"
        rm -rf "$tmp"
        return 1
    fi
    echo "$want" >"$tmp/.krait-source"
    if [[ -e $jdk ]]; then
        mv "$jdk" "$KRAIT_BUILD/jdk.old.$$"
    fi
    mv "$tmp" "$jdk"
    rm -rf "$KRAIT_BUILD/jdk.old.$$"
}

# Trains the AOT cache $app/$3 for mode $2 by running bin/lib/train.py with exactly the run flags.
# Failure only costs start-up time, so it never fails the build.
krait_train() {
    local app=$1 mode=$2 name=$3 java
    java=$(<"$app/java-home")/bin/java
    krait_jvm_flags "$app" "$mode"
    local log=$app/${name%.aot}-train.log
    rm -f "$app/$name"
    (cd "$KRAIT_ROOT" && "$java" "${KRAIT_JVM_FLAGS[@]}" -XX:AOTCacheOutput="$app/$name" "${KRAIT_MAIN[@]}" \
        bin/lib/train.py) >"$log" 2>&1 </dev/null
    local rc=$?
    if [[ ! -f $app/$name ]]; then
        krait_log "AOT cache training failed (see $log); start-up will be slower"
        return 0
    fi
    if ((rc != 0)); then
        # Expected while the language cannot run all of train.py yet: the cache still covers start-up.
        echo "training workload exited with $rc" >>"$log"
    fi
    return 0
}
