# A handler logs the error and re-raises it with a bare raise.
log = []


def divide_all(pairs):
    results = []
    for a, b in pairs:
        try:
            results.append(a // b)
        except ZeroDivisionError:
            log.append(f'failed on {a}/{b}')
            print('log:', log)
            raise
    return results


print(divide_all([(10, 2), (9, 3)]))
print(divide_all([(1, 1), (5, 0), (4, 2)]))
