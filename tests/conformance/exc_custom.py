# A user exception hierarchy for an order-processing service.

class ShopError(Exception):
    """Base class for every error raised by the shop."""
    code = 'E000'

    def __str__(self):
        base = super().__str__()
        return f'[{self.code}] {base}' if base else f'[{self.code}]'


class OutOfStock(ShopError):
    code = 'E100'

    def __init__(self, item, wanted, available):
        super().__init__(f'{item}: wanted {wanted}, only {available} left')
        self.item = item
        self.wanted = wanted
        self.available = available


class PaymentError(ShopError):
    code = 'E200'


class CardDeclined(PaymentError):
    code = 'E201'

    def __init__(self, last4, reason='declined'):
        self.last4 = last4
        self.reason = reason
        super().__init__(last4, reason)

    def __str__(self):
        return f'[{self.code}] card ending {self.last4} {self.reason}'


class InvalidOrder(ShopError, ValueError):
    """Also a ValueError, so generic validation code catches it."""
    code = 'E300'


STOCK = {'apple': 5, 'pear': 0, 'plum': 12}
PRICES = {'apple': 3, 'pear': 4, 'plum': 2}


def place_order(item, qty, card):
    if qty <= 0:
        raise InvalidOrder(f'quantity must be positive: {qty}')
    if item not in STOCK:
        raise InvalidOrder(f'unknown item {item!r}')
    if STOCK[item] < qty:
        raise OutOfStock(item, qty, STOCK[item])
    total = PRICES[item] * qty
    if card.endswith('0000'):
        raise CardDeclined(card[-4:])
    if total > 20:
        raise PaymentError('amount exceeds card limit')
    STOCK[item] -= qty
    return total


orders = [('apple', 2, '4111111111111111'), ('pear', 1, '4111'), ('plum', 3, '5500000000000000'),
          ('kiwi', 1, '4111'), ('plum', 0, '4111'), ('plum', 12, '4111'),
          ('plum', 10, '4111'), ('apple', 3, '4111')]
for item, qty, card in orders:
    try:
        total = place_order(item, qty, card)
    except OutOfStock as e:
        print(f'{item:6} out of stock -> {e} (short by {e.wanted - e.available})')
    except CardDeclined as e:
        print(f'{item:6} declined     -> {e} args={e.args}')
    except PaymentError as e:
        print(f'{item:6} payment      -> {e} {e.args}')
    except ShopError as e:
        print(f'{item:6} shop error   -> {e} {type(e).__name__} {isinstance(e, ValueError)}')
    else:
        print(f'{item:6} ok total={total}')
print(STOCK)

# Generic code catching ValueError also catches InvalidOrder.
try:
    place_order('apple', -1, 'x')
except ValueError as e:
    print('ValueError handler:', e, '|', repr(e))

print([c.__name__ for c in CardDeclined.__mro__])
print([c.__name__ for c in InvalidOrder.__mro__])
print(str(ShopError()), str(ShopError('plain')), repr(ShopError('plain')), ShopError.__doc__)
print(issubclass(CardDeclined, ShopError), issubclass(OutOfStock, PaymentError))


# Collect errors, then report them together.
class ValidationErrors(Exception):
    def __init__(self, errors):
        self.errors = errors
        super().__init__(f'{len(errors)} validation error(s)')


def validate(record):
    problems = []
    for field in ('name', 'email'):
        if not record.get(field):
            problems.append(f'{field} is required')
    if '@' not in record.get('email', '@'):
        problems.append('email is invalid')
    if problems:
        raise ValidationErrors(problems)
    return record


for rec in [{'name': 'a', 'email': 'a@b'}, {'email': 'nope'}, {}]:
    try:
        validate(rec)
        print('valid', sorted(rec))
    except ValidationErrors as e:
        print(e, e.errors)


# An exception carrying a result for the caller (like StopIteration does).
class Found(Exception):
    def __init__(self, path):
        super().__init__(path)
        self.path = path


def search(tree, target, path=()):
    for key, value in tree.items():
        if key == target:
            raise Found(path + (key,))
        if isinstance(value, dict):
            search(value, target, path + (key,))


fs = {'etc': {'hosts': 1, 'ssh': {'config': 2}}, 'home': {'ann': {'notes': 3}}}
for name in ('config', 'notes', 'missing'):
    try:
        search(fs, name)
        print(name, 'not found')
    except Found as f:
        print(name, '->', '/'.join(f.path))


# Exception classes with class-level defaults and a classmethod factory.
class HTTPError(Exception):
    messages = {404: 'Not Found', 500: 'Internal Server Error'}

    def __init__(self, status, message=None):
        self.status = status
        self.message = message or self.messages.get(status, 'Unknown')
        super().__init__(status, self.message)

    @classmethod
    def from_response(cls, response):
        return cls(response['status'], response.get('reason'))

    def __str__(self):
        return f'{self.status} {self.message}'


for resp in [{'status': 404}, {'status': 500, 'reason': 'db down'}, {'status': 418}]:
    err = HTTPError.from_response(resp)
    print(err, err.args, err.status >= 500)
