# Prime sieve and number-theory utilities.
def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    p = 2
    while p * p <= limit:
        if is_prime[p]:
            for multiple in range(p * p, limit + 1, p):
                is_prime[multiple] = False
        p += 1
    return [i for i, flag in enumerate(is_prime) if flag]

primes = sieve(200)
print(primes)
print('count below 200:', len(primes))
big_primes = sieve(100000)
print('count below 100000:', len(big_primes), 'largest:', big_primes[-1])
print('sum below 100000:', sum(big_primes))

def factorize(n):
    factors = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1
    if n > 1:
        factors.append(n)
    return factors

for n in [2, 12, 97, 360, 1001, 65536, 999999, 2 ** 31 - 1, 600851475143]:
    fs = factorize(n)
    grouped = {}
    for f in fs:
        grouped[f] = grouped.get(f, 0) + 1
    text = ' * '.join(f'{p}^{e}' if e > 1 else str(p) for p, e in grouped.items())
    print(f'{n} = {text}')

# Twin primes and gaps
twins = [(p, q) for p, q in zip(primes, primes[1:]) if q - p == 2]
print('twin primes:', twins[:10])
gaps = {}
for p, q in zip(big_primes, big_primes[1:]):
    gaps[q - p] = gaps.get(q - p, 0) + 1
print('largest gap below 100000:', max(gaps))
print('most common gaps:', sorted(gaps.items(), key=lambda kv: -kv[1])[:4])

# Goldbach partitions for even numbers
prime_set = set(primes)
for even in range(4, 41, 6):
    partitions = [(p, even - p) for p in primes if p <= even // 2 and even - p in prime_set]
    print(even, partitions)

# Miller-Rabin with fixed bases (deterministic for n < 3.3e24)
def is_probable_prime(n):
    if n < 2:
        return False
    small = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41]
    for p in small:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in small:
        x = pow(a, d, n)
        if x == 1 or x == n - 1:
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True

candidates = [2 ** 61 - 1, 2 ** 61 + 1, 10 ** 18 + 9, 10 ** 18 + 7, 1000000007, 561, 2 ** 89 - 1]
for c in candidates:
    print(c, is_probable_prime(c))
print([n for n in range(10 ** 12, 10 ** 12 + 100) if is_probable_prime(n)])
print(all(is_probable_prime(p) for p in big_primes[-50:]))
