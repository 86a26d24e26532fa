# cp1252 is a charmap codec: undefined bytes and unmappable characters are errors, as in CPython.
for data in (b'caf\xe9 \x80', b'\x81\x8d', b'ok'):
    try:
        print(repr(data.decode('cp1252')))
    except UnicodeDecodeError as e:
        print('UnicodeDecodeError:', e)
for text in ('café €', 'Ā', 'x\u0081'):
    try:
        print(text.encode('cp1252'))
    except UnicodeEncodeError as e:
        print('UnicodeEncodeError:', e)
print(b'\x81'.decode('cp1252', 'replace'), 'Ā'.encode('cp1252', 'replace'), b'a\x90b'.decode('windows-1252', 'ignore'))
for enc in ('latin-1', 'ascii', 'utf-8'):
    try:
        print('é€'.encode(enc))
    except UnicodeEncodeError as e:
        print('UnicodeEncodeError:', e)
