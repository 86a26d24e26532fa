# Recursive functions.
def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)
print([factorial(i) for i in range(10)], factorial(30))

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(15)], fib(20))

def power(base, exp):
    if exp == 0:
        return 1
    half = power(base, exp // 2)
    return half * half * (base if exp % 2 else 1)
print(power(2, 30), power(3, 13), power(7, 0))

def flatten(items):
    out = []
    for item in items:
        if isinstance(item, list):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out
print(flatten([1, [2, [3, [4, [5]]]], 6, [], [[7, 8]]]))

def depth(items):
    if not isinstance(items, list):
        return 0
    return 1 + max([depth(i) for i in items], default=0)
print(depth([]), depth([1]), depth([1, [2, [3]]]))

def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src, moves)
moves = []
hanoi(4, 'A', 'C', 'B', moves)
print(len(moves), moves[:5])

def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    result = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            result.append([items[i]] + p)
    return result
print(permutations([1, 2, 3]))
print(len(permutations(list('abcde'))))

def binary_search(arr, target, lo, hi):
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if arr[mid] == target:
        return mid
    if arr[mid] < target:
        return binary_search(arr, target, mid + 1, hi)
    return binary_search(arr, target, lo, mid - 1)
arr = list(range(0, 100, 3))
print([binary_search(arr, t, 0, len(arr) - 1) for t in [0, 3, 51, 99, 50, 100]])

# Mutual recursion
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(10), is_odd(7), is_even(7))

# Ackermann (small) and deep-ish recursion
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3), ackermann(3, 3))

def count_down(n):
    return 0 if n == 0 else 1 + count_down(n - 1)
print(count_down(900))

# Merge sort
def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    left, right = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    merged = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            merged.append(left[i])
            i += 1
        else:
            merged.append(right[j])
            j += 1
    return merged + left[i:] + right[j:]
print(merge_sort([38, 27, 43, 3, 9, 82, 10, 3]))

# Sum of nested dict values
def deep_sum(obj):
    if isinstance(obj, dict):
        return sum(deep_sum(v) for v in obj.values())
    if isinstance(obj, (list, tuple)):
        return sum(deep_sum(v) for v in obj)
    return obj
print(deep_sum({'a': 1, 'b': [2, 3, {'c': 4}], 'd': (5, {'e': [6]})}))

# Recursive string building
def to_binary(n):
    return str(n) if n < 2 else to_binary(n // 2) + str(n % 2)
print([to_binary(n) for n in [0, 1, 5, 10, 255]])
