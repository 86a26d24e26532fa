"""numba.core: what programs import from it (errors)."""
