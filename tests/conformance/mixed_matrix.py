# Small matrix library with lists of lists.
def zeros(n, m):
    return [[0] * m for _ in range(n)]

def identity(n):
    I = zeros(n, n)
    for i in range(n):
        I[i][i] = 1
    return I

def matmul(A, B):
    n, m, p = len(A), len(B), len(B[0])
    C = zeros(n, p)
    for i in range(n):
        for j in range(p):
            s = 0
            for k in range(m):
                s += A[i][k] * B[k][j]
            C[i][j] = s
    return C

def transpose(A):
    return [list(row) for row in zip(*A)]

def mat_pow(A, e):
    result = identity(len(A))
    while e > 0:
        if e % 2 == 1:
            result = matmul(result, A)
        A = matmul(A, A)
        e //= 2
    return result

def show(name, A):
    print(name + ' =')
    width = max(len(str(v)) for row in A for v in row)
    for row in A:
        print('  [' + ' '.join(str(v).rjust(width) for v in row) + ']')

def determinant(A):
    if len(A) == 1:
        return A[0][0]
    if len(A) == 2:
        return A[0][0] * A[1][1] - A[0][1] * A[1][0]
    det = 0
    for c in range(len(A)):
        minor = [row[:c] + row[c + 1:] for row in A[1:]]
        det += (-1) ** c * A[0][c] * determinant(minor)
    return det

A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
show('A', A)
show('B', B)
show('A x B', matmul(A, B))
show('B x A', matmul(B, A))
show('A^T', transpose(A))
show('I3', identity(3))
print(matmul(A, identity(3)) == A)

# Fibonacci via matrix power, exact big integers
F = [[1, 1], [1, 0]]
for n in [1, 2, 10, 50, 100, 200]:
    print(f'fib({n}) = {mat_pow(F, n)[0][1]}')

# Determinants
M = [[2, -3, 1], [2, 0, -1], [1, 4, 5]]
print('det(M) =', determinant(M))
print('det(I4) =', determinant(identity(4)))
H = [[1 / (i + j + 1) for j in range(3)] for i in range(3)]
print('det(Hilbert3) =', round(determinant(H), 12))

# Float matrix with formatted output
R = [[0.5, -1.25], [2.0, 0.1]]
P = matmul(R, R)
for row in P:
    print(' '.join(f'{v:8.4f}' for v in row))

# Element-wise operations with comprehensions
S = [[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(A, A)]
print(S)
print([[v * 10 for v in row] for row in A])
print('trace(B x A) =', sum(matmul(B, A)[i][i] for i in range(3)))
print('sum of all entries:', sum(sum(row) for row in matmul(A, B)))

# Rotate a square matrix 90 degrees clockwise
Q = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
rot = [list(row)[::-1] for row in zip(*Q)]
show('rot90(Q)', rot)
show('Q^5', mat_pow(Q, 5))
