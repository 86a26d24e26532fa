# A traffic-light / vending-machine style state machine built from classes:
# states as subclasses, dispatch via getattr, transitions table as a class attribute.

class InvalidTransition(Exception):
    def __init__(self, state, event):
        super().__init__(f'cannot {event!r} while {state}')
        self.state = state
        self.event = event


class State:
    name = 'abstract'

    def __init__(self, machine):
        self.machine = machine

    def on_event(self, event, *args):
        handler = getattr(self, 'on_' + event, None)
        if handler is None:
            raise InvalidTransition(self.name, event)
        return handler(*args)

    def __str__(self):
        return self.name

    def __eq__(self, other):
        return isinstance(other, State) and self.name == other.name or other == self.name

    __hash__ = None


class Idle(State):
    name = 'idle'

    def on_coin(self, amount):
        self.machine.credit += amount
        return Paying


class Paying(State):
    name = 'paying'

    def on_coin(self, amount):
        self.machine.credit += amount
        return Paying

    def on_select(self, item):
        price = self.machine.prices[item]
        if self.machine.credit < price:
            self.machine.log.append(f'need {price - self.machine.credit} more for {item}')
            return Paying
        self.machine.credit -= price
        self.machine.dispensed.append(item)
        return Idle if self.machine.credit == 0 else Paying

    def on_refund(self):
        self.machine.log.append(f'refund {self.machine.credit}')
        self.machine.credit = 0
        return Idle


class VendingMachine:
    prices = {'cola': 150, 'chips': 100, 'gum': 50}

    def __init__(self):
        self.credit = 0
        self.dispensed = []
        self.log = []
        self.state = Idle(self)

    def send(self, event, *args):
        before = self.state
        next_cls = self.state.on_event(event, *args)
        if type(self.state) is not next_cls:
            self.state = next_cls(self)
        self.log.append(f'{before} --{event}--> {self.state}')
        return self


vm = VendingMachine()
vm.send('coin', 100).send('select', 'cola').send('coin', 100).send('select', 'cola')
vm.send('select', 'chips').send('refund')
print(vm.dispensed, vm.credit, vm.state)
for line in vm.log:
    print(' ', line)
for event, args in [('select', ('gum',)), ('refund', ()), ('kick', ())]:
    try:
        vm.send(event, *args)
    except InvalidTransition as e:
        print('InvalidTransition:', e, '|', e.state, e.event)
print(vm.state == 'idle', vm.state == Idle(vm), vm.state != Paying(vm))


class TrafficLight:
    # transitions defined in terms of earlier class attributes
    RED, GREEN, YELLOW = 'red', 'green', 'yellow'
    ORDER = [RED, GREEN, YELLOW]
    DURATIONS = dict(zip(ORDER, (30, 25, 5)))
    NEXT = dict(zip(ORDER, ORDER[1:] + ORDER[:1]))

    def __init__(self, state=RED):
        self.state = state
        self.elapsed = 0

    def tick(self, seconds):
        self.elapsed += seconds
        changes = []
        while self.elapsed >= self.DURATIONS[self.state]:
            self.elapsed -= self.DURATIONS[self.state]
            self.state = self.NEXT[self.state]
            changes.append(self.state)
        return changes

    def __iter__(self):
        state = self.state
        while True:
            yield state, self.DURATIONS[state]
            state = self.NEXT[state]


light = TrafficLight()
print(light.tick(10), light.tick(25), light.tick(40), light.state, light.elapsed)
cycle = iter(TrafficLight(TrafficLight.YELLOW))
print([next(cycle) for _ in range(5)])
print(TrafficLight.NEXT, TrafficLight.DURATIONS)
