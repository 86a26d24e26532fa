# Float arrays of every magnitude (float64 and float32) print digit for digit as NumPy prints them.
import random
import numpy as np
random.seed(7)
for trial in range(150):
    n = random.randint(1, 8)
    scale = 10.0 ** random.randint(-12, 12)
    vals = [random.uniform(-1, 1) * scale * (10 ** random.randint(0, 3)) for _ in range(n)]
    if random.random() < 0.2:
        vals = [round(v, random.randint(0, 3)) for v in vals]
    if random.random() < 0.1:
        vals.append(0.0)
    if random.random() < 0.05:
        vals.append(float('nan'))
    a = np.array(vals)
    print(repr(a))
    print(a.astype(np.float32))
    if n >= 4 and random.random() < 0.3:
        print(repr(a[:4].reshape(2, 2)))
