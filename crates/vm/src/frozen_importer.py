"""Taipan's start-up code for a program that runs in the embedded CPython.

The program's own modules were compiled to code objects when it was built and
frozen into the executable; this importer serves them by name ahead of every
other finder (as the script's directory comes first on CPython's sys.path),
so at run time no source file is read or parsed.
"""

import marshal
import sys
from importlib.machinery import ModuleSpec


class FrozenProgramImporter:
    """A meta path finder and loader over the frozen modules: a dict from
    module name to (file, marshalled code, is_package)."""

    def __init__(self, modules):
        self._modules = modules

    def find_spec(self, name, path=None, target=None):
        entry = self._modules.get(name)
        if entry is None:
            return None
        file, _, is_package = entry
        spec = ModuleSpec(name, self, origin=file, is_package=is_package)
        spec.has_location = True
        return spec

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        file, code, _ = self._modules[module.__name__]
        module.__file__ = file
        exec(marshal.loads(code), module.__dict__)


def install(modules):
    sys.meta_path.insert(0, FrozenProgramImporter(modules))


def run_main(file, code):
    """Runs the main module; returns the exception that ended it, if any."""
    import __main__
    namespace = __main__.__dict__
    namespace["__file__"] = file
    namespace["__cached__"] = None
    try:
        exec(marshal.loads(code), namespace)
    except BaseException as exception:
        return exception
    return None


def exit_status(exception):
    """Prints an uncaught exception as CPython's main does and returns the
    exit status it gives."""
    if not isinstance(exception, SystemExit):
        print_uncaught(exception)
        return 1
    code = exception.code
    if code is None:
        return 0
    if isinstance(code, int):
        return code & 0xFF
    try:
        sys.stderr.write(str(code) + "\n")
    except Exception:
        pass
    return 1


def print_uncaught(exception):
    """Prints an uncaught exception as CPython's main does, without the
    frame of run_main, which CPython's main has no counterpart of."""
    traceback = exception.__traceback__
    if traceback is not None and traceback.tb_frame.f_globals is globals():
        traceback = traceback.tb_next
        # The hook prints the exception's own traceback when it has one.
        exception.__traceback__ = traceback
    sys.excepthook(type(exception), exception, traceback)


# ----- helpers for native programs that use CPython objects -----------------


def import_from(module, name):
    """`from module import name`, with CPython's own ImportError."""
    namespace = {}
    exec(f"from {module} import {name} as value", namespace)
    return namespace["value"]


def builtin(name):
    """A builtin function by name, or a function of a module (`math.sqrt`)."""
    import builtins
    import importlib

    module, _, attribute = name.rpartition(".")
    if module:
        return getattr(importlib.import_module(module), attribute)
    return getattr(builtins, name)


def redirect_stdout(write):
    """Makes sys.stdout write through `write` (the native output buffer)."""
    import io

    class NativeStdout(io.RawIOBase):
        def writable(self):
            return True

        def write(self, data):
            write(bytes(data))
            return len(data)

    old = sys.stdout
    encoding = getattr(old, "encoding", None) or "utf-8"
    errors = getattr(old, "errors", None) or "strict"
    sys.stdout = io.TextIOWrapper(NativeStdout(), encoding=encoding, errors=errors, write_through=True)
