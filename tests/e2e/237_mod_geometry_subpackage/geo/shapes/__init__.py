print("geo.shapes init")
NAMES = ["poly", "circle"]
