# A sales report built with f-strings, dicts and sorting.
SALES = [
    ('2024-01', 'north', 'widget', 120, 2.50),
    ('2024-01', 'south', 'widget', 80, 2.50),
    ('2024-01', 'north', 'gadget', 15, 19.99),
    ('2024-02', 'east', 'widget', 200, 2.40),
    ('2024-02', 'south', 'gizmo', 42, 7.25),
    ('2024-02', 'north', 'gadget', 22, 18.50),
    ('2024-03', 'west', 'gizmo', 60, 7.00),
    ('2024-03', 'east', 'gadget', 9, 21.00),
    ('2024-03', 'south', 'widget', 150, 2.45),
    ('2024-03', 'north', 'widget', 95, 2.55),
]

def money(v):
    return f'${v:,.2f}'

by_month = {}
by_region = {}
by_product = {}
for month, region, product, qty, price in SALES:
    revenue = qty * price
    by_month[month] = by_month.get(month, 0) + revenue
    by_region.setdefault(region, []).append(revenue)
    entry = by_product.setdefault(product, {'qty': 0, 'revenue': 0.0})
    entry['qty'] += qty
    entry['revenue'] += revenue

grand_total = sum(by_month.values())
title = 'QUARTERLY SALES REPORT'
print('=' * 44)
print(f'{title:^44}')
print('=' * 44)

print(f'{"Month":<10}{"Revenue":>14}{"Share":>10}{"Bar":>10}')
for month, rev in by_month.items():
    share = rev / grand_total
    print(f'{month:<10}{money(rev):>14}{share:>10.1%}  {"*" * round(share * 20)}')
print(f'{"TOTAL":<10}{money(grand_total):>14}{1:>10.1%}')
print()

print(f'{"Region":<10}{"Orders":>8}{"Revenue":>14}{"Average":>12}')
for region in sorted(by_region, key=lambda r: -sum(by_region[r])):
    revs = by_region[region]
    print(f'{region.title():<10}{len(revs):>8}{money(sum(revs)):>14}{money(sum(revs) / len(revs)):>12}')
print()

print(f'{"Product":<10}{"Units":>8}{"Revenue":>14}{"Avg price":>12}')
for product, e in sorted(by_product.items()):
    avg = e['revenue'] / e['qty']
    print(f'{product:<10}{e["qty"]:>8,}{money(e["revenue"]):>14}{avg:>12.4f}')
print()

best = max(SALES, key=lambda s: s[3] * s[4])
worst = min(SALES, key=lambda s: s[3] * s[4])
print(f'Best sale:  {best[0]} {best[1]:<6} {best[2]:<7} {money(best[3] * best[4])}')
print(f'Worst sale: {worst[0]} {worst[1]:<6} {worst[2]:<7} {money(worst[3] * worst[4])}')

months = list(by_month)
for prev, cur in zip(months, months[1:]):
    change = (by_month[cur] - by_month[prev]) / by_month[prev]
    arrow = 'up' if change > 0 else 'down'
    print(f'{prev} -> {cur}: {arrow} {abs(change):.2%} ({by_month[cur] - by_month[prev]:+,.2f})')

big_orders = [f'{r}/{p}x{q}' for m, r, p, q, _ in SALES if q >= 100]
print('Large orders:', ', '.join(big_orders) or 'none')
print(f'Units sold: {sum(s[3] for s in SALES):,}; mean price {sum(s[4] for s in SALES) / len(SALES):.3f}')
print('%-12s%s' % ('Generated:', 'report v1'), '%5.1f%% of target' % (grand_total / 4000 * 100))
