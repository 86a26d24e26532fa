# Missing dictionary key.
ages = {'ann': 31, 'bob': 27}
print(ages['ann'], ages.get('k'), 'k' in ages)
d = {}
print(d.get('k', 'missing'))
print(d['k'])
