"""numba.core.errors: the exceptions compilation raises."""
from kjit import NumbaError, TypingError, UnsupportedError
