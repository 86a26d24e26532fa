# A failing assert statement with a message.
balance = 100
for withdrawal in [30, 50, 40]:
    assert balance - withdrawal >= 0, f'insufficient funds: balance={balance}, withdrawal={withdrawal}'
    balance -= withdrawal
    print('balance now', balance)
