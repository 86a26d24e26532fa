# Format specs in f-strings and format().
x = 42
y = 3.14159265
s = 'text'
big = 1234567890
print(f'[{x:>10}] [{x:<10}] [{x:^10}] [{x:*^10}] [{x:010}] [{x:+}] [{-x:+}] [{x: }]')
print(f'[{s:>10}] [{s:<10}] [{s:^10}] [{s:.2}] [{s:-^11}] [{s:10.3}]')
print(f'[{y:08.3f}] [{y:.2f}] [{y:10.4f}] [{y:<10.1f}] [{y:+.3f}] [{-y:.0f}] [{y:.0f}]')
print(f'[{big:,}] [{big:_}] [{-big:,}] [{1234.5678:,.2f}] [{0:,}] [{999:,}]')
print(f'[{x:x}] [{x:X}] [{x:_x}] [{2**40:_x}] [{x:#x}] [{x:#X}] [{x:o}] [{x:#o}]')
print(f'[{x:b}] [{x:#b}] [{x:08b}] [{x:#010b}] [{255:_b}] [{-5:b}] [{-5:#x}]')
print(f'[{y:e}] [{y:.2e}] [{12345.678:E}] [{0.000123:e}] [{x:e}] [{0.0:e}]')
print(f'[{0.25:%}] [{0.25:.1%}] [{1:.0%}] [{-0.125:.2%}] [{2/3:.3%}]')
print(f'[{y:g}] [{1e-5:g}] [{123456789.0:g}] [{1e16:g}] [{100.0:g}] [{0.0001:g}] [{x:g}]')
print(f'[{y:.3g}] [{1234.5:.2g}] [{0.00001234:.3g}] [{1e100:.3g}] [{2.5:.0f}] [{3.5:.0f}]')
print(f'[{x:c}] [{65:c}] [{x:d}] [{True:d}] [{True}] [{True:>6}] [{None!s:>6}]')
print(f'[{y:f}] [{1e20:f}] [{1/3:.10f}] [{2.675:.2f}] [{1.005:.2f}] [{-0.0:.1f}]')
print(f'[{float("inf"):f}] [{float("-inf"):>8}] [{float("nan"):.2f}] [{float("inf"):e}]')
print(f'[{y:=+10.2f}] [{-x:=8}] [{x:=^8}] [{-x:08}] [{-y:010.2f}]')
print(f'[{big:>15,}] [{big:<15,}] [{1e6:,.1f}] [{123456.789:,.3f}] [{12345:08,}]')
print(f'[{y}] [{y:}] [{s:}] [{x!r:>5}] [{s!r:>8}] [{s!r:<8}]')

# Nested format specs
for w in [4, 8, 12]:
    print(f'[{x:{w}}] [{s:>{w}}] [{y:{w}.{w // 4}f}] [{s:{"^"}{w}}]')
fill, align, width, prec = '.', '>', 10, 3
print(f'[{y:{fill}{align}{width}.{prec}f}]')

# format() builtin and str.format with specs
print(format(x, '>6'), format(y, '.1f'), format(big, ','), format(x, 'b'), format(s, '^8'))
print(format(0.5, '%'), format(x, ''), format(1e-3), format(x, '#o'), format(255, '02X'))

# Aligned table
rows = [('Widget', 4, 3.5), ('Gadget', 12, 11.25), ('Thingamajig', 1, 199.999)]
print(f'{"Item":<12}|{"Qty":>5}|{"Price":>10}|{"Total":>11}')
print(f'{"":-<12}+{"":->5}+{"":->10}+{"":->11}')
grand = 0
for item, qty, price in rows:
    total = qty * price
    grand += total
    print(f'{item:<12}|{qty:>5}|{price:>10.2f}|{total:>11,.2f}')
print(f'{"TOTAL":<12}|{"":>5}|{"":>10}|{grand:>11,.2f}')

# Percentages and padding in reports
results = {'passed': 47, 'failed': 2, 'skipped': 1}
n = sum(results.values())
for k, v in results.items():
    print(f'{k:>8}: {v:3d} ({v / n:6.1%})')
print(f'{n:*^20}')
