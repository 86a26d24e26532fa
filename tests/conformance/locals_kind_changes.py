# A local that holds different kinds over time, in loops hot enough to be compiled (and OSR-compiled).
def mixed(n):
    x = 0
    total = 0.0
    seen = []
    for i in range(n):
        if i % 1000 == 999:
            x = "s%d" % i          # the int slot now holds a str
            seen.append(x)
        elif i % 1000 == 500:
            x = 1.5                # and a float
            total += x
        else:
            x = i                  # back to an int
            total += x % 7
        flag = i % 3 == 0          # a bool slot that turns into an int
        if i % 5000 == 4999:
            flag = i
            total += flag
    return x, total, seen[:3], len(seen), flag

for n in (10, 3000, 200000):
    print(mixed(n))

def grow(n):
    s = ""
    for i in range(n):
        s += "ab" if i % 2 else "c"
        if i == n // 2:
            t = s          # a plain read of the growing string
    return len(s), len(t), s[:5], t[-3:]

print(grow(10))
print(grow(5000))
