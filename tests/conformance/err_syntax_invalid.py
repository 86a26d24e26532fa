# A syntax error: the program never runs.
print("this is never printed")
x = = 1
print(x)
