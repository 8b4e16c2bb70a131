# Integer loops: a sieve of Eratosthenes and a sum of squares modulo a prime.
def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
        i += 1
    return sum(flags)


def squares(n):
    total = 0
    for i in range(n):
        total = (total + i * i) % 1000000007
    return total


print(sieve(1000000), squares(3000000))
