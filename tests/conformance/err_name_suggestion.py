# An uncaught NameError for a name close to a local variable, a global or a builtin: the report ends with
# CPython's "Did you mean" (traceback.format_exception_only, as in 3.11, does not add it).
import traceback


def total(numbers):
    result = 0
    for number in numbers:
        result += number
    return reslt


for attempt in (lambda: total([1, 2]), lambda: lenn([]), lambda: Total([1])):
    try:
        attempt()
    except NameError as e:
        print(traceback.format_exception_only(type(e), e)[-1].rstrip(), "| name:", e.name)
print(total([1, 2]))
