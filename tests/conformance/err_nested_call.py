# An exception raised deep in a call chain propagates to the top.
def parse_record(line):
    name, value = line.split('=')
    return name.strip(), int(value)

def load(lines):
    result = {}
    for line in lines:
        key, value = parse_record(line)
        result[key] = value
        print('loaded', key, value)
    return result

def main():
    data = ['a = 1', 'b = 2', 'c = three', 'd = 4']
    config = load(data)
    print(config)

main()
