# StopIteration leaking out of a generator becomes a RuntimeError (PEP 479).
def first_words(lines):
    for line in lines:
        words = iter(line.split())
        yield next(words)


print(list(first_words(['hello world', 'good bye'])))
print(list(first_words(['one two', '', 'three'])))
