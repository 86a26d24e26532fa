package org.krait.stdlib.numpy;

import org.krait.jit.array.NDArray;
import org.krait.jit.types.Scalar;
import org.krait.runtime.PyErrors;

import java.lang.reflect.Array;

/**
 * Reading and writing the primitive array behind a dtype through two lanes: integers and bools as {@code long},
 * floats as {@code double}. Kernels work in a lane and never care which Java array holds the elements.
 */
final class Storage {
    private Storage() {
    }

    /** Reads element {@code i} of the backing array as a long. */
    interface LongGet {
        long get(int i);
    }

    interface DoubleGet {
        double get(int i);
    }

    interface LongSet {
        void set(int i, long v);
    }

    interface DoubleSet {
        void set(int i, double v);
    }

    /** A new zero-filled backing array for an array of {@code shape}. */
    static Object allocate(Scalar dtype, long[] shape) {
        if (dtype.kind() == Scalar.Kind.COMPLEX) {
            throw PyErrors.notImplemented("complex arrays are not supported");
        }
        int n = Shapes.elements(shape, dtype);
        try {
            return Array.newInstance(NDArray.storageClass(dtype).getComponentType(), n);
        } catch (OutOfMemoryError e) {
            throw Shapes.outOfMemory(shape, dtype);
        }
    }

    static boolean isFloat(Scalar t) {
        return t.kind() == Scalar.Kind.FLOAT;
    }

    static LongGet longs(Scalar t, Object data) {
        return switch (t) {
            case INT64, UINT64 -> {
                long[] d = (long[]) data;
                yield i -> d[i];
            }
            case INT32 -> {
                int[] d = (int[]) data;
                yield i -> d[i];
            }
            case UINT32 -> {
                int[] d = (int[]) data;
                yield i -> d[i] & 0xffff_ffffL;
            }
            case INT16 -> {
                short[] d = (short[]) data;
                yield i -> d[i];
            }
            case UINT16 -> {
                short[] d = (short[]) data;
                yield i -> d[i] & 0xffff;
            }
            case INT8 -> {
                byte[] d = (byte[]) data;
                yield i -> d[i];
            }
            case UINT8 -> {
                byte[] d = (byte[]) data;
                yield i -> d[i] & 0xff;
            }
            case BOOL -> {
                boolean[] d = (boolean[]) data;
                yield i -> d[i] ? 1 : 0;
            }
            case FLOAT64 -> {
                double[] d = (double[]) data;
                yield i -> (long) d[i];
            }
            case FLOAT32 -> {
                float[] d = (float[]) data;
                yield i -> (long) d[i];
            }
            default -> throw unsupported(t);
        };
    }

    static DoubleGet doubles(Scalar t, Object data) {
        return switch (t) {
            case FLOAT64 -> {
                double[] d = (double[]) data;
                yield i -> d[i];
            }
            case FLOAT32 -> {
                float[] d = (float[]) data;
                yield i -> d[i];
            }
            case UINT64 -> {
                long[] d = (long[]) data;
                yield i -> unsignedToDouble(d[i]);
            }
            default -> {
                LongGet g = longs(t, data);
                yield i -> g.get(i);
            }
        };
    }

    static LongSet longSetter(Scalar t, Object data) {
        return switch (t) {
            case INT64, UINT64 -> {
                long[] d = (long[]) data;
                yield (i, v) -> d[i] = v;
            }
            case INT32, UINT32 -> {
                int[] d = (int[]) data;
                yield (i, v) -> d[i] = (int) v;
            }
            case INT16, UINT16 -> {
                short[] d = (short[]) data;
                yield (i, v) -> d[i] = (short) v;
            }
            case INT8, UINT8 -> {
                byte[] d = (byte[]) data;
                yield (i, v) -> d[i] = (byte) v;
            }
            case BOOL -> {
                boolean[] d = (boolean[]) data;
                yield (i, v) -> d[i] = v != 0;
            }
            case FLOAT64 -> {
                double[] d = (double[]) data;
                yield (i, v) -> d[i] = v;
            }
            case FLOAT32 -> {
                float[] d = (float[]) data;
                yield (i, v) -> d[i] = v;
            }
            default -> throw unsupported(t);
        };
    }

    static DoubleSet doubleSetter(Scalar t, Object data) {
        return switch (t) {
            case FLOAT64 -> {
                double[] d = (double[]) data;
                yield (i, v) -> d[i] = v;
            }
            case FLOAT32 -> {
                float[] d = (float[]) data;
                yield (i, v) -> d[i] = (float) v;
            }
            case BOOL -> {
                boolean[] d = (boolean[]) data;
                yield (i, v) -> d[i] = v != 0;
            }
            default -> {
                // a float stored in an integer array is truncated toward zero, as numpy's astype does
                LongSet s = longSetter(t, data);
                yield (i, v) -> s.set(i, (long) v);
            }
        };
    }

    private static double unsignedToDouble(long v) {
        return v >= 0 ? v : (double) (v >>> 1) * 2.0 + (v & 1);
    }

    static RuntimeException unsupported(Scalar t) {
        return PyErrors.notImplemented("arrays of dtype " + t.typeName() + " are not supported");
    }
}
