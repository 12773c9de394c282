print("geo init")
VERSION = "2.1"
UNIT = "cm"
