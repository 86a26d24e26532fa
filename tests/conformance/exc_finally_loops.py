# try/except/finally inside for and while loops: break, continue and else.

# break and continue inside try/finally in loops.
out = []
for i in range(6):
    try:
        if i == 1:
            continue
        if i == 4:
            break
        out.append(i)
    finally:
        out.append(f'f{i}')
else:
    out.append('no-break')
print(out)

out = []
for i in range(3):
    try:
        try:
            if i == 1:
                raise RuntimeError(i)
            out.append(f'body{i}')
        finally:
            out.append(f'inner-finally{i}')
    except RuntimeError as e:
        out.append(f'caught{e}')
        continue
    finally:
        out.append(f'outer-finally{i}')
    out.append(f'end{i}')
print(out)


def break_in_finally():
    results = []
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            results.append(i)
            break                   # discards the exception
    return results


def continue_in_finally():
    results = []
    for i in range(3):
        try:
            if i % 2:
                raise ValueError(i)
            results.append(f'ok{i}')
        finally:
            continue                # also discards the exception (allowed since 3.8)
    return results


print(break_in_finally(), continue_in_finally())

# while loops with try and else.
attempts = iter(['x', '', '12', '7'])
while True:
    text = next(attempts)
    try:
        number = int(text)
    except ValueError:
        print(f'  rejected {text!r}')
        continue
    else:
        print('  accepted', number)
        break
    finally:
        print('  attempt done')
print('number =', number)
