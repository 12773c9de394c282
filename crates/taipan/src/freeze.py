"""Compiles a program's own modules to code objects, for tier 3.

Run by the driver with the python3 Taipan was built with (whose marshal
format matches the libpython the executable links):

    python3 -I -c <this> MAIN.py OUT

Finds the modules MAIN.py imports from its own directory (modulefinder, with
only that directory on its path, so the standard library is left to the
embedded interpreter), compiles each, and writes OUT as a sequence of
records: name, file, marshalled code object (each a little-endian u64
length and the bytes), then one byte, 1 for a package. The main module comes
first, named __main__. A SyntaxError is printed as FILE:LINE:COLUMN: MESSAGE
and ends the run with status 2.
"""

import marshal
import os
import struct
import sys
from modulefinder import ModuleFinder


def compiled(path, display):
    with open(path, "rb") as source:
        return compile(source.read(), display, "exec", dont_inherit=True)


def record(name, file, code, is_package):
    parts = [name.encode(), file.encode(), marshal.dumps(code)]
    return b"".join(struct.pack("<Q", len(part)) + part for part in parts) + bytes([is_package])


def main():
    main_path, output_path = sys.argv[1], sys.argv[2]
    directory = os.path.dirname(os.path.abspath(main_path))
    try:
        # CPython makes the main script's path absolute (__file__, tracebacks).
        main_file = os.path.abspath(main_path)
        records = [record("__main__", main_file, compiled(main_path, main_file), False)]
        finder = ModuleFinder(path=[directory])
        finder.run_script(main_path)
        for name in sorted(finder.modules):
            module = finder.modules[name]
            file = module.__file__
            if name == "__main__" or not file or not file.endswith(".py"):
                continue
            file = os.path.abspath(file)
            if not file.startswith(directory + os.sep):
                continue
            records.append(record(name, file, compiled(file, file), module.__path__ is not None))
    except SyntaxError as error:
        print(f"{error.filename}:{error.lineno}:{error.offset}: {error.msg}", file=sys.stderr)
        sys.exit(2)
    with open(output_path, "wb") as output:
        output.write(b"".join(records))


main()
