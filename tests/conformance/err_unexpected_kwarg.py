# Calling a function with an unknown keyword argument.
def greet(name, greeting='Hello'):
    return greeting + ' ' + name

print(greet('Ann'))
print(greet('Bob', greeting='Hi'))
print(greet('Cy', salutation='Yo'))
