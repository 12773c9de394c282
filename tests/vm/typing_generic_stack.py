# typing annotations with generics: TypeVar, Generic classes, Protocol, Callable, Union
from typing import TypeVar, Generic, Optional, Callable, Iterable, Iterator, Union, Protocol, Dict, List, Tuple, get_type_hints

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: List[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def peek(self) -> Optional[T]:
        return self._items[-1] if self._items else None

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[T]:
        return reversed(self._items)


class Pair(Generic[K, V]):
    def __init__(self, key: K, value: V) -> None:
        self.key, self.value = key, value

    def swap(self) -> "Pair[V, K]":
        return Pair(self.value, self.key)

    def __repr__(self) -> str:
        return f"Pair({self.key!r}, {self.value!r})"


class SupportsArea(Protocol):
    def area(self) -> float: ...


class Square:
    def __init__(self, side: float) -> None:
        self.side = side

    def area(self) -> float:
        return self.side ** 2


def total_area(items: Iterable[SupportsArea]) -> float:
    return sum(i.area() for i in items)


def apply_all(funcs: List[Callable[[int], int]], value: int) -> List[int]:
    return [f(value) for f in funcs]


def group_by(items: Iterable[V], key: Callable[[V], K]) -> Dict[K, List[V]]:
    out: Dict[K, List[V]] = {}
    for it in items:
        out.setdefault(key(it), []).append(it)
    return out


def parse(value: Union[int, str, None]) -> Tuple[str, int]:
    if value is None:
        return ("none", 0)
    if isinstance(value, int):
        return ("int", value)
    return ("str", len(value))


def balanced(expr: str) -> bool:
    pairs = {")": "(", "]": "[", "}": "{"}
    s: Stack[str] = Stack()
    for ch in expr:
        if ch in "([{":
            s.push(ch)
        elif ch in pairs:
            if s.peek() != pairs[ch]:
                return False
            s.pop()
    return len(s) == 0


st: Stack[int] = Stack()
for n in [5, 8, 13]:
    st.push(n)
print(list(st), st.peek(), st.pop(), len(st))
for e in ["(a[b]{c})", "(]", "((())", "{[()()]}", ""]:
    print(f"{e!r:<12} balanced={balanced(e)}")
p = Pair("x", 42)
print(p, p.swap(), Stack[int].__origin__ is Stack)
print(total_area([Square(2), Square(3.5)]))
print(apply_all([lambda x: x + 1, lambda x: x * x, abs], -4))
print(group_by(["apple", "avocado", "bean", "beet", "corn"], key=lambda w: w[0]))
print([parse(v) for v in [7, "seven", None]])
print(get_type_hints(parse))
print(get_type_hints(group_by)["return"], Stack.__parameters__, Pair.__parameters__)
try:
    Stack().pop()
except IndexError as e:
    print("IndexError:", e)
