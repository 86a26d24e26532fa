# An uncaught exception group: the report ends with the closing line of its box.
def check(values):
    errors = [ValueError(f"bad value {v!r}") for v in values if not isinstance(v, int)]
    if errors:
        raise ExceptionGroup("invalid input", errors)


check([1, 2, 3])
print("first batch ok")
check([1, "x", 2.5])
