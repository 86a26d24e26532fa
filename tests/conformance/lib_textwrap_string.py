# textwrap and string: wrapping, filling, shortening, dedent/indent; constants, capwords, Template, Formatter.
import textwrap
import string

text = ('The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs! '
        'How vexingly quick daft zebras jump; well-known pseudo-random state-of-the-art examples.')
print(textwrap.wrap(text, 30))
print(textwrap.fill(text, 40))
print(textwrap.fill(text, 25, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap('A supercalifragilisticexpialidocious word', 10))
print(textwrap.wrap('A supercalifragilisticexpialidocious word', 10, break_long_words=False))
print(textwrap.wrap('well-known state-of-the-art', 12), textwrap.wrap('well-known state-of-the-art', 12, break_on_hyphens=False))
print(textwrap.wrap('Hello -- world -- again', 8), textwrap.wrap('tabs\there\tand\tthere', 12))
print(textwrap.fill('One.  Two. three!  four?', 80, fix_sentence_endings=True))
print(textwrap.wrap('  leading and trailing  ', 10), textwrap.wrap('  leading and trailing  ', 10, drop_whitespace=False))
print(textwrap.wrap(text, 20, max_lines=3), textwrap.wrap(text, 20, max_lines=2, placeholder=' ...'))
print(textwrap.shorten('Hello  world!', width=12), textwrap.shorten('Hello world!', width=11))
print(textwrap.shorten(text, 50), textwrap.shorten('   ', 5), textwrap.shorten(text, 30, placeholder=' [more]'))
print(textwrap.wrap(''), textwrap.wrap('   '), textwrap.fill('short'))
try:
    textwrap.wrap('abc', 0)
except ValueError as e:
    print('ValueError:', e)
code = '''
    def f():
        return 1

    # comment
'''
print(repr(textwrap.dedent(code)))
print(repr(textwrap.dedent('  a\n\tb\n')), repr(textwrap.dedent('    x\n      y\n  \n    z')))
print(textwrap.indent('one\ntwo\n\nthree', '> '))
print(repr(textwrap.indent('a\n  \nb\n', '+ ', lambda line: True)))
w = textwrap.TextWrapper(width=15, initial_indent='- ', subsequent_indent='  ', break_on_hyphens=False)
print(w.wrap('one two three four five six seven'), w.width)
w.width = 10
print(w.fill('one two three four five'))

# string
print(string.ascii_lowercase, string.ascii_uppercase, string.digits, string.hexdigits, string.octdigits)
print(string.punctuation, repr(string.whitespace), len(string.printable), string.ascii_letters[20:30])
print(string.capwords('hello   wORLD  foo'), string.capwords('a-b-c', '-'), repr(string.capwords('')))
t = string.Template('$who likes $what, costs $$${price}')
print(t.substitute(who='tim', what='kung pao', price=5), t.substitute({'who': 'a', 'what': 'b', 'price': 0}, who='z'))
print(t.safe_substitute(who='sam'), t.get_identifiers(), t.is_valid(), string.Template('$ 1').is_valid())
for bad, kw in [('$who and $x', {'who': 1}), ('cost: $', {}), ('line1\n ${bad name}', {})]:
    try:
        string.Template(bad).substitute(**kw)
    except (KeyError, ValueError) as e:
        print(type(e).__name__ + ':', e)
class Percent(string.Template):
    delimiter = '%'
print(Percent('%name is %{age}yo, 100%%').substitute(name='Ann', age=7))
f = string.Formatter()
print(f.format('{0} + {1} = {2}', 1, 2, 3), f.format('{name:>8}|{n:05.1f}', name='x', n=3.14159))
print(f.format('{:{}}|{!r}', 'ab', 6, 'q'), f.format('{p[0]} {p[1]}', p=('a', 'b')), f.format('{{literal}}'))
print(list(f.parse('a{0!r:>5}b{{c}}{x.y[1]}')))
class Defaulting(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, '<' + key + '>')
        return super().get_value(key, args, kwargs)
print(Defaulting().format('{a} {b} {0}', 'pos', a=1))
for bad in ['{0}{}', '{', '{0!x}']:
    try:
        f.format(bad, 1, 2)
    except ValueError as e:
        print('ValueError:', e)
