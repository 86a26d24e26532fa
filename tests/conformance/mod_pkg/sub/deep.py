from __future__ import annotations
from ..util import helper
from .. import VERSION
from . import sibling
class Point:
    x: int
    y: "float" = 2.0
    def f(self, a: Point) -> list[int]:
        return [helper(1)]
def g():
    return VERSION, sibling.NAME
