# gc: collection on request, the enabled flag and the thresholds a program sets and reads back.
import gc

print(isinstance(gc.collect(), int), isinstance(gc.collect(0), int))
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError", e)
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
saved = gc.get_threshold()
print(len(saved), all(isinstance(v, int) for v in saved))
gc.set_threshold(500, 5)
print(gc.get_threshold()[:2])
gc.set_threshold(*saved)
print(gc.get_threshold() == saved)
count = gc.get_count()
print(type(count).__name__, len(count))
print(gc.callbacks, gc.garbage, gc.get_freeze_count() >= 0)
gc.freeze()
gc.unfreeze()
print(gc.DEBUG_STATS, gc.DEBUG_LEAK)
