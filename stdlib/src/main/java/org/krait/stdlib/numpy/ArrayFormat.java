package org.krait.stdlib.numpy;

import org.krait.jit.types.Scalar;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * {@code repr()} and {@code str()} of arrays exactly as numpy 1.24 prints them with its default options: line
 * width 75, rows wrapped with a hanging indent, summarised with {@code ...} beyond 1000 elements (3 edge items),
 * and the {@code dtype=} suffix for dtypes that the values do not imply.
 */
final class ArrayFormat {
    private ArrayFormat() {
    }

    static String repr(PyNDArray a, PrintOptions options) {
        int lineWidth = options.lineWidth();
        String prefix = "array(";
        boolean impliedDtype = isDefault(a.dtype()) && a.size() > 0;
        String suffix = impliedDtype ? ")" : ",";
        String body;
        if (a.size() > 0 || (a.ndim() == 1)) {
            body = array2string(a, ", ", prefix, lineWidth - suffix.length(), options);
        } else {
            body = "[], shape=" + Shapes.repr(a.shape());
        }
        String text = prefix + body + suffix;
        if (impliedDtype) {
            return text;
        }
        String dtype = "dtype=" + a.dtype().typeName() + ")";
        int lastLine = text.length() - (text.lastIndexOf('\n') + 1);
        String spacer = lastLine + dtype.length() + 1 > lineWidth ? "\n" + " ".repeat(prefix.length()) : " ";
        return text + spacer + dtype;
    }

    static String str(PyNDArray a, PrintOptions options) {
        if (a.ndim() == 0) {
            return org.krait.runtime.Repr.str(Scalars.item(a, 0));
        }
        return array2string(a, " ", "", options.lineWidth(), options);
    }

    /** The dtypes whose arrays print without {@code dtype=}: those numpy infers from Python values. */
    private static boolean isDefault(Scalar t) {
        return t == Scalar.INT64 || t == Scalar.FLOAT64 || t == Scalar.BOOL || t == Scalar.COMPLEX128;
    }

    private static String array2string(PyNDArray a, String separator, String prefix, int lineWidth,
                                       PrintOptions options) {
        if (a.size() == 0) {
            return "[]";
        }
        boolean summarize = a.size() > options.threshold();
        int edge = options.edgeItems();
        IntFunction<String> format = formatter(a, summarize, options);
        String indent = " " + " ".repeat(prefix.length());
        return new Printer(a, format, separator, summarize ? "..." : null, edge).recurse(0, a.offset(), indent,
                lineWidth);
    }

    /** The element formatter fitted to the elements that will be shown. */
    private static IntFunction<String> formatter(PyNDArray a, boolean summarize, PrintOptions options) {
        List<Integer> shown = new ArrayList<>();
        collect(a, 0, a.offset(), summarize ? options.edgeItems() : -1, shown);
        Scalar t = a.dtype();
        Object data = a.data();
        if (t == Scalar.BOOL) {
            String trueText = a.ndim() > 0 ? " True" : "True";
            boolean[] d = (boolean[]) data;
            return p -> d[p] ? trueText : "False";
        }
        if (Storage.isFloat(t)) {
            Storage.DoubleGet get = Storage.doubles(t, data);
            double[] values = shown.stream().mapToDouble(get::get).toArray();
            FloatFormat f = new FloatFormat(values, t == Scalar.FLOAT32, options);
            return p -> f.format(get.get(p));
        }
        int width = 0;
        for (int p : shown) {
            width = Math.max(width, Scalars.at(t, data, p).toString().length());
        }
        int w = width;
        return p -> {
            String s = Scalars.at(t, data, p).toString();
            return " ".repeat(Math.max(0, w - s.length())) + s;
        };
    }

    /** The positions of the elements shown: all, or {@code edge} at each end of every long dimension. */
    private static void collect(PyNDArray a, int dim, long base, int edge, List<Integer> out) {
        if (dim == a.ndim()) {
            out.add((int) base);
            return;
        }
        long n = a.shape()[dim];
        for (long i = 0; i < n; i++) {
            if (edge >= 0 && n > 2L * edge && i == edge) {
                i = n - edge;
            }
            collect(a, dim + 1, base + i * a.strides()[dim], edge, out);
        }
    }

    /** numpy's {@code _formatArray}: nested brackets, rows wrapped at the line width. */
    private record Printer(PyNDArray a, IntFunction<String> format, String separator, String summary, int edge) {
        String recurse(int dim, long base, String hangingIndent, int currWidth) {
            int axesLeft = a.ndim() - dim;
            if (axesLeft == 0) {
                return format.apply((int) base);
            }
            String nextIndent = hangingIndent + " ";
            int nextWidth = currWidth - 1;
            long n = a.shape()[dim];
            long stride = a.strides()[dim];
            boolean showSummary = summary != null && 2L * edge < n;
            long leading = showSummary ? edge : 0;
            long trailing = showSummary ? edge : n;
            StringBuilder s = new StringBuilder();
            if (axesLeft == 1) {
                int elemWidth = currWidth - Math.max(separator.stripTrailing().length(), 1);
                StringBuilder line = new StringBuilder(hangingIndent);
                for (long i = 0; i < leading; i++) {
                    extend(s, line, recurse(dim + 1, base + i * stride, nextIndent, nextWidth), elemWidth,
                            hangingIndent);
                    line.append(separator);
                }
                if (showSummary) {
                    extend(s, line, summary, elemWidth, hangingIndent);
                    line.append(separator);
                }
                for (long i = trailing; i > 1; i--) {
                    extend(s, line, recurse(dim + 1, base + (n - i) * stride, nextIndent, nextWidth), elemWidth,
                            hangingIndent);
                    line.append(separator);
                }
                extend(s, line, recurse(dim + 1, base + (n - 1) * stride, nextIndent, nextWidth), elemWidth,
                        hangingIndent);
                s.append(line);
            } else {
                String lineSep = separator.stripTrailing() + "\n".repeat(axesLeft - 1);
                for (long i = 0; i < leading; i++) {
                    s.append(hangingIndent).append(recurse(dim + 1, base + i * stride, nextIndent, nextWidth))
                            .append(lineSep);
                }
                if (showSummary) {
                    s.append(hangingIndent).append(summary).append(lineSep);
                }
                for (long i = trailing; i > 1; i--) {
                    s.append(hangingIndent).append(recurse(dim + 1, base + (n - i) * stride, nextIndent, nextWidth))
                            .append(lineSep);
                }
                s.append(hangingIndent).append(recurse(dim + 1, base + (n - 1) * stride, nextIndent, nextWidth));
            }
            return "[" + s.substring(hangingIndent.length()) + "]";
        }

        /** Appends {@code word} to the line, first wrapping when it would pass the width (and wrapping helps). */
        private static void extend(StringBuilder s, StringBuilder line, String word, int width, String indent) {
            boolean wrap = line.length() + word.length() > width && line.length() > indent.length();
            if (wrap) {
                s.append(line.toString().stripTrailing()).append('\n');
                line.setLength(0);
                line.append(indent);
            }
            line.append(word);
        }
    }
}
