# The limit on decimal digits of int <-> str conversions (sys.set_int_max_str_digits): str, repr, %d and
# format() of a long int raise ValueError past it; hex, oct and bin are exempt; 0 lifts it.
import sys

print(sys.get_int_max_str_digits(), sys.flags.int_max_str_digits, sys.int_info.default_max_str_digits,
      sys.int_info.str_digits_check_threshold)
for value in (639, 640, 0, -1):
    try:
        sys.set_int_max_str_digits(value)
        print(value, "accepted", sys.get_int_max_str_digits())
    except ValueError as e:
        print(value, e)
sys.set_int_max_str_digits(640)
x = 10 ** 700
conversions = [("str", str), ("repr", repr), ("%d", lambda v: "%d" % v), ("f-string", lambda v: f"{v}"),
               ("grouped", lambda v: f"{v:,}"), ("%x", lambda v: "%x" % v), ("hex", hex), ("bin", bin),
               ("oct", oct), ("format b", lambda v: format(v, "b"))]
for name, convert in conversions:
    for v in (x, -x, 10 ** 639, -(10 ** 639)):
        try:
            print(name, len(convert(v)))
        except ValueError as e:
            print(name, e)
for text in ("1" * 640, "1" * 641, "-" + "1" * 700, "f" * 700):
    try:
        print(len(str(int(text, 16 if text[0] == "f" else 10))) if text[0] != "f" else int(text, 16).bit_length())
    except ValueError as e:
        print(e)
sys.set_int_max_str_digits(maxdigits=0)
print(len(str(10 ** 5000)), len(str(int("9" * 5000))))
sys.set_int_max_str_digits(4300)
try:
    print(10 ** 4300)
except ValueError as e:
    print(e)
print(len(str(10 ** 4299)))
import json
sys.set_int_max_str_digits(640)
for value in (10 ** 700, {10 ** 700: 1}, [10 ** 639]):
    try:
        print(len(json.dumps(value)))
    except ValueError as e:
        print("json", e)
