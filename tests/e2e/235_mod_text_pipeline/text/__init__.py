VERSION = "0.3"
print("text package init")
