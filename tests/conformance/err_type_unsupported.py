# Unsupported operand types for an arithmetic operator.
values = [1, 2, 3]
print(sum(values), values * 2)
label = 'total'
print([label] + values)
print(values - 1)
