# An exception raised in a finally block replaces the one being propagated.
def close_all(handles):
    try:
        for h in handles:
            if h < 0:
                raise ValueError(f'bad handle {h}')
            print('closing', h)
    finally:
        print('cleanup runs')
        handles.remove(99)


close_all([1, 2, -3])
