# An uncaught exception raised "from" another: both are reported, the last one last.
def load_config(text):
    try:
        return dict(line.split('=') for line in text.splitlines())
    except ValueError as e:
        raise RuntimeError('config file is malformed') from e


print(load_config('a=1\nb=2'))
print(load_config('a=1\nbroken\nc=3'))
