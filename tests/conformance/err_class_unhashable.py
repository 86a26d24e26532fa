# A class that defines __eq__ only cannot be used as a dict key.
class Key:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k


print(Key(1) == Key(1), Key(1) != Key(2))
index = {}
index[Key(1)] = 'one'
