# Assigning to a name in a function makes it local everywhere in that function.
x = 10

def show():
    print('global x is', x)

def broken():
    print('before assignment')
    print(x)
    x = 20

show()
broken()
