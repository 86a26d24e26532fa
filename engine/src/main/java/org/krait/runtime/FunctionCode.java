package org.krait.runtime;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.source.Source;

/**
 * What a {@code def} compiles to, shared by every function object the definition creates (CPython's code object).
 * {@code generatorKind} is the type of what calling it makes (generator, coroutine, async_generator), or null
 * for a plain function. {@code definition} is the AST node it came from (a {@code FunctionDef}, {@code Lambda} or comprehension) and
 * {@code source} its file: {@code @jit} compiles a function from them. {@code object} is what Python code sees
 * of it ({@code f.__code__}).
 */
public record FunctionCode(String name, String qualname, Signature signature, RootCallTarget callTarget,
                           boolean isGenerator, PyType generatorKind, org.krait.parser.ast.Node definition,
                           Source source, PyCode object) {
}
