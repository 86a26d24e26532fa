"""A module's docstring becomes its __doc__: here, and in code run by exec()."""

print(__doc__)
namespace = {}
exec('"exec docstring"\nvalue = 1', namespace)
print(namespace["__doc__"], namespace["value"])
exec('value = 2', namespace)
print(namespace["__doc__"])
other = {}
exec('x = "not a docstring"', other)
print(other.get("__doc__"), other["x"])
