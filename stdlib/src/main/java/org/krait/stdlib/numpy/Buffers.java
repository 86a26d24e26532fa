package org.krait.stdlib.numpy;

import org.krait.jit.types.Scalar;
import org.krait.runtime.PyBytes;
import org.krait.runtime.PyErrors;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** {@code a.tobytes()} and {@code np.frombuffer}: the elements as raw little-endian bytes, as NumPy lays them out. */
final class Buffers {
    private Buffers() {
    }

    static PyBytes tobytes(PyNDArray a) {
        PyNDArray dense = a.isCContiguous() ? a : Conversions.astype(a, a.dtype());
        int n = (int) dense.size();
        int offset = dense.offsetInt();
        ByteBuffer out = ByteBuffer.allocate(Math.toIntExact(n * DType.itemsize(a.dtype())))
                .order(ByteOrder.LITTLE_ENDIAN);
        Object data = dense.data();
        switch (a.dtype()) {
            case INT64, UINT64 -> out.asLongBuffer().put((long[]) data, offset, n);
            case INT32, UINT32 -> out.asIntBuffer().put((int[]) data, offset, n);
            case INT16, UINT16 -> out.asShortBuffer().put((short[]) data, offset, n);
            case INT8, UINT8 -> out.put((byte[]) data, offset, n);
            case FLOAT64 -> out.asDoubleBuffer().put((double[]) data, offset, n);
            case FLOAT32 -> out.asFloatBuffer().put((float[]) data, offset, n);
            case BOOL -> {
                boolean[] b = (boolean[]) data;
                for (int i = 0; i < n; i++) {
                    out.put(i, (byte) (b[offset + i] ? 1 : 0));
                }
            }
            default -> throw Storage.unsupported(a.dtype());
        }
        return new PyBytes(out.array());
    }

    /** A new 1-D array of {@code count} elements (-1: all) read from {@code offset} bytes into the buffer. */
    static PyNDArray frombuffer(PyBytes buffer, Scalar dtype, long count, long offset) {
        byte[] bytes = buffer.bytes();
        long itemsize = DType.itemsize(dtype);
        if (offset < 0 || offset > bytes.length) {
            throw PyErrors.valueError("offset must be non-negative and no greater than buffer length ("
                    + bytes.length + ")");
        }
        long available = bytes.length - offset;
        if (count < 0) {
            if (available % itemsize != 0) {
                throw PyErrors.valueError("buffer size must be a multiple of element size");
            }
            count = available / itemsize;
        } else if (count * itemsize > available) {
            throw PyErrors.valueError("buffer is smaller than requested size");
        }
        int n = (int) count;
        PyNDArray out = PyNDArray.zeros(dtype, new long[]{n});
        ByteBuffer in = ByteBuffer.wrap(bytes, (int) offset, (int) (n * itemsize)).slice()
                .order(ByteOrder.LITTLE_ENDIAN);
        Object data = out.data();
        switch (dtype) {
            case INT64, UINT64 -> in.asLongBuffer().get((long[]) data);
            case INT32, UINT32 -> in.asIntBuffer().get((int[]) data);
            case INT16, UINT16 -> in.asShortBuffer().get((short[]) data);
            case INT8, UINT8 -> in.get((byte[]) data);
            case FLOAT64 -> in.asDoubleBuffer().get((double[]) data);
            case FLOAT32 -> in.asFloatBuffer().get((float[]) data);
            case BOOL -> {
                boolean[] b = (boolean[]) data;
                for (int i = 0; i < n; i++) {
                    b[i] = in.get(i) != 0;
                }
            }
            default -> throw Storage.unsupported(dtype);
        }
        return out;
    }
}
