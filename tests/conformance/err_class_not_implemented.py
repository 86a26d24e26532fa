# An abstract-style base class whose method raises NotImplementedError.
class Exporter:
    def export(self, rows):
        header = self.header()
        return [header] + [self.format_row(r) for r in rows]

    def header(self):
        return 'data'

    def format_row(self, row):
        raise NotImplementedError(f'{type(self).__name__} must implement format_row')


class CsvExporter(Exporter):
    def format_row(self, row):
        return ','.join(map(str, row))


class JsonExporter(Exporter):
    pass


rows = [(1, 'a'), (2, 'b')]
print(CsvExporter().export(rows))
print(JsonExporter().export(rows))
