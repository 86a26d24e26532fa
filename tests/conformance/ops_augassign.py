# Every augmented assignment operator.
x = 10
x += 5
print('+=', x)
x -= 3
print('-=', x)
x *= 4
print('*=', x)
x /= 8
print('/=', x)
x = 17
x //= 5
print('//=', x)
x = 17
x %= 5
print('%=', x)
x = 3
x **= 4
print('**=', x)
x = 0b1111
x &= 0b1010
print('&=', x)
x |= 0b0101
print('|=', x)
x ^= 0b0011
print('^=', x)
x <<= 3
print('<<=', x)
x >>= 2
print('>>=', x)

# Negative and float operands
y = -17
y //= 5
print(y)
y = -17
y %= 5
print(y)
y = 2.5
y **= 2
print(y)
y = 7
y /= 2
print(y, type(y))
y = 1
y -= 0.1
print(y)

# Strings, lists, tuples
s = 'ab'
s += 'cd'
s *= 2
print(s)
l = [1]
alias = l
l += [2]
l *= 2
print(l, alias, l is alias)
t = (1,)
t_alias = t
t += (2,)
print(t, t_alias, t is t_alias)

# Subscripts and nested targets
counts = {'a': 0}
counts['a'] += 1
counts['a'] *= 10
print(counts)
grid = [[1, 2], [3, 4]]
grid[1][0] += 100
grid[0][1] **= 3
print(grid)
arr = [5, 6, 7]
i = 0
arr[i] -= 1
arr[-1] //= 2
print(arr)

# Sets
st = {1, 2, 3}
st |= {4}
st &= {2, 3, 4}
st -= {2}
st ^= {3, 5}
print(st)

# Accumulator patterns
total = 0
prod = 1
bits = 0
for n in range(1, 8):
    total += n
    prod *= n
    bits |= 1 << n
print(total, prod, bin(bits))

# Big ints via augmented assignment
big = 1
for _ in range(70):
    big *= 2
print(big)
big >>= 60
print(big)
big **= 10
print(big)

# Augmented assignment evaluates the target once
calls = []
def idx():
    calls.append(1)
    return 0
data = [10]
data[idx()] += 5
print(data, len(calls))
