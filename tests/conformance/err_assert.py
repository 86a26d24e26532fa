# A failing assert statement without a message.
def checked_sqrt(v):
    assert v >= 0
    return v ** 0.5

print(checked_sqrt(16.0))
print(checked_sqrt(2))
assert checked_sqrt(9) == 3, 'this one passes'
print(checked_sqrt(-1))
