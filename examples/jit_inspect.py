# What @jit made of a function: the types it inferred for every line, and the JVM bytecode it generated.
#   bin/krait examples/jit_inspect.py
from numba import njit


@njit
def harmonic(n):
    s = 0
    for k in range(1, n + 1):
        s += 1 / k
    return s


print(harmonic(10))
harmonic.inspect_types()                           # source annotated with int64 / float64 / ...
print(harmonic.inspect_bytecode(harmonic.signatures[0]))   # the generated class, as ASM's Textifier prints it
