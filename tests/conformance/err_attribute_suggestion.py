# An uncaught AttributeError for an attribute close to one the object has (as dir() lists them): the report
# ends with CPython's "Did you mean".
import math


class Account:
    def __init__(self):
        self.balance = 10

    def deposit(self, amount):
        self.balance += amount


acct = Account()
for attempt in (lambda: acct.deposite(1), lambda: math.sqr(4), lambda: "text".uper(), lambda: acct.nothing_close):
    try:
        attempt()
    except AttributeError as e:
        print(e, "| name:", e.name, "| obj is acct:", e.obj is acct)
acct.deposit(5)
print(acct.balanse)
