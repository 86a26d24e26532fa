# raise ... from None: only the new exception is reported.
class MissingSetting(Exception):
    pass


SETTINGS = {'host': 'localhost'}


def setting(name):
    try:
        return SETTINGS[name]
    except KeyError:
        raise MissingSetting(f'setting {name!r} is not defined') from None


print(setting('host'))
print(setting('port'))
