package org.krait.parser.ast;

import java.util.List;

/**
 * A parameter list. {@code kwDefaults} is parallel to {@code kwonlyargs} (null entry = no default);
 * {@code defaults} belong to the last {@code defaults.size()} of posonlyargs+args.
 */
public record Arguments(List<Arg> posonlyargs, List<Arg> args, Arg vararg /* nullable */, List<Arg> kwonlyargs,
                        List<Expr> kwDefaults, Arg kwarg /* nullable */, List<Expr> defaults) implements Node {
    public static final Arguments EMPTY = new Arguments(List.of(), List.of(), null, List.of(), List.of(), null,
            List.of());
}
