# A bank account built with properties, classmethods and staticmethods.

class InsufficientFunds(Exception):
    pass


class Account:
    interest_rate = 0.02
    _next_number = 1000

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = 0
        self.balance = balance          # goes through the property setter
        self.number = Account._allocate_number()

    @staticmethod
    def _allocate_number():
        Account._next_number += 1
        return Account._next_number

    @staticmethod
    def validate_amount(amount):
        if amount <= 0:
            raise ValueError(f'amount must be positive, got {amount}')
        return amount

    @classmethod
    def from_string(cls, text):
        owner, balance = text.split(':')
        return cls(owner.strip(), int(balance))

    @classmethod
    def joint(cls, *owners):
        return cls(' & '.join(owners))

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError('balance cannot be negative')
        self._balance = value

    @balance.deleter
    def balance(self):
        print(f'  closing account of {self.owner}')
        self._balance = 0

    @property
    def summary(self):
        return f'#{self.number} {self.owner}: {self.balance}'

    def deposit(self, amount):
        self.balance += self.validate_amount(amount)
        return self

    def withdraw(self, amount):
        Account.validate_amount(amount)
        if amount > self.balance:
            raise InsufficientFunds(f'{self.owner} has only {self.balance}')
        self.balance -= amount
        return self


class SavingsAccount(Account):
    interest_rate = 0.05

    def add_interest(self):
        self.balance += round(self.balance * self.interest_rate)


alice = Account('alice', 100)
bob = Account.from_string('bob: 250')
pair = SavingsAccount.joint('carol', 'dave')
print(alice.summary)
print(bob.summary)
print(pair.summary, type(pair).__name__)

alice.deposit(50).withdraw(30)
print(alice.balance)
for action in (lambda: alice.withdraw(1000), lambda: alice.deposit(-5), lambda: setattr(alice, 'balance', -1)):
    try:
        action()
    except (ValueError, InsufficientFunds) as e:
        print(type(e).__name__, '-', e)

saver = SavingsAccount.from_string('erin:1000')
print(type(saver).__name__, saver.summary)
saver.add_interest()
print(saver.balance, saver.interest_rate, Account.interest_rate)

# A read-only property cannot be assigned or deleted.
try:
    alice.summary = 'hacked'
except AttributeError as e:
    print('AttributeError:', e)
try:
    del alice.summary
except AttributeError as e:
    print('AttributeError:', e)

del bob.balance
print(bob.balance)

# Property objects live on the class.
prop = Account.__dict__['balance']
print(type(prop).__name__, prop.fget.__name__, prop.fset is not None, prop.fdel is not None)
print(Account.summary.fset, Account.summary.fdel)
print(prop.__get__(alice), prop.fget(saver))

# staticmethod and classmethod can be called through the class or an instance.
print(Account.validate_amount(7), alice.validate_amount(8))
print(type(Account.__dict__['validate_amount']).__name__, type(Account.__dict__['from_string']).__name__)
print(SavingsAccount.joint.__self__ is SavingsAccount, saver.from_string.__self__ is SavingsAccount)


# property() used directly, without decorators.
class Temperature:
    def __init__(self):
        self._kelvin = 273.15

    def get_celsius(self):
        return round(self._kelvin - 273.15, 2)

    def set_celsius(self, value):
        self._kelvin = value + 273.15

    celsius = property(get_celsius, set_celsius, doc='Temperature in degrees Celsius')


t = Temperature()
print(t.celsius)
t.celsius = 21.5
print(t.celsius, Temperature.celsius.__doc__)
try:
    del t.celsius
except AttributeError as e:
    print('AttributeError:', e)
