package org.krait.parser;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One scope of the symbol table built by {@link ScopeAnalyzer} (like a CPython symtable entry).
 * Comprehensions and generator expressions have their own scope, as in 3.11.
 */
public final class Scope {
    public enum Kind { MODULE, CLASS, FUNCTION, LAMBDA, COMPREHENSION }

    /**
     * How a name is resolved in a scope. At module level LOCAL means a module global; in a class body LOCAL
     * means the class namespace.
     */
    public enum Resolution {
        /** Bound in this scope and not captured. */
        LOCAL,
        /** Bound in this scope and captured by an inner scope. */
        CELL,
        /** Bound in an enclosing function scope. */
        FREE,
        /** Declared {@code global}. */
        GLOBAL_EXPLICIT,
        /** Not bound in any enclosing function: module global or builtin. */
        GLOBAL_IMPLICIT
    }

    // Symbol flags collected in the first pass.
    static final int DEF_LOCAL = 1;
    static final int DEF_PARAM = 2;
    static final int DEF_GLOBAL = 4;
    static final int DEF_NONLOCAL = 8;
    static final int USE = 16;
    static final int DEF_IMPORT = 32;
    static final int DEF_ANNOT = 64;
    static final int DEF_COMP_ITER = 128;
    /** Target of {@code name += ...}. */
    static final int AUG_ADD = 256;
    static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

    final Kind kind;
    final String name;
    final String qualname;
    final Object node;
    final Scope parent;
    final List<Scope> children = new ArrayList<>();
    /** Insertion-ordered: first mention first. */
    final Map<String, Integer> flags = new LinkedHashMap<>();
    final Map<String, Resolution> resolved = new LinkedHashMap<>();
    final List<String> params = new ArrayList<>();
    final List<String> cellVars = new ArrayList<>();
    final List<String> freeVars = new ArrayList<>();
    /** Shared by all scopes of one tree: AST node -> scope, by identity. */
    final Map<Object, Scope> index;
    boolean generator;
    boolean coroutine;
    boolean starImport;
    boolean needsClassClosure;
    /** A set display appears in this scope or a scope inside it. */
    boolean setDisplays;

    Scope(Kind kind, String name, String qualname, Object node, Scope parent) {
        this.kind = kind;
        this.name = name;
        this.qualname = qualname;
        this.node = node;
        this.parent = parent;
        this.index = parent == null ? new IdentityHashMap<>() : parent.index;
        index.put(node, this);
        if (parent != null) {
            parent.children.add(this);
        }
    }

    public Kind kind() {
        return kind;
    }

    /** E.g. "f", "C", "&lt;lambda&gt;", "&lt;listcomp&gt;", "&lt;module&gt;". */
    public String name() {
        return name;
    }

    /** E.g. "f.&lt;locals&gt;.g", "C.m"; the module's is "". */
    public String qualname() {
        return qualname;
    }

    /** The Mod, FunctionDef, AsyncFunctionDef, ClassDef, Lambda or comprehension node of this scope. */
    public Object node() {
        return node;
    }

    public Scope parent() {
        return parent;
    }

    public List<Scope> children() {
        return Collections.unmodifiableList(children);
    }

    /** Same as {@link #children()}. */
    public List<Scope> childScopes() {
        return children();
    }

    /** The scope created by {@code astNode} anywhere in this tree (identity lookup), or null. */
    public Scope scopeOf(Object astNode) {
        return index.get(astNode);
    }

    /**
     * Resolution of {@code name} as seen from this scope. Names never mentioned here resolve like CPython's
     * implicit globals (GLOBAL_IMPLICIT).
     */
    public Resolution resolve(String name) {
        return resolved.getOrDefault(name, Resolution.GLOBAL_IMPLICIT);
    }

    /**
     * Whether a set display appears in this scope or one inside it: constant sets are interned in source order
     * (their iteration order depends on it, as in CPython), so such a function is translated with its module.
     */
    public boolean hasSetDisplays() {
        return setDisplays;
    }

    /** Whether some {@code name += ...} in this scope assigns the name (a str local may then grow in place). */
    public boolean isAugAddTarget(String name) {
        return (flags.getOrDefault(name, 0) & AUG_ADD) != 0;
    }

    /** All names mentioned in this scope with their resolution, in first-mention order. */
    public Map<String, Resolution> symbols() {
        return Collections.unmodifiableMap(resolved);
    }

    /**
     * Parameter names in positional order: posonly, args, vararg, kwonly, kwarg. A comprehension has the single
     * implicit parameter ".0" (its outermost iterator).
     */
    public List<String> params() {
        return Collections.unmodifiableList(params);
    }

    /** Names bound in this scope (LOCAL or CELL): params first, then the others in first-mention order. */
    public List<String> locals() {
        List<String> out = new ArrayList<>(params);
        for (Map.Entry<String, Resolution> e : resolved.entrySet()) {
            Resolution r = e.getValue();
            if ((r == Resolution.LOCAL || r == Resolution.CELL) && !params.contains(e.getKey())) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    /** Locals captured by inner scopes; for a class that needs it, includes the implicit "__class__" cell. */
    public List<String> cellVars() {
        return Collections.unmodifiableList(cellVars);
    }

    /**
     * Names this scope takes from enclosing function scopes. For a class this may include a name that is also
     * LOCAL in the class body (a method uses the outer variable): look in the class namespace first, then the
     * cell (CPython's LOAD_CLASSDEREF).
     */
    public List<String> freeVars() {
        return Collections.unmodifiableList(freeVars);
    }

    /** Contains yield / yield from directly (or is a generator expression). */
    public boolean isGenerator() {
        return generator;
    }

    /** An async def, or a comprehension using async for / await. */
    public boolean isCoroutine() {
        return coroutine;
    }

    public boolean hasStarImport() {
        return starImport;
    }

    /**
     * For a class: the body must create the implicit {@code __class__} cell because a method uses super() or
     * __class__. For a function: it references {@code __class__} (as a free variable).
     */
    public boolean usesSuperOrClass() {
        return kind == Kind.CLASS ? needsClassClosure : freeVars.contains("__class__");
    }

    @Override
    public String toString() {
        return kind + " " + qualname + " " + resolved;
    }
}
