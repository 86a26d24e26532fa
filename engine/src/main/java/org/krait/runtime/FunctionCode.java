package org.krait.runtime;

import com.oracle.truffle.api.RootCallTarget;

/** What a {@code def} compiles to, shared by every function object the definition creates (CPython's code object). */
public record FunctionCode(String name, String qualname, Signature signature, RootCallTarget callTarget,
                           boolean isGenerator) {
}
