from first import NAME


def helper():
    return "hello from " + NAME
