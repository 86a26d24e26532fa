# Unbounded recursion.
def countdown(n):
    if n == 0:
        return 'done'
    return countdown(n - 1)

print(countdown(10))
print(countdown(500))

def forever(n):
    return forever(n + 1) + 1

print('recursing forever...')
print(forever(0))
