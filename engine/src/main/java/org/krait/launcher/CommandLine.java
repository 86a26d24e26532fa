package org.krait.launcher;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parsed command line of {@code krait}, following CPython's rules: options come first and may be
 * clustered ({@code -Sc CODE}, {@code -cCODE}); the first of {@code -c CODE}, {@code -m MODULE},
 * {@code -}, or a file name ends option processing, and everything after it goes to {@code sys.argv}.
 */
final class CommandLine {

    /** What the launcher is asked to run. */
    enum Mode {
        /** {@code -c CODE}. */
        COMMAND,
        /** {@code -m MODULE}. */
        MODULE,
        /** A script file. */
        FILE,
        /** {@code -} or no program argument: stdin (a REPL when it is a terminal and no {@code -} was given). */
        STDIN,
        /** {@code --version}. */
        VERSION,
        /** {@code --help}. */
        HELP
    }

    /** A command line that CPython would reject; the launcher prints the message and the usage and exits with 2. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    Mode mode = Mode.STDIN;
    /** The code for {@code -c}, the module name for {@code -m}, the path for a file. */
    String target;
    /** True when {@code -} was given explicitly (never a REPL then). */
    boolean explicitStdin;
    /** {@code -i}: enter the REPL after running the program. */
    boolean inspect;
    /** {@code -u}: unbuffered stdout. */
    boolean unbuffered;
    /** {@code -q}: no banner in the REPL. */
    boolean quiet;
    /** Number of {@code -V} given ({@code -VV} prints more in CPython). */
    int versionCount;
    /** How many times -O was given: 1 drops asserts, 2 docstrings too. */
    int optimize;
    /** {@code -X key[=value]} entries in command-line order; a key without value maps to {@code "true"}. */
    final Map<String, String> xOptions = new LinkedHashMap<>();
    /** {@code --group.name[=value]} polyglot options (a Krait extension for tracing/debugging). */
    final Map<String, String> polyglotOptions = new LinkedHashMap<>();
    /** For {@code -m}: the module's file once found; it becomes {@code sys.argv[0]}, as in CPython. */
    String mainPath;
    /** The rest of the command line after the program argument. */
    final List<String> rest = new ArrayList<>();

    /** Options that take no argument and are accepted for compatibility (CPython's meaning is ignored). */
    private static final String IGNORED_FLAGS = "bBdEIPRsSvx";

    static CommandLine parse(String[] args) throws UsageException {
        CommandLine cl = new CommandLine();
        int i = 0;
        outer:
        while (i < args.length) {
            String arg = args[i];
            if (arg.equals("-")) {
                cl.mode = Mode.STDIN;
                cl.explicitStdin = true;
                i++;
                break;
            }
            if (arg.equals("--")) {
                i++;
                if (i < args.length) {
                    cl.mode = Mode.FILE;
                    cl.target = args[i++];
                }
                break;
            }
            if (arg.startsWith("--")) {
                i++;
                String name = arg.substring(2);
                switch (name) {
                    case "version" -> cl.versionCount++;
                    case "help" -> {
                        cl.mode = Mode.HELP;
                        return cl;
                    }
                    case "check-hash-based-pycs" -> {
                        if (i >= args.length) {
                            throw new UsageException("Argument expected for the --check-hash-based-pycs option");
                        }
                        i++;
                    }
                    default -> {
                        int eq = name.indexOf('=');
                        String key = eq < 0 ? name : name.substring(0, eq);
                        if (key.indexOf('.') > 0 && !key.endsWith(".")) {
                            cl.polyglotOptions.put(key, eq < 0 ? "true" : name.substring(eq + 1));
                        } else {
                            throw new UsageException("unknown option " + arg);
                        }
                    }
                }
                continue;
            }
            if (!arg.startsWith("-")) {
                cl.mode = Mode.FILE;
                cl.target = arg;
                i++;
                break;
            }
            // A cluster of short options such as -uSc.
            i++;
            for (int j = 1; j < arg.length(); j++) {
                char c = arg.charAt(j);
                switch (c) {
                    case 'c', 'm', 'X', 'W' -> {
                        String value;
                        if (j + 1 < arg.length()) {
                            value = arg.substring(j + 1);
                        } else if (i < args.length) {
                            value = args[i++];
                        } else {
                            throw new UsageException("Argument expected for the -" + c + " option");
                        }
                        if (c == 'c') {
                            cl.mode = Mode.COMMAND;
                            cl.target = value;
                            break outer;
                        } else if (c == 'm') {
                            cl.mode = Mode.MODULE;
                            cl.target = value;
                            break outer;
                        } else if (c == 'X') {
                            int eq = value.indexOf('=');
                            if (eq < 0) {
                                cl.xOptions.put(value, "true");
                            } else {
                                cl.xOptions.put(value.substring(0, eq), value.substring(eq + 1));
                            }
                        }
                        // -W (warnings filter) is accepted and ignored for now.
                        j = arg.length();
                    }
                    case 'h', '?' -> {
                        cl.mode = Mode.HELP;
                        return cl;
                    }
                    case 'V' -> cl.versionCount++;
                    case 'i' -> cl.inspect = true;
                    case 'q' -> cl.quiet = true;
                    case 'u' -> cl.unbuffered = true;
                    case 'O' -> cl.optimize++;
                    default -> {
                        if (IGNORED_FLAGS.indexOf(c) < 0) {
                            throw new UsageException("unknown option -" + c);
                        }
                    }
                }
            }
        }
        while (i < args.length) {
            cl.rest.add(args[i++]);
        }
        if (cl.versionCount > 0) {
            cl.mode = Mode.VERSION;
        }
        return cl;
    }

