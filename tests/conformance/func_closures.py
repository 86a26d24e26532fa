# Closures, nonlocal and global.
def make_counter():
    count = 0
    def increment():
        nonlocal count
        count += 1
        return count
    return increment

c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2(), c1(), c2())

def make_multiplier(factor):
    def multiply(x):
        return x * factor
    return multiply

double = make_multiplier(2)
triple = make_multiplier(3)
print(double(5), triple(5), double(triple(2)))

# Closures capture variables, not values
def make_functions():
    funcs = []
    for i in range(3):
        funcs.append(lambda: i)
    return funcs
print([f() for f in make_functions()])

def make_functions_fixed():
    funcs = []
    for i in range(3):
        funcs.append(lambda i=i: i)
    return funcs
print([f() for f in make_functions_fixed()])

# A closure seeing later changes in the enclosing scope
def outer():
    x = 'before'
    def show():
        return x
    x = 'after'
    return show()
print(outer())

# nonlocal across two levels
def level1():
    v = 1
    def level2():
        def level3():
            nonlocal v
            v *= 10
            return v
        return level3()
    level2()
    level2()
    return v
print(level1())

# global
total = 0
def add_to_total(n):
    global total
    total += n
    return total
print(add_to_total(5), add_to_total(10), total)

def create_global():
    global created
    created = 'made inside'
create_global()
print(created)

def read_global():
    return total * 2
print(read_global())

# Shadowing: local assignment does not affect the global
name = 'global'
def shadow():
    name = 'local'
    return name
print(shadow(), name)

# Accumulator with state in a closure
def running_average():
    values = []
    def add(v):
        values.append(v)
        return sum(values) / len(values)
    return add
avg = running_average()
print(avg(10), avg(20), avg(60))

# Bank account using closures
def account(balance):
    def deposit(amount):
        nonlocal balance
        balance += amount
        return balance
    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            return 'insufficient funds'
        balance -= amount
        return balance
    def get():
        return balance
    return deposit, withdraw, get
dep, wd, get = account(100)
print(dep(50), wd(30), wd(500), get())

# Closure cells are visible
print(c1.__name__, double.__name__, make_counter.__name__)

# Memoization with a closure dict
def memoize(fn):
    cache = {}
    def inner(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return inner

@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), [fib(i) for i in range(10)])
