"""Warnings: warn() reports a Warning as "file:line: Category: message" on stderr (once per location by
default), unless a filter ignores it, turns it into an error or shows it always."""

import sys

__all__ = ['warn', 'warn_explicit', 'showwarning', 'formatwarning', 'filterwarnings', 'simplefilter',
           'resetwarnings', 'catch_warnings']

# Each filter is (action, message, category, module, lineno); the first that matches decides. message and module
# are None (anything), a compiled regex (matched at the start), or a plain str (the default filters: matched
# exactly).
filters = []
defaultaction = 'default'
onceregistry = {}
# Bumped whenever filters change, so the per-module registries of already-shown warnings are reset.
_filters_version = 1

_ACTIONS = ('error', 'ignore', 'always', 'default', 'module', 'once')


def _filters_mutated():
    global _filters_version
    _filters_version += 1


def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def filterwarnings(action, message='', category=Warning, module='', lineno=0, append=False):
    """Adds a filter: action for warnings whose text starts with the message regex (case-insensitively),
    whose category is a subclass of category and whose module matches the module regex entirely."""
    if action not in _ACTIONS:
        raise AssertionError('invalid action: %r' % (action,))
    if not isinstance(message, str):
        raise AssertionError('message must be a string')
    if not isinstance(category, type) or not issubclass(category, Warning):
        raise AssertionError('category must be a Warning subclass')
    if not isinstance(module, str):
        raise AssertionError('module must be a string')
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError('lineno must be an int >= 0')
    if message or module:
        import re
    message_re = re.compile(message, re.I) if message else None
    module_re = re.compile(module) if module else None
    _add_filter(action, message_re, category, module_re, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Adds a filter for every warning of category (any message, any module)."""
    if action not in _ACTIONS:
        raise AssertionError('invalid action: %r' % (action,))
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError('lineno must be an int >= 0')
    _add_filter(action, None, category, None, lineno, append=append)


def resetwarnings():
    """Removes every filter (all warnings then get the default action)."""
    filters[:] = []
    _filters_mutated()


class _OptionError(Exception):
    """A bad -W option."""


def _process_options(args):
    for arg in args:
        try:
            _setoption(arg)
        except _OptionError as msg:
            print('Invalid -W option ignored:', msg, file=sys.stderr)


def _setoption(arg):
    # -W action:message:category:module:lineno
    parts = arg.split(':')
    if len(parts) > 5:
        raise _OptionError('too many fields (max 5): %r' % (arg,))
    while len(parts) < 5:
        parts.append('')
    action, message, category, module, lineno = [s.strip() for s in parts]
    action = _getaction(action)
    category = _getcategory(category)
    if message or module:
        import re
        if message:
            message = re.escape(message)
        if module:
            module = re.escape(module) + r'\Z'
    if lineno:
        try:
            lineno = int(lineno)
            if lineno < 0:
                raise ValueError
        except (ValueError, OverflowError):
            raise _OptionError('invalid lineno %r' % (lineno,)) from None
    else:
        lineno = 0
    filterwarnings(action, message, category, module, lineno)


def _getaction(action):
    if not action:
        return 'default'
    if action == 'all':
        return 'always'
    for a in _ACTIONS:
        if a.startswith(action):
            return a
    raise _OptionError('invalid action: %r' % (action,))


def _getcategory(category):
    if not category:
        return Warning
    import builtins
    cat = getattr(builtins, category, None)
    if not (isinstance(cat, type) and issubclass(cat, Warning)):
        raise _OptionError('invalid warning category: %r' % (category,))
    return cat


class WarningMessage(object):
    """One warning as catch_warnings(record=True) records it."""

    _WARNING_DETAILS = ('message', 'category', 'filename', 'lineno', 'file', 'line', 'source')

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ('{message : %r, category : %r, filename : %r, lineno : %s, line : %r}'
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    s = '%s:%s: %s: %s\n' % (msg.filename, msg.lineno, category, msg.message)
    if msg.line is None:
        try:
            import linecache
            line = linecache.getline(msg.filename, msg.lineno)
        except Exception:
            # Source lines are a nicety: no file, no line.
            line = None
    else:
        line = msg.line
    if line:
        s += '  %s\n' % line.strip()
    return s


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def formatwarning(message, category, filename, lineno, line=None):
    """The text showwarning writes: 'file:line: Category: message' and the source line."""
    return _formatwarnmsg_impl(WarningMessage(message, category, filename, lineno, None, line))


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Writes a warning to file (default sys.stderr); programs may replace this function."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _formatwarnmsg(msg):
    if formatwarning is not _formatwarning_orig:
        # The program replaced formatwarning: call it with its documented arguments.
        return formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


def _showwarnmsg(msg):
    if showwarning is not _showwarning_orig:
        if not callable(showwarning):
            raise TypeError('warnings.showwarning() must be set to a function or method')
        showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


# Registry of the warnings issued where no caller frame is known (filename 'sys').
_sys_registry = {}


def _caller(stacklevel):
    """(globals, filename, lineno) of the code stacklevel frames up from warn()'s caller."""
    try:
        frame = sys._getframe(stacklevel + 1)
    except (AttributeError, ValueError):
        # Past the outermost frame (or no frames in Krait yet): CPython reports such warnings as sys:1.
        return None, 'sys', 1
    return frame.f_globals, frame.f_code.co_filename, frame.f_lineno


def warn(message, category=None, stacklevel=1, source=None):
    """Issues a warning (a Warning instance, or a message with a category, UserWarning by default);
    stacklevel 2 blames the caller of the function that calls warn()."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'" % (type(category).__name__,))
    globals_, filename, lineno = _caller(stacklevel)
    if globals_ is None:
        module = 'sys'
        registry = _sys_registry
    else:
        module = globals_.get('__name__', '<string>')
        # the registry lives in the module: frames' f_globals are snapshots in Krait
        owner = sys.modules.get(module)
        registry = getattr(owner, '__warningregistry__', None)
        if registry is None:
            registry = globals_.setdefault('__warningregistry__', {})
            if owner is not None:
                owner.__warningregistry__ = registry
    warn_explicit(message, category, filename, lineno, module, registry, globals_, source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None, module_globals=None,
                  source=None):
    """Issues a warning for an explicit location (what warn() does after finding its caller)."""
    lineno = int(lineno)
    if module is None:
        module = filename or '<unknown>'
        if module[-3:].lower() == '.py':
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get('version', 0) != _filters_version:
        registry.clear()
        registry['version'] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if (_matches(msg, text) and issubclass(category, cat) and _matches(mod, module)
                and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == 'ignore':
        return
    if action == 'error':
        raise message
    if action == 'once':
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == 'module':
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == 'default':
        registry[key] = 1
    elif action != 'always':
        raise RuntimeError('Unrecognized action (%r) in warnings.filters:\n %s' % (action, item))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, source=source))


def _matches(pattern, text):
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return pattern.match(text) is not None


def _this_module():
    return sys.modules[__name__]


class catch_warnings(object):
    """Saves the warning filters and showwarning on entry and restores them on exit; with record=True,
    warnings are collected in the list that __enter__ returns instead of being shown."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = _this_module() if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append('record=True')
        if self._module is not _this_module():
            args.append('module=%r' % (self._module,))
        name = type(self).__name__
        return '%s(%s)' % (name, ', '.join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError('Cannot enter %r twice' % (self,))
        self._entered = True
        module = self._module
        self._filters = module.filters
        module.filters = self._filters[:]
        module._filters_mutated()
        self._showwarning = module.showwarning
        self._showwarnmsg_impl = module._showwarnmsg_impl
        if self._filter is not None:
            module.simplefilter(*self._filter)
        if self._record:
            log = []
            module._showwarnmsg_impl = log.append
            module.showwarning = module._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError('Cannot exit %r without entering first' % (self,))
        module = self._module
        module.filters = self._filters
        module._filters_mutated()
        module.showwarning = self._showwarning
        module._showwarnmsg_impl = self._showwarnmsg_impl


def _install_default_filters():
    warnoptions = getattr(sys, 'warnoptions', [])
    if not warnoptions:
        # The filters CPython installs when no -W option is given.
        _add_filter('default', None, DeprecationWarning, '__main__', 0, append=True)
        simplefilter('ignore', category=DeprecationWarning, append=True)
        simplefilter('ignore', category=PendingDeprecationWarning, append=True)
        simplefilter('ignore', category=ImportWarning, append=True)
        simplefilter('ignore', category=ResourceWarning, append=True)
    else:
        _process_options(warnoptions)


_install_default_filters()
