# Expected an indented block.
def f():
    return 1

if f() == 1:
print("not indented")
