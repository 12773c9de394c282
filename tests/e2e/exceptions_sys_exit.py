import sys
def main():
    try:
        sys.exit(3)
    except SystemExit as e:
        print("caught exit", e, repr(e))
    try:
        print("about to exit")
        sys.exit("fatal: bad")
    finally:
        print("cleanup")
main()
