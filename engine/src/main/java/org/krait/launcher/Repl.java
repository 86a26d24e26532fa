package org.krait.launcher;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The interactive prompt: JLine line editing with history in {@code ~/.krait_history}, CPython's {@code >>> } and
 * {@code ... } prompts. Each input is an interactive {@link Source} named {@code <stdin>}; the language prints
 * expression values itself ({@code sys.displayhook}). {@link ReplInput} decides when an input is complete: open
 * brackets, strings and backslashes continue it, a blank line ends a compound statement (as in CPython).
 */
final class Repl {
    private static final String PS1 = ">>> ";
    private static final String PS2 = "... ";

    private final Context context;
    private final OutputStream err;
    private final boolean quiet;
    private volatile boolean evaluating;

    Repl(Context context, OutputStream err, boolean quiet) {
        this.context = context;
        this.err = err;
        this.quiet = quiet;
    }

    /** Runs until end of input or {@code exit()}; returns the exit status. */
    int run() {
        Terminal terminal;
        try {
            terminal = TerminalBuilder.builder().system(true).name("krait").build();
        } catch (IOException e) {
            KraitMain.print(err, "krait: cannot open the terminal: " + e.getMessage() + "\n");
            return 1;
        }
        try (terminal) {
            DefaultParser parser = new DefaultParser();
            parser.setEscapeChars(null);
            parser.setQuoteChars(new char[0]);
            LineReader reader = LineReaderBuilder.builder()
                            .terminal(terminal)
                            .appName("krait")
                            .parser(parser)
                            .variable(LineReader.HISTORY_FILE, Path.of(System.getProperty("user.home"), ".krait_history"))
                            .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                            .option(LineReader.Option.INSERT_TAB, true)
                            .build();
            terminal.handle(Terminal.Signal.INT, signal -> {
                if (evaluating) {
                    Thread.ofPlatform().daemon().start(() -> {
                        try {
                            context.interrupt(Duration.ofSeconds(10));
                        } catch (Exception ignored) {
                            // the evaluation finished or the context is gone
                        }
                    });
                }
            });
            if (!quiet) {
                terminal.writer().println(KraitMain.VERSION_LINE.replace(")", " compatible)") + " on Java "
                                + Runtime.version().feature());
                terminal.writer().flush();
            }
            try {
                return loop(reader, terminal);
            } finally {
                try {
                    reader.getHistory().save();
                } catch (IOException ignored) {
                    // history is best effort
                }
            }
        } catch (IOException e) {
            return 0; // closing the terminal failed: nothing to do
        }
    }

    private int loop(LineReader reader, Terminal terminal) {
        ReplInput input = new ReplInput();
        while (true) {
            String line;
            try {
                line = reader.readLine(input.prompt(PS1, PS2));
            } catch (UserInterruptException e) {
                input.clear();
                terminal.writer().println("KeyboardInterrupt");
                terminal.writer().flush();
                continue;
            } catch (EndOfFileException e) {
                terminal.writer().println();
                terminal.writer().flush();
                return 0;
            }
            if (input.add(line) != ReplInput.Action.EVALUATE) {
                continue;
            }
            Source source = Source.newBuilder("krait", input.source(), "<stdin>").interactive(true).buildLiteral();
            evaluating = true;
            try {
                context.eval(source);
                input.clear();
            } catch (PolyglotException e) {
                if (e.isIncompleteSource() && input.continueAfterIncomplete()) {
                    continue;
                }
                input.clear();
                if (e.isExit()) {
                    return e.getExitStatus();
                }
                if (e.isInterrupted() || e.isCancelled()) {
                    KraitMain.print(err, "\nKeyboardInterrupt\n");
                    if (e.isCancelled()) {
                        return 130;
                    }
                    continue;
                }
                KraitMain.handle(context, e, err);
            } finally {
                evaluating = false;
            }
        }
    }
}