    /** What {@code sys.argv} must be, as CPython sets it. */
    String[] sysArgv() {
        List<String> argv = new ArrayList<>();
        switch (mode) {
            case COMMAND -> argv.add("-c");
            case MODULE -> argv.add(mainPath != null ? mainPath : "-m");
            case FILE -> argv.add(target);
            default -> argv.add(explicitStdin ? "-" : "");
        }
        argv.addAll(rest);
        return argv.toArray(new String[0]);
    }

    /** The {@code -X} options as one {@code key=value,key=value} string (values may not contain commas). */
    String xOptionsString() {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : xOptions.entrySet()) {
            if (!sb.isEmpty()) {
                sb.append(',');
            }
            sb.append(e.getKey()).append('=').append(e.getValue());
        }
        return sb.toString();
    }

    static final String USAGE_LINE = "usage: krait [option] ... [-c cmd | -m mod | file | -] [arg] ...";

    static final String HELP = USAGE_LINE + "\n" + """
            Options (and corresponding environment variables):
            -c cmd : program passed in as string (terminates option list)
            -h     : print this help message and exit (also -? or --help)
            -i     : inspect interactively after running script
            -m mod : run library module as a script (terminates option list)
            -q     : don't print version and copyright messages on interactive startup
            -V     : print the Python version number and exit (also --version)
            -X opt : set implementation-specific option (passed to Krait as krait.XOptions):
                     -X gil=interval (CPython 3's GIL, sys.setswitchinterval) | -X gil=ticks:N (Python 2's:
                     release every N loop iterations or calls); -X gil-trace=FILE (Chrome trace of the GIL)
            -O     : remove assert statements and make __debug__ false (also PYTHONOPTIMIZE=x)
            -OO    : do -O changes and also discard docstrings (also PYTHONOPTIMIZE=2)
            -u     : unbuffered stdout (also PYTHONUNBUFFERED=x); stdout is block-buffered when not a terminal
-b -B -d -E -I -P -R -s -S -v -x -W arg : accepted for compatibility, ignored
            --group.name[=value] : set a polyglot option, e.g. --engine.TraceCompilation
            file   : program read from script file
            -      : program read from stdin (default; interactive mode if a tty)
            arg ...: arguments passed to program in sys.argv[1:]

            Environment: KRAIT_JAVA_OPTS (extra JVM flags), KRAIT_MODE=interp (interpreter only, no Graal)
            """;
}
