# Integer modulo by zero has its own message.
values = [10, 5, 0]
for v in values:
    print(100 % v if v else 'skipping zero')
for v in values:
    print(100 // v)
