# shellcheck shell=bash
# Finds a JDK >= 25 for Krait's scripts. Source it, then call krait_find_java: it sets KRAIT_JDK to the JDK's
# home (or prints why not and returns 1). Order: $JAVA_HOME, then the usual install locations.

KRAIT_MIN_JAVA=25

# Prints the feature version (e.g. 25) of the JDK at $1, or nothing if it is not a usable JDK.
krait_java_feature() {
    local home=$1 line version=
    [[ -x $home/bin/java ]] || return 0
    if [[ -f $home/release ]]; then
        while IFS= read -r line; do
            if [[ $line == JAVA_VERSION=* ]]; then
                version=${line#JAVA_VERSION=}
                version=${version//\"/}
                break
            fi
        done <"$home/release"
    fi
    if [[ -z $version ]]; then
        # No release file: ask the JVM (slower).
        version=$("$home/bin/java" -version 2>&1 | sed -n '1s/.*version "\([^"]*\)".*/\1/p')
    fi
    version=${version#1.}            # 1.8.0 -> 8.0
    version=${version%%[.+-]*}       # 25.0.3 -> 25, 25-ea -> 25
    [[ $version =~ ^[0-9]+$ ]] && printf '%s\n' "$version"
    return 0
}

# True if $1 is a JDK (with javac, jlink) of version >= KRAIT_MIN_JAVA.
krait_is_good_jdk() {
    local home=$1 feature
    [[ -n $home && -x $home/bin/java && -x $home/bin/javac ]] || return 1
    feature=$(krait_java_feature "$home")
    [[ -n $feature && $feature -ge $KRAIT_MIN_JAVA ]]
}

krait_find_java() {
    if [[ -n ${KRAIT_JDK:-} ]] && krait_is_good_jdk "$KRAIT_JDK"; then
        return 0
    fi
    if [[ -n ${JAVA_HOME:-} ]] && krait_is_good_jdk "$JAVA_HOME"; then
        KRAIT_JDK=${JAVA_HOME%/}
        export KRAIT_JDK
        return 0
    fi
    local candidate best= best_feature=0 feature
    local -a candidates=()
    # The java on PATH, resolved to its home.
    local on_path
    if on_path=$(command -v java 2>/dev/null) && [[ -n $on_path ]]; then
        on_path=$(readlink -f "$on_path" 2>/dev/null || printf '%s' "$on_path")
        candidates+=("${on_path%/bin/java}")
    fi
    shopt -s nullglob
    candidates+=(/usr/lib/jvm/* /usr/local/*jdk* /usr/local/java/* /opt/*jdk* /opt/java/* /opt/jdk/*
        "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/* "$HOME"/.local/share/mise/installs/java/*
        "$HOME"/.asdf/installs/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home
        "$HOME"/Library/Java/JavaVirtualMachines/*/Contents/Home)
    shopt -u nullglob
    for candidate in "${candidates[@]}"; do
        [[ -L $candidate ]] && continue     # e.g. /usr/lib/jvm/default-java, sdkman's "current": the target is listed too
        [[ -d $candidate ]] || continue
        krait_is_good_jdk "$candidate" || continue
        feature=$(krait_java_feature "$candidate")
        # Prefer the lowest feature version >= 25 (the one Krait is tested with), then the first found.
        if [[ -z $best || $feature -lt $best_feature ]]; then
            best=$candidate
            best_feature=$feature
        fi
    done
    if [[ -z $best ]]; then
        # Symlinked homes as a last resort.
        for candidate in "${candidates[@]}"; do
            [[ -d $candidate ]] && krait_is_good_jdk "$candidate" && { best=$candidate; break; }
        done
    fi
    if [[ -z $best ]]; then
        {
            echo "krait: no JDK ${KRAIT_MIN_JAVA} or newer found."
            [[ -n ${JAVA_HOME:-} ]] && echo "krait: JAVA_HOME=$JAVA_HOME is not a JDK >= ${KRAIT_MIN_JAVA}."
            echo "krait: install one (e.g. Temurin ${KRAIT_MIN_JAVA}) and/or set JAVA_HOME to its home directory."
        } >&2
        return 1
    fi
    KRAIT_JDK=$best
    export KRAIT_JDK
    return 0
}
