# Attribute errors on builtin types.
numbers = [3, 1, 2]
numbers.sort()
print(numbers)
text = 'hello'
print(text.upper())
numbers.push(4)
