# Int, float and bool arrays of 1 to 4 dimensions and random shapes print as NumPy prints them.
import random
import numpy as np
random.seed(11)
for trial in range(15):
    nd = random.randint(1, 4)
    shape = tuple(random.randint(1, 7 if nd > 2 else 30) for _ in range(nd))
    size = 1
    for s in shape:
        size *= s
    mag = 10 ** random.randint(0, 12)
    kind = random.choice(['i', 'f', 'b', 'i32', 'u8'])
    vals = [random.randint(-mag, mag) for _ in range(size)]
    a = np.array(vals).reshape(shape)
    if kind == 'f':
        a = a / 7
    elif kind == 'b':
        a = a > 0
    elif kind == 'i32':
        a = a.astype(np.int32)
    elif kind == 'u8':
        a = a.astype(np.uint8)
    print(repr(a))
    print(a)
big = np.arange(3000).reshape(3, 1000) * 1.5
print(big, repr(big[:, ::7]), repr(np.arange(1200) % 7 == 0))
