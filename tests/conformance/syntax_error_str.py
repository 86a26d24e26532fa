# str() of a SyntaxError: its message, then "(file, line N)" as far as they are known (the file by its base name).
for src in ["x = (", "1 +", "a b"]:
    try:
        exec(src)
    except SyntaxError as e:
        print(str(e), "|", e.msg, e.lineno, e.offset)
try:
    compile("x = (", "some/dir/myfile.py", "exec")
except SyntaxError as e:
    print(e)
for e in [SyntaxError(), SyntaxError("m"), SyntaxError("m", ("dir/sub/f.py", 3, 4, "text")),
          SyntaxError("m", ("f.py", 3, 4, "t", 3, 6)), IndentationError("bad", ("x.py", 2, 1, "  y")),
          SyntaxError(None, ("f.py", 1, 1, "x")), SyntaxError("m", (None, 3, 4, "text")),
          SyntaxError("m", ("f.py", None, 4, "text"))]:
    print(repr(str(e)), e.msg, e.filename, e.lineno, repr(e))
for n in (199, 200, 201):
    try:
        eval("(" * n + ")" * n)
        print(n, "ok")
    except SyntaxError as e:
        print(n, e, e.offset)
try:
    eval("[" * 150 + "(" * 60 + ")" * 60 + "]" * 150)
except SyntaxError as e:
    print("mixed", e, e.offset)
