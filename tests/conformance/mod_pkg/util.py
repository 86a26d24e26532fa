def helper(x):
    return x * 2
_private = 1
