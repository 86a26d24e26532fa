package org.krait.jit.infer;

import org.krait.jit.types.JitType;

import java.util.List;

/**
 * One implementation of a builtin or {@code math} function for given parameter types: arguments are converted to
 * {@code params} and passed to the static Java method {@code owner.method} (descriptor {@code descriptor}); an
 * intrinsic without an owner returns its converted argument(s) unchanged (e.g. {@code float(n)}).
 */
public record Intrinsic(String name, List<JitType> params, JitType result, String owner, String method,
                        String descriptor) {
    public boolean isIdentity() {
        return owner == null;
    }

    public String signature() {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < params.size(); i++) {
            sb.append(i > 0 ? ", " : "").append(params.get(i).typeName());
        }
        return sb.append(") -> ").append(result.typeName()).toString();
    }
}
