# sys.exit(0) / sys.exit() / sys.exit(None) end the program successfully: nothing after it runs.
import sys

def process(items):
    done = []
    for item in items:
        if item == 'stop':
            print('stop marker found after', len(done), 'items')
            return done, True
        done.append(item.upper())
    return done, False

batches = [['a', 'b'], ['c', 'stop', 'd'], ['e']]
for number, batch in enumerate(batches, start=1):
    result, stopped = process(batch)
    print('batch', number, result)
    if stopped:
        print('exiting cleanly')
        sys.stdout.write('last line written\n')
        sys.exit(0)
    print('batch', number, 'complete')
print('never printed')
