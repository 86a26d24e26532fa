# int() of an invalid literal.
for text in ['10', ' 20 ', '-3', '0x1f']:
    if text.startswith('0x'):
        print(int(text, 16))
    else:
        print(int(text))
print(int('x'))
