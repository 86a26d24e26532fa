# Reading standard input with input().
name = input()
print('Hello,', name + '!')
count = int(input('How many numbers? '))
print()
numbers = []
for i in range(count):
    numbers.append(int(input()))
print('numbers:', numbers)
print('sum:', sum(numbers), 'max:', max(numbers), 'min:', min(numbers))
line = input('Words: ')
print()
words = line.split()
print(len(words), 'words:', sorted(words))
print('longest:', max(words, key=len))
raw = input()
print(repr(raw))
matrix = []
rows, cols = map(int, input().split())
for r in range(rows):
    matrix.append([int(v) for v in input().split()])
print(matrix)
print('row sums', [sum(row) for row in matrix])
print('col sums', [sum(col) for col in zip(*matrix)])
unicode_line = input()
print(unicode_line, len(unicode_line), unicode_line[::-1])
last = input()
print('last line without trailing newline:', repr(last))
