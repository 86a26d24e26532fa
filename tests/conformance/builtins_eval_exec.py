# eval, exec and compile: namespaces, results and syntax errors.
x = 10
print(eval("x + 1"), eval("y * 2", {"y": 4}), eval("a + b", {"a": 1}, {"b": 2}), eval("  3 * 3"))
exec("z = x * 3")
print(z)
ns = {}
exec("def f(n):\n    return n + 1\nw = f(1)", ns)
print(ns["w"], sorted(k for k in ns if k != "__builtins__"), "__builtins__" in ns, ns["f"](41))
exec("del w", ns)
print("w" in ns)


def local_eval():
    q = 5
    return eval("q + x"), eval("[x * i for i in range(3)]")


print(local_eval())
c = compile("1 + 2", "<s>", "eval")
print(eval(c), type(c).__name__)
exec(compile("print('compiled exec', 6 * 7)", "<x>", "exec"))
for bad in ["1 +", "x = 1", "(", "def"]:
    try:
        eval(bad)
    except SyntaxError as e:
        print("SyntaxError", repr(bad), e.msg)
try:
    exec("raise ValueError('inside exec')")
except ValueError as e:
    print("ValueError", e)
try:
    eval("undefined_name")
except NameError as e:
    print("NameError", e)
try:
    compile("1", "<s>", "bogus")
except ValueError as e:
    print("ValueError", e)
# A tiny template engine built on eval, as some programs do.
template = "{name} is {age + 1} next year"
values = {"name": "Ann", "age": 30}
out = ""
for part in template.replace("}", "{").split("{"):
    out += str(eval(part, {}, values)) if part.strip() and any(c.isalpha() for c in part) and part in template[template.index(part) - 1:] and template[template.index(part) - 1] == "{" else part
print(out)
