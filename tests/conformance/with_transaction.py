# A non-reentrant lock and a database-like transaction written as context managers.

class Lock:
    def __init__(self):
        self.held = False
        self.acquisitions = 0

    def __enter__(self):
        if self.held:
            raise RuntimeError('lock is not reentrant')
        self.held = True
        self.acquisitions += 1
        return self

    def __exit__(self, *exc):
        self.held = False


lock = Lock()
with lock:
    print('held inside:', lock.held)
    try:
        with lock:
            pass
    except RuntimeError as e:
        print('RuntimeError:', e)
print('held after:', lock.held, 'acquired', lock.acquisitions)


class Transaction:
    """Commit on success, roll back on error, swallowing only RollbackOnly."""

    class RollbackOnly(Exception):
        pass

    def __init__(self, store):
        self.store = store

    def __enter__(self):
        self.pending = dict(self.store)
        return self.pending

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.store.clear()
            self.store.update(self.pending)
            print('  commit')
            return False
        print(f'  rollback ({exc_type.__name__}: {exc})')
        return exc_type is Transaction.RollbackOnly


accounts = {'alice': 100, 'bob': 50}


def transfer(src, dst, amount):
    with Transaction(accounts) as acc:
        acc[src] -= amount
        acc[dst] += amount
        if acc[src] < 0:
            raise ValueError(f'{src} would be overdrawn')
        if amount == 0:
            raise Transaction.RollbackOnly('nothing to do')


transfer('alice', 'bob', 30)
print(accounts)
try:
    transfer('bob', 'alice', 500)
except ValueError as e:
    print('ValueError:', e)
transfer('alice', 'bob', 0)
print(accounts)
