# An uncaught user-defined exception with a custom __str__ and extra attributes.
class ValidationError(ValueError):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem

    def __str__(self):
        return f'{self.field}: {self.problem}'


def validate(user):
    if not user.get('name'):
        raise ValidationError('name', 'must not be empty')
    if user.get('age', 0) < 0:
        raise ValidationError('age', 'must be positive')
    return True


print(validate({'name': 'ann', 'age': 3}))
try:
    validate({'name': ''})
except ValueError as e:
    print('caught', e, e.field)
validate({'name': 'bob', 'age': -1})
