# exit("message") prints the message to stderr and exits with status 1, after flushing stdout.
total = 0
for i in range(1, 11):
    total += i
print("total", total)
if total != 56:
    exit("fatal: expected 56, got " + str(total))
print("not printed")
