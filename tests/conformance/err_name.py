# Using a name that was never defined.
total = 0
for i in range(3):
    total += i
print('total is', total)
print('undefined next')
print(undefined_variable_xyz)
