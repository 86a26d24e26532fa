package org.krait;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.ContextThreadLocal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.source.Source;
import org.graalvm.options.OptionDescriptors;
import org.krait.gil.ThreadState;
import org.krait.nodes.MainRootNode;
import org.krait.nodes.ModuleRootNode;
import org.krait.nodes.Translator;
import org.krait.parser.ParseException;
import org.krait.parser.PythonParser;
import org.krait.parser.Scope;
import org.krait.parser.ScopeAnalyzer;
import org.krait.parser.ast.Mod;
import org.krait.runtime.ExceptionTypes;
import org.krait.runtime.KraitContext;
import org.krait.runtime.PyBaseException;
import org.krait.runtime.PyException;
import org.krait.runtime.PyModule;
import org.krait.runtime.PyTuple;
import org.krait.runtime.PyType;

@TruffleLanguage.Registration(id = KraitLanguage.ID, name = "Krait", version = KraitLanguage.VERSION,
        defaultMimeType = KraitLanguage.MIME_TYPE,
        characterMimeTypes = {KraitLanguage.MIME_TYPE, KraitLanguage.PROGRAM_MIME_TYPE},
        fileTypeDetectors = KraitFileDetector.class, contextPolicy = TruffleLanguage.ContextPolicy.SHARED)
public final class KraitLanguage extends TruffleLanguage<KraitContext> {
    public static final String ID = "krait";
    public static final String VERSION = "0.1.0";
    public static final String MIME_TYPE = "text/x-krait";
    /**
     * A program run for its effects, as the {@code krait} command runs one: its evaluation returns the exit
     * status 0 instead of the value of a final expression. The polyglot layer then never wraps a guest object in
     * a {@code Value}, whose first use initializes the interop machinery (40-80 ms of a 0.5 s start-up).
     */
    public static final String PROGRAM_MIME_TYPE = "application/x-krait-program";

    /** Each thread's interpreter state (the GIL makes the holder's current; see GlobalInterpreterLock). */
    private final ContextThreadLocal<ThreadState> threadStates = locals.createContextThreadLocal(
            (context, thread) -> context.gil().newThreadState(thread));

    @Override
    protected KraitContext createContext(Env env) {
        return new KraitContext(this, env);
    }

    @Override
    protected void initializeContext(KraitContext context) {
        context.initialize();
    }

    @Override
    protected OptionDescriptors getOptionDescriptors() {
        return new KraitOptionsOptionDescriptors();
    }

    /** Python threads: any number of threads may enter a context; the GIL lets one run Krait code at a time. */
    @Override
    protected boolean isThreadAccessAllowed(Thread thread, boolean singleThreaded) {
        return true;
    }

    /** The program ends normally (the context is closed): join non-daemon threads, end the others. */
    @Override
    protected void exitContext(KraitContext context, ExitMode exitMode, int exitCode) {
        if (exitMode == ExitMode.NATURAL) {
            context.threads().exit(threadState());
        }
    }

    /** A thread left the context for good (a Python thread ended, an embedder's thread is done). */
    @Override
    protected void disposeThread(KraitContext context, Thread thread) {
        threadStates.get(thread).finish();
    }

    @Override
    protected void disposeContext(KraitContext context) {
        context.disposeGil();
    }

    /** The current thread's interpreter state in the current context. */
    public ThreadState threadState() {
        return threadStates.get();
    }

    @Override
    protected CallTarget parse(ParsingRequest request) {
        Source source = request.getSource();
        return new MainRootNode(this, source, !PROGRAM_MIME_TYPE.equals(source.getMimeType())).getCallTarget();
    }

    /** Interactive results are printed by Krait itself (sys.displayhook-style), never again by Truffle. */
    @Override
    protected boolean isVisible(KraitContext context, Object value) {
        return false;
    }

    /** {@code Context.getBindings("krait")}: the globals of {@code __main__}. */
    @Override
    protected Object getScope(KraitContext context) {
        return context.mainModule(null);
    }

    /** Parses and translates a whole module; syntax errors become Python SyntaxErrors. */
    @TruffleBoundary
    public ModuleRootNode compile(Source source, boolean keepResult) {
        String text = source.getCharacters().toString();
        String name = source.getPath() != null ? source.getPath() : source.getName();
        try {
            Mod mod;
            java.util.List<org.krait.parser.ast.Stmt> body;
            if (source.isInteractive()) {
                Mod.Interactive m = PythonParser.parseInteractive(text, name);
                mod = m;
                body = m.body();
            } else {
                Mod.Module m = PythonParser.parseModule(text, name);
                mod = m;
                body = m.body();
            }
            Scope scope = ScopeAnalyzer.analyze(mod, name, text);
            KraitContext context = KraitContext.currentOrNull();
            return new Translator(this, source, scope, source.isInteractive(), context == null ? 0 : context.optimize)
                    .module(body, keepResult);
        } catch (ParseException e) {
            throw syntaxError(e);
        }
    }

    private static PyException syntaxError(ParseException e) {
        PyType type = switch (e.kind()) {
            case "IndentationError" -> ExceptionTypes.INDENTATION_ERROR;
            case "TabError" -> ExceptionTypes.TAB_ERROR;
            default -> ExceptionTypes.SYNTAX_ERROR;
        };
        Object text = e.lineText() == null ? org.krait.runtime.PyNone.NONE : e.lineText();
        PyBaseException exc = new PyBaseException(type, PyTuple.of(e.msg(), PyTuple.of(e.filename(),
                (long) e.line(), (long) e.column(), text, (long) e.endLine(), (long) e.endColumn())));
        exc.attributes().put("msg", e.msg());
        exc.attributes().put("filename", e.filename());
        exc.attributes().put("lineno", (long) e.line());
        exc.attributes().put("offset", (long) e.column());
        exc.attributes().put("text", text);
        exc.attributes().put("end_lineno", (long) e.endLine());
        exc.attributes().put("end_offset", (long) e.endColumn());
        exc.attributes().put("__incomplete__", e.incomplete());
        return new PyException(exc);
    }

    /**
     * {@code exec}/{@code eval}: runs {@code text} as the code of {@code module}; with {@code expression}, the
     * text must be one expression, whose value is returned.
     */
    @TruffleBoundary
    public Object evaluate(String text, String filename, boolean expression, PyModule module) {
        checkSyntax(text, filename, expression);
        Source source = Source.newBuilder(ID, text, filename).build();
        Object result = compile(source, expression).run(module);
        return expression ? result : org.krait.runtime.PyNone.NONE;
    }

    /** Raises the SyntaxError of {@code text} as a module (or, with {@code expression}, as one expression). */
    @TruffleBoundary
    public void checkSyntax(String text, String filename, boolean expression) {
        try {
            if (expression) {
                PythonParser.parseExpression(text, filename);
            } else {
                PythonParser.parseModule(text, filename);
            }
        } catch (ParseException e) {
            throw syntaxError(e);
        }
    }

    /** Runs a module's code in {@code module} (imports). */
    @TruffleBoundary
    public void runModule(KraitContext context, Source source, PyModule module) {
        compile(source, false).run(module);
    }
}
