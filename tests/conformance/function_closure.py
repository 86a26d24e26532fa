# A function's __closure__: one cell per free variable (co_freevars order), whose cell_contents reads and sets
# the shared variable; an empty cell raises ValueError; functions without free variables have None.
def outer():
    a = 1
    b = 'x'
    def inner():
        return a, b
    c_late = None
    def uses_late():
        return late
    late = 5
    return inner, uses_late
inner, uses_late = outer()
print(inner.__code__.co_freevars, [c.cell_contents for c in inner.__closure__], type(inner.__closure__[0]).__name__)
print(uses_late.__code__.co_freevars, uses_late.__closure__[0].cell_contents)
inner.__closure__[0].cell_contents = 42
print(inner())
def plain(): return 1
print(plain.__closure__, repr(inner.__closure__[1]).split(' at ')[0])
def empty_cell():
    def f(): return v
    c = f.__closure__[0]
    try:
        c.cell_contents
    except ValueError as e:
        print("ValueError", e)
    print(repr(c).endswith(": empty>"))
    v = 1
empty_cell()
print(inner.__closure__[0] is inner.__closure__[0])
