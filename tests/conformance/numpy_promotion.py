# Result dtypes and values of every operator and several ufuncs over every pair of dtypes, and with Python
# scalars (numpy 1.24's value-based casting), as NumPy computes them.
import numpy as np
dtypes = [np.bool_, np.int8, np.int16, np.int32, np.int64, np.uint8, np.uint16, np.uint32, np.float32, np.float64]
ops = ['+', '-', '*', '/', '//', '%', '**', '&', '|', '^', '<', '==', 'min', 'max']
scalars = [True, 3, -2, 2.5]
for da in dtypes:
    a = np.array([0, 1, 5], dtype=da) if da is not np.bool_ else np.array([False, True, True])
    for db in dtypes + scalars:
        b = (np.array([2, 1, 3], dtype=db) if db is not np.bool_ else np.array([True, False, True])) if isinstance(db, type) else db
        for op in ops:
            try:
                if op == 'min':
                    r = np.minimum(a, b)
                elif op == 'max':
                    r = np.maximum(a, b)
                else:
                    r = eval('a %s b' % op)
                print(np.dtype(da).name, getattr(db, '__name__', repr(db)), op, r.dtype, r.tolist())
            except Exception as e:
                print(np.dtype(da).name, getattr(db, '__name__', repr(db)), op, 'error', type(e).__name__ if not isinstance(e, TypeError) else 'TypeError')
floats = (np.sqrt, np.floor)
for da in dtypes:
    a = np.array([0, 1, 4], dtype=da) if da is not np.bool_ else np.array([False, True, True])
    small = np.dtype(da).itemsize == 1
    for f in (np.negative, np.absolute, np.sqrt, np.floor, np.square, np.invert, np.sign, np.logical_not, np.isnan):
        if small and f in floats:
            continue  # numpy computes these in float16, which Krait does not have
        try:
            r = f(a)
            print(np.dtype(da).name, f.__name__, r.dtype, r.tolist())
        except Exception as e:
            print(np.dtype(da).name, f.__name__, 'error', type(e).__name__ if not isinstance(e, TypeError) else 'TypeError')
    if da is not np.float32:
        for red in ('sum', 'prod', 'min', 'max', 'mean', 'std', 'argmax', 'any', 'cumsum'):
            r = getattr(a, red)()
            print(np.dtype(da).name, red, r.tolist() if isinstance(r, np.ndarray) else r)
