# f-strings: expressions, calls, nested quotes, escaping braces.
name = 'World'
n = 42
pi = 3.14159
items = ['a', 'b', 'c']
d = {'key': 'value', 'num': 7}
print(f'Hello, {name}!')
print(f'{n} + 1 = {n + 1}, n squared is {n ** 2}')
print(f'{name.upper()} {name.lower()} {len(name)} {name[::-1]}')
print(f'{items} {items[0]} {len(items)} {", ".join(items)}')
print(f"{d['key']} {d['num'] * 2} {d}")
print(f'{pi} {pi * 2} {round(pi, 2)} {int(pi)}')
print(f'{{literal braces}} {{{n}}} {{}}')
print(f'{True} {None} {[1, 2]} {(1,)} {{1, 2}}')
print(f'{n if n > 40 else 0} {"yes" if n % 2 == 0 else "no"}')
print(f"{'nested ' + 'strings'} {'x' * 3}", f'{"double" if n else "other"}')
print(F'capital F {n}', f'' == '', f'{""}' == '')
print(f'{n}{n}{n}', f'{n}' + f'{n}', f'{"a" "b"}')
print(f'{[x * 2 for x in range(3)]} {sum(x for x in range(4))}')
print(f'{(lambda x: x + 1)(5)} {max(3, 9)} {abs(-4)}')
print(f'{"multi"}\n{"line"}')
print(f'tab\t{n}\ttab')
print(rf'raw {name} \n', fr'\d+{n}')
print(f'{name!r} {name!s} {"é"!a} {items!r}')
print(f'{3.0} {1e20} {1e-7} {-0.0} {2**64}')

# f-strings in loops
for i, word in enumerate(['alpha', 'beta', 'gamma'], start=1):
    print(f'{i}. {word} has {len(word)} letters and starts with {word[0]!r}')

# Building messages
def describe(person):
    return f"{person['name']} is {person['age']} years old and lives in {person['city']}."
people = [
    {'name': 'Ann', 'age': 31, 'city': 'Oslo'},
    {'name': 'Raj', 'age': 25, 'city': 'Pune'},
]
for p in people:
    print(describe(p))

# Multi-line f-string concatenation
width = 12
msg = (
    f'name:  {name}\n'
    f'count: {n}\n'
    f'width: {width}'
)
print(msg)
print(f"""triple {n}
quoted {name}""")

# Expressions with operators and method calls
a, b = 7, 3
print(f'{a} / {b} = {a / b}; {a} // {b} = {a // b}; {a} % {b} = {a % b}')
print(f'{a > b} {a == b} {a is not None} {not a}')
print(f'{"-" * 10}|{"=" * 5}')
print(f'{d.get("missing", "default")} {list(d)} {sorted(d.values(), key=str)}')
total = 0
for price in [1.25, 2.5, 3.75]:
    total += price
    print(f'added {price}, running total {total}')
