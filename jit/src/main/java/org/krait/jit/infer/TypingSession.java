package org.krait.jit.infer;

import org.krait.jit.Dispatcher;
import org.krait.jit.Overload;
import org.krait.jit.types.JitType;
import org.krait.jit.types.Unify;
import org.krait.parser.ast.Pos;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Types one requested signature together with every signature of other jitted functions it calls that is not
 * compiled yet. Mutually recursive functions are typed together: passes over all of them repeat until no type
 * changes, so each sees the others' return types.
 */
public final class TypingSession {
    private record Key(Dispatcher dispatcher, List<JitType> args) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.dispatcher == dispatcher && k.args.equals(args);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(dispatcher) * 31 + args.hashCode();
        }
    }

    private final Map<Key, FunctionTyping> byKey = new HashMap<>();
    private final Map<FunctionTyping, Typer> typers = new IdentityHashMap<>();
    private final List<FunctionTyping> created = new ArrayList<>();

    /** Types {@code d} for {@code args} (and what it calls); {@code declaredReturn} may be null. */
    public FunctionTyping type(Dispatcher d, List<JitType> args, JitType declaredReturn) {
        FunctionTyping ft = start(d, args, declaredReturn);
        solve();
        if (declaredReturn != null && !Unify.convertsExplicitly(ft.returnType, declaredReturn)) {
            throw typers.get(ft).error("The function returns " + ft.returnType.typeName()
                    + ", which does not convert to the declared return type " + declaredReturn.typeName(),
                    d.function().pos());
        }
        return ft;
    }

    /** The signatures typed by this session, to compile. */
    public List<FunctionTyping> created() {
        return created;
    }

    /** The typing of a call to {@code d} with {@code args}: compiled already, in this session, or started now. */
    FunctionTyping callee(Dispatcher d, List<JitType> args, Typer caller, Pos pos) {
        Overload o = d.overload(args);
        if (o != null) {
            return o.typing();
        }
        if (d.compileDisabled()) {
            o = d.convertibleOverload(args);
            if (o == null) {
                StringBuilder sb = new StringBuilder();
                for (JitType t : args) {
                    sb.append(sb.isEmpty() ? "" : ", ").append(t.typeName());
                }
                throw caller.error("No matching definition for argument type(s) " + sb + " of " + d.function().name(),
                        pos);
            }
            return o.typing();
        }
        FunctionTyping ft = byKey.get(new Key(d, args));
        return ft != null ? ft : start(d, args, null);
    }

    private FunctionTyping start(Dispatcher d, List<JitType> args, JitType declaredReturn) {
        FunctionTyping ft = new FunctionTyping(d, args, d.options());
        ft.declaredReturn = declaredReturn;
        byKey.put(new Key(d, List.copyOf(args)), ft);
        created.add(ft);
        Typer t = new Typer(this, ft);
        typers.put(ft, t);
        while (t.pass()) {
            // each pass widens types; a fixed point is reached after a few
        }
        return ft;
    }

    private void solve() {
        boolean changed;
        do {
            changed = false;
            for (FunctionTyping ft : List.copyOf(created)) {
                changed |= typers.get(ft).pass();
            }
        } while (changed);
        for (FunctionTyping ft : created) {
            typers.get(ft).check();
        }
    }
}
