# Raising a builtin exception explicitly.
def validate(age):
    if age < 0:
        raise ValueError('bad')
    return age

print(validate(30))
print(validate(0))
print(validate(-1))
