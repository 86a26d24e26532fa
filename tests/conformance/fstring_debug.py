# f-string conversions and the = debug form.
x = 10
name = 'Ana'
pi = 3.14159
data = [1, 'two', 3.0]
print(f'{x=}')
print(f'{name=}')
print(f'{pi=}')
print(f'{data=}')
print(f'{x = }')
print(f'{x=!s}', f'{name=!s}', f'{name=!r}', f'{name=!a}')
print(f'{pi = :.2f}')
print(f'{pi=:.3}', f'{x=:>5}', f'{x=:#x}', f'{name=:>6}')
print(f'{x + 1=}', f'{x * 2 = }', f'{len(name)=}', f'{name.upper()=}')
print(f'{data[1]=}', f'{data[-1] = }', f'{x > 5=}', f'{None=}')
print(f'{"literal"=}', f'{1 + 1 = }')

# Conversions
s = 'café\n'
print(f'{s!r}', f'{s!a}', f'{s!s}'.strip(), f'{42!r}', f'{[s]!s}')
print(f"{'quote' + chr(39) + 's'!r}", f'{chr(34)!r}', f"{chr(39) + chr(34)!r}")
print(f'{"x"!r:>8}', f'{"x"!s:>8}', f'{"é"!a:^10}', f'{3.0!r}', f'{None!r}')
print(f'{b"bytes"!s}', f'{b"bytes"!r}', f'{(1,)!s}')

# Debugging a loop
total = 0
for i in range(1, 4):
    total += i * i
    print(f'{i=} {total=} {i * i = }')

# Debug form keeps the expression text exactly as written
a, b = 3, 4
print(f'{a+b=}', f'{a + b=}', f'{a  +  b  =  }', f'{(a, b)=}')
print(f'{a**b=:,}', f'{2**20=:_}', f'{a/b=:.1%}')

def area(w, h):
    return w * h
print(f'{area(2, 3)=}', f'{area(w=1, h=9) = }')
print(f'{x=}{x=}', f'[{x=}]')
