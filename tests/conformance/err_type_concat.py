# Adding a str and an int.
name = 'count: '
n = 5
print(name + str(n))
print(name * 2)
message = 'a' + 1
print(message)
