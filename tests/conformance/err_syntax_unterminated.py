# Unterminated string literal.
print("start")
message = 'hello
print(message)
