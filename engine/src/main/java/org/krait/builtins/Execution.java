package org.krait.builtins;

import org.krait.nodes.Frames;
import org.krait.runtime.Calls;
import org.krait.runtime.FunctionCode;
import org.krait.runtime.HashTable;
import org.krait.runtime.KraitContext;
import org.krait.runtime.Ops;
import org.krait.runtime.PyBytes;
import org.krait.runtime.PyCell;
import org.krait.runtime.PyCode;
import org.krait.runtime.PyDict;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyFunction;
import org.krait.runtime.PyModule;
import org.krait.runtime.PyNone;
import org.krait.runtime.PyType;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * {@code exec}, {@code eval} and {@code compile}. Code runs as module code: in the caller's module, or in a
 * module made from the {@code globals} dict (whose variables are copied back afterwards), with the
 * {@code locals} mapping laid over it when one is given.
 */
final class Execution {
    private Execution() {
    }

    static void install(PyModule builtins, KraitContext context) {
        builtins.def("eval", "source, globals=None, locals=None, /", a -> run(context, a[0], a[1], a[2], true));
        builtins.def("exec", "source, globals=None, locals=None, /, *, closure=None", a -> {
            run(context, a[0], a[1], a[2], false);
            return PyNone.NONE;
        });
        builtins.def("compile", "source, filename, mode, flags=0, dont_inherit=False, optimize=-1", a -> {
            String mode = Args.str(a[2], "compile() mode");
            if (!mode.equals("exec") && !mode.equals("eval") && !mode.equals("single")) {
                throw PyErrors.valueError("compile() mode must be 'exec', 'eval' or 'single'");
            }
            String filename = Args.str(a[1], "compile() filename");
            String text = text(a[0], "compile");
            context.language().checkSyntax(mode.equals("eval") ? text.strip() : text, filename, mode.equals("eval"));
            return PyCode.module(text, filename, mode);
        });
    }

    private static String text(Object source, String function) {
        if (source instanceof String s) {
            return s;
        } else if (source instanceof PyBytes b) {
            return new String(b.bytes(), StandardCharsets.UTF_8);
        }
        throw PyErrors.typeError(function + "() arg 1 must be a string, bytes or code object");
    }

    private static Object run(KraitContext context, Object source, Object globals, Object locals, boolean expression) {
        String text = null;
        String filename;
        FunctionCode function = null;
        if (source instanceof PyCode c && c.function() != null) {
            if (c.freeVarCount() > 0) {
                throw PyErrors.typeError(expression ? "code object passed to eval() may not contain free variables"
                        : "code object requires a closure of exactly length " + c.freeVarCount());
            }
            function = c.function();
            filename = c.filename;
        } else if (source instanceof PyCode c) {
            if (c.text == null) {
                throw PyErrors.notImplemented("this code object has no source to run");
            }
            text = c.text;
            filename = c.filename;
            expression = c.mode.equals("eval");
        } else {
            text = text(source, expression ? "eval" : "exec");
            filename = "<string>";
        }
        if (expression && text != null) {
            text = text.strip();
        }
        if (globals != PyNone.NONE && !(globals instanceof PyDict)) {
            throw PyErrors.typeError((expression ? "eval" : "exec") + "() globals must be a dict, not "
                    + Ops.typeName(globals));
        }
        if (globals == PyNone.NONE && locals == PyNone.NONE) {
            PyModule caller = Frames.callerModule();
            PyDict callerLocals = Frames.callerLocalsIfFunction();
            if (callerLocals == null) {
                return evaluate(context, function, text, filename, expression, caller);
            }
            globals = caller.namespace();
            locals = callerLocals;
        }
        PyDict g = (PyDict) globals;
        if (g.get("__builtins__") == null) {
            g.put("__builtins__", context.builtins());
        }
        if (locals == PyNone.NONE || locals == g) {
            // the dict is the namespace: functions defined here keep seeing it, as in CPython
            return evaluate(context, function, text, filename, expression, g.module());
        }
        // Separate locals: the code runs in a scratch module holding both, whose variables then go to locals.
        PyModule module = new PyModule(g.get("__name__") instanceof String n ? n : "builtins");
        module.setAttribute("__name__", null);  // only what the dicts hold (names missing there come from builtins)
        module.setAttribute("__doc__", null);
        copy(g, module);
        copy(locals, module);
        Object result = evaluate(context, function, text, filename, expression, module);
        writeBack(module, locals);
        return result;
    }

    /** Runs source text, or the body of a function's code (called without arguments) with those globals. */
    private static Object evaluate(KraitContext context, FunctionCode function, String text, String filename,
                                   boolean expression, PyModule module) {
        if (function != null) {
            Object r = Calls.call(new PyFunction(function, module, new Object[0], new Object[0], new PyCell[0]));
            return expression ? r : PyNone.NONE;
        }
        return context.language().evaluate(text, filename, expression, module);
    }

    private static void copy(Object mapping, PyModule module) {
        for (Object k : Ops.toArray(mapping)) {
            if (k instanceof String name) {
                module.setAttribute(name, Ops.getItem(mapping, k));
            }
        }
    }

    /** The module's variables go back to the mapping they came from (new, changed and deleted ones). */
    private static void writeBack(PyModule module, Object mapping) {
        Map<String, Object> vars = module.snapshot();
        if (mapping instanceof PyDict d && d.type() == PyType.DICT) {
            HashTable t = d.table();
            for (Object k : Ops.toArray(d)) {
                if (k instanceof String name && !vars.containsKey(name) && !name.equals("__builtins__")) {
                    t.remove(name);
                }
            }
        }
        vars.forEach((k, v) -> Ops.setItem(mapping, k, v));
    }
}
